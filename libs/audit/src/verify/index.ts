/**
 * The offline verifier: imports only node: built-ins and `canonicalize`, so it can be
 * published and run on its own (enforced by verify-imports.spec.ts and
 * .dependency-cruiser.js).
 */
export * from './merkle';
export * from './note';
export * from './stream-heads';
export * from './commitment';
export * from './format';
export * from './verify-export';
export * from './cosignature';
export * from './verify-events';
export { b64, isIndex, proofOf } from './decode';
export * from './seal';
export * from './scope';
export * from './human-view';
export * from './report-text';
