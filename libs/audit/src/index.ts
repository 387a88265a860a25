/**
 * @ledger/audit: Merkle tree, signed checkpoints, sealer, proofs, exports, the
 * offline verifier, store audit and the personal-data vault. See docs/integrity.md.
 */
export * from './verify';
export * from './keys/signer';
export * from './keys/log-identity';
export * from './storage/types';
export * from './storage/sqlite';
export * from './storage/postgres';
export * from './storage/place';
export * from './merkle/stored-tree';
export * from './merkle/stream-heads-tree';
export * from './sealer/sealer';
export * from './sealer/proof-service';
export * from './export/common';
export * from './export/jsonl';
export { readsRows } from './export/jsonl-events';
export * from './export/csv';
export * from './export/pdf';
export * from './export/verifier-file';
export * from './export/case-summary';
export * from './store-audit';
export * from './personal/vault';
export * from './personal/sqlite-vault';
export * from './personal/postgres-vault';
export * from './witness';
