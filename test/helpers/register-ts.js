/**
 * Lets a child process run the TypeScript sources as the build would: SWC compiles each
 * file to CommonJS with the legacy decorators and metadata NestJS needs (the same options
 * as jest.config.js), and `@ledger/*` resolves to libs/<name>/src. Used by tests that must
 * kill a real API process: `node --require test/helpers/register-ts.js apps/api/src/main.ts`.
 */
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '../..');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const m = /^@ledger\/(domain|event-store|governance|projections|audit)(\/.*)?$/.exec(request);
  return resolve.call(this, m ? path.join(root, 'libs', m[1], 'src', m[2] ?? '') : request, ...rest);
};

const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
Module._extensions['.ts'] = function (module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
