/**
 * Builds the single-file verifier, dist/verifier/verify-ledger.mjs, with esbuild from
 * libs/audit/src/verify (the code `ledger verify` runs). One ES module that needs
 * nothing but Node 22+ or a browser: node:crypto becomes verify/bundle/node-crypto.ts
 * (Node's own under Node, @noble in a browser), Buffer comes from verify/bundle/buffer.ts.
 *
 * Run by `npm run build`, and by Jest's global set-up so tests never need a prior build.
 */
const { mkdirSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const esbuild = require('esbuild');

const ROOT = join(__dirname, '..');
const VERIFY = join(ROOT, 'libs/audit/src/verify');
const OUT_FILE = join(ROOT, 'dist/verifier/verify-ledger.mjs');

const nodeCryptoInBundle = {
  name: 'node-crypto-in-bundle',
  setup(build) {
    build.onResolve({ filter: /^(node:)?crypto$/ }, () => ({ path: join(VERIFY, 'bundle/node-crypto.ts') }));
    build.onResolve({ filter: /^node:/ }, (args) => ({
      errors: [{ text: `the single-file verifier cannot import ${args.path} (imported by ${args.importer})` }],
    }));
  },
};

async function buildVerifier(outFile = OUT_FILE) {
  const result = await esbuild.build({
    entryPoints: [join(VERIFY, 'bundle/entry.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: ['es2022'],
    inject: [join(VERIFY, 'bundle/buffer.ts')],
    plugins: [nodeCryptoInBundle],
    tsconfig: join(ROOT, 'tsconfig.json'),
    legalComments: 'eof',
    banner: {
      js: [
        '// Governance Ledger: the single-file export verifier. Needs nothing but Node 22+ or a browser.',
        '//   node verify-ledger.mjs export.jsonl --key <the public key the office published, or a file of it>',
        '// Built from libs/audit/src/verify, the code `ledger verify` runs.',
        'const LEDGER_VERIFIER_URL = import.meta.url;',
      ].join('\n'),
    },
    logLevel: 'silent',
  });
  const text = result.outputFiles[0].text;
  mkdirSync(dirname(outFile), { recursive: true });
  // Written whole then renamed, so a concurrent reader never sees half a file.
  const tmp = `${outFile}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, outFile);
  return outFile;
}

module.exports = { buildVerifier, OUT_FILE };

if (require.main === module) {
  buildVerifier().then(
    (file) => console.log(`built ${file}`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
