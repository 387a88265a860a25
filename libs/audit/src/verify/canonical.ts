/**
 * Whether entry bytes are canonical JSON (RFC 8785), without re-canonicalising in the
 * common case. `canonicalize` writes primitives and arrays exactly as JSON.stringify
 * does and differs only in sorting each object's keys; so when every object of the
 * parsed value already has its keys in sorted order, canonicalize(value) is
 * JSON.stringify(value), and the bytes are canonical exactly when they equal it.
 * Otherwise (keys out of order, or integer-like keys that JSON.parse reorders) the
 * full canonicalisation decides. canonical.spec.ts checks the equivalence.
 */
import canonicalize from 'canonicalize';

function keysSorted(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (const v of value) if (!keysSorted(v)) return false;
    return true;
  }
  const obj = value as Record<string, unknown>;
  let prev: string | null = null;
  for (const k of Object.keys(obj)) {
    // `<` on strings compares UTF-16 code units, the order Array.prototype.sort uses.
    if (prev !== null && !(prev < k)) return false;
    prev = k;
    if (!keysSorted(obj[k])) return false;
  }
  return true;
}

/** True when `text` is the canonical form of `parsed` (which is JSON.parse(text)). */
export function isCanonicalJson(text: string, parsed: unknown): boolean {
  if (keysSorted(parsed)) return JSON.stringify(parsed) === text;
  return canonicalize(parsed) === text;
}
