/**
 * Salted commitments to personal fields (INTEGRITY.md, "Personal data and erasure"):
 *   c = HMAC-SHA256(salt32, "ledger/field/v1\n" || fieldPath || 0x00 || value)
 * The entry holds only `{ "$personal": { "v": 1, "c": "<hex c>" } }` at the field.
 */
import { createHmac } from 'node:crypto';
import { equalHashes } from './merkle';

export const COMMITMENT_DOMAIN = 'ledger/field/v1\n';
export const SALT_BYTES = 32;

export function commitField(salt: Uint8Array, fieldPath: string, value: string): Buffer {
  if (salt.length !== SALT_BYTES) throw new Error(`a commitment salt is ${SALT_BYTES} bytes`);
  return createHmac('sha256', salt)
    .update(Buffer.from(COMMITMENT_DOMAIN, 'utf8'))
    .update(Buffer.from(fieldPath, 'utf8'))
    .update(Buffer.from([0]))
    .update(Buffer.from(value, 'utf8'))
    .digest();
}

export interface PersonalPlaceholder {
  $personal: { v: 1; c: string };
}

export function personalPlaceholder(commitment: Uint8Array): PersonalPlaceholder {
  return { $personal: { v: 1, c: Buffer.from(commitment).toString('hex') } };
}

/** The commitment at a placeholder, or null when the value is not one. */
export function placeholderCommitment(value: unknown): Buffer | null {
  // The Complaint process keeps each commitment as a bare hex string in its
  // `complainant.commitments` map; the field path then points at that string.
  if (typeof value === 'string') return /^[0-9a-f]{64}$/.test(value) ? Buffer.from(value, 'hex') : null;
  if (typeof value !== 'object' || value === null) return null;
  const p = (value as Record<string, unknown>).$personal as Record<string, unknown> | undefined;
  if (!p || typeof p !== 'object' || p.v !== 1 || typeof p.c !== 'string' || !/^[0-9a-f]{64}$/.test(p.c)) return null;
  return Buffer.from(p.c, 'hex');
}

/**
 * Field paths are RFC 6901 JSON Pointers into the entry, e.g. "/data/complainant/name".
 */
export function resolvePointer(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  if (!pointer.startsWith('/')) return undefined;
  let cur: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof cur !== 'object' || cur === null || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

export function checkCommitment(entry: unknown, fieldPath: string, salt: Uint8Array, value: string): string | null {
  const c = placeholderCommitment(resolvePointer(entry, fieldPath));
  if (!c) return `the entry has no personal-data commitment at ${fieldPath}`;
  if (salt.length !== SALT_BYTES) return `the disclosed salt for ${fieldPath} is not ${SALT_BYTES} bytes`;
  if (!equalHashes(commitField(salt, fieldPath, value), c))
    return `the disclosed value for ${fieldPath} does not match the commitment in the entry`;
  return null;
}
