/**
 * Opaque keyset cursors: base64url JSON tagged with the listing they belong to. A cursor
 * comes back from the client, so it is input: each listing declares the shape of its key
 * and a cursor of any other shape is an InvalidCursor (400), never a value handed to SQL.
 */
export type CursorField = 'text' | 'count';

/** The key of each listing, in order. */
const CURSOR_SHAPES = {
  cases: ['text', 'text'],
  timeline: ['count'],
  trail: ['text', 'count'],
  deadlines: ['text', 'text', 'text'],
  decisions: ['text', 'count'],
} as const satisfies Record<string, readonly CursorField[]>;

export type CursorKind = keyof typeof CURSOR_SHAPES;
type KeyOf<F extends readonly CursorField[]> = { -readonly [I in keyof F]: F[I] extends 'count' ? number : string };
export type CursorKey<K extends CursorKind> = KeyOf<(typeof CURSOR_SHAPES)[K]>;

/** Longer than any date, stream name or deadline key the listings page on. */
const MAX_TEXT = 300;
const MAX_CURSOR = 2_000;

export class InvalidCursor extends RangeError {
  constructor(reason: string) {
    super(`Invalid cursor: ${reason}`);
    this.name = 'InvalidCursor';
  }
}

export function encodeCursor<K extends CursorKind>(kind: K, key: CursorKey<K>): string {
  return Buffer.from(JSON.stringify({ k: kind, v: key }), 'utf8').toString('base64url');
}

function fieldOk(field: CursorField, value: unknown): boolean {
  if (field === 'count') return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
  // No control characters: PostgreSQL refuses NUL in text, and no key the API issues has any.
  return typeof value === 'string' && value.length <= MAX_TEXT && ![...value].some((c) => c.charCodeAt(0) < 0x20);
}

export function decodeCursor<K extends CursorKind>(kind: K, cursor: string | null | undefined): CursorKey<K> | null {
  if (cursor === undefined || cursor === null || cursor === '') return null;
  if (cursor.length > MAX_CURSOR || !/^[A-Za-z0-9_-]+$/.test(cursor))
    throw new InvalidCursor('not a cursor from this API');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursor('not a cursor from this API');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new InvalidCursor('not a cursor from this API');
  const { k, v } = parsed as { k?: unknown; v?: unknown };
  if (k !== kind) throw new InvalidCursor('this cursor belongs to another listing');
  const shape: readonly CursorField[] = CURSOR_SHAPES[kind];
  if (!Array.isArray(v) || v.length !== shape.length || !shape.every((f, i) => fieldOk(f, v[i])))
    throw new InvalidCursor('not a cursor from this API');
  return v as CursorKey<K>;
}
