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

let cached: Buffer | null = null;

/** The file's bytes, read once per process (every route serves the same bytes), or null when it has not been built. */
export function readVerifierFile(): Buffer | null {
  if (cached) return cached;
  const path = verifierFilePath();
  cached = path ? readFileSync(path) : null;
  return cached;
}
