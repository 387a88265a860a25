/**
 * Where the single-file verifier (built by scripts/build-verifier.js) is found: beside
 * the build (dist/verifier) whether this runs from dist/ or from the sources.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const VERIFIER_FILE_NAME = 'verify-ledger.mjs';

export function verifierFilePath(): string | null {
  const candidates = [
    // dist/libs/audit/src/export → dist/verifier
    join(__dirname, '../../../../verifier', VERIFIER_FILE_NAME),
    // libs/audit/src/export → dist/verifier
    join(__dirname, '../../../../dist/verifier', VERIFIER_FILE_NAME),
    join(process.cwd(), 'dist/verifier', VERIFIER_FILE_NAME),
  ];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** The file's bytes, or null when it has not been built. */
export function readVerifierFile(): Buffer | null {
  const path = verifierFilePath();
  return path ? readFileSync(path) : null;
}
