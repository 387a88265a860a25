import { readVerifierFile, VERIFIER_FILE_NAME } from '@ledger/audit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Static files of the viewer: next to this file (source, tests) or copied beside the build. */
export function loadStatic(): Map<string, { body: Buffer; type: string }> {
  const dirs = [join(__dirname, 'static'), join(process.cwd(), 'apps/api/src/viewer/static')];
  const dir = dirs.find((d) => existsSync(join(d, 'viewer.css')));
  const files = new Map<string, { body: Buffer; type: string }>();
  if (!dir) return files;
  const types: Record<string, string> = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };
  for (const name of ['viewer.css', 'viewer.js', 'viewer-check.js']) {
    const p = join(dir, name);
    if (existsSync(p)) files.set(name, { body: readFileSync(p), type: types[name.split('.').pop() as string] });
  }
  // The browser's verifier is the single-file build of libs/audit/src/verify.
  const verifier = readVerifierFile();
  if (verifier) files.set(VERIFIER_FILE_NAME, { body: verifier, type: types.js });
  return files;
}
