/**
 * The single-file verifier (dist/verifier/verify-ledger.mjs), built by
 * scripts/build-verifier.js from this folder's parent, the same code as `ledger verify`.
 *
 * - Under Node 22+: `node verify-ledger.mjs export.jsonl --key <vkey>` (no node_modules).
 * - In a browser: `<script type="module" src="verify-ledger.mjs">` sets
 *   globalThis.LedgerVerify, which the viewer's "Verify this case" uses.
 * - As a module: `import { verifyExport } from './verify-ledger.mjs'`.
 */
import { verifyExport, type VerifyOptions, type VerifyReport } from '../verify-export';
import { keyFingerprint, parseVkey } from '../note';
import { reportLines } from '../report-text';
import { runCli } from './cli';

export * from '../index';
export { runCli } from './cli';

/** The build defines this as the bundle's own import.meta.url. */
declare const LEDGER_VERIFIER_URL: string | undefined;

/** Verifies an export held as text (a browser's File.text() or fetch). */
export function verifyText(text: string, options: VerifyOptions): Promise<VerifyReport> {
  return verifyExport(
    (async function* () {
      yield text;
    })(),
    options,
  );
}

(globalThis as { LedgerVerify?: unknown }).LedgerVerify = {
  verifyText,
  verifyExport,
  parseVkey,
  keyFingerprint,
  reportLines,
};

function runAsProgram(): boolean {
  const host = globalThis as { process?: NodeJS.Process };
  const script = host.process?.argv?.[1];
  if (!script || typeof LEDGER_VERIFIER_URL !== 'string' || !host.process?.getBuiltinModule) return false;
  const fs = host.process.getBuiltinModule('node:fs');
  const url = host.process.getBuiltinModule('node:url');
  try {
    return url.pathToFileURL(fs.realpathSync(script)).href === LEDGER_VERIFIER_URL;
  } catch {
    return false;
  }
}

if (runAsProgram()) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(`FAILED:\n  - ${(e as Error).message}`);
      process.exitCode = 1;
    },
  );
}
