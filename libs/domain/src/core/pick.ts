/**
 * The named fields of a command's data, copied into an event's data. Listing the keys once keeps
 * an event's shape visible at the point it is built without a line per field, and the result's
 * type says which fields it carries, so a missing or misspelt key is a compile error.
 */
export function pick<T extends object, const K extends readonly (keyof T)[]>(
  source: T,
  ...keys: K
): Pick<T, K[number]> {
  const out = {} as Pick<T, K[number]>;
  for (const k of keys) out[k] = source[k];
  return out;
}
