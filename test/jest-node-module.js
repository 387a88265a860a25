/**
 * `node:module` as seen by code running under Jest. ESM packages (NestJS's mapped types,
 * its package loader) call `createRequire(import.meta.url)`; Node's own createRequire would
 * load a second copy of class-validator outside Jest's registry, so DTOs built with
 * IntersectionType would lose their validation rules in tests but not in production.
 * Here createRequire resolves with Node's rules and then loads through Jest.
 */
const actual = require('module');

function createRequire(from) {
  const nodeRequire = actual.createRequire(from);
  const jestRequire = (id) => (actual.isBuiltin(id) ? require(id) : require(nodeRequire.resolve(id)));
  jestRequire.resolve = nodeRequire.resolve;
  jestRequire.cache = nodeRequire.cache;
  jestRequire.main = undefined;
  return jestRequire;
}

module.exports = { ...actual, createRequire, default: { ...actual, createRequire } };
