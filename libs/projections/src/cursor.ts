/** Opaque keyset cursors: base64url JSON tagged with the query they belong to. */
export function encodeCursor(kind: string, key: unknown[]): string {
  return Buffer.from(JSON.stringify({ k: kind, v: key }), 'utf8').toString('base64url');
}

export class InvalidCursor extends RangeError {
  constructor(reason: string) {
    super(`Invalid cursor: ${reason}`);
    this.name = 'InvalidCursor';
  }
}

export function decodeCursor(kind: string, cursor: string | null | undefined): unknown[] | null {
  if (cursor === undefined || cursor === null || cursor === '') return null;
  let parsed: { k?: unknown; v?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursor('not a cursor from this API');
  }
  if (parsed.k !== kind || !Array.isArray(parsed.v)) throw new InvalidCursor(`this cursor belongs to another listing`);
  return parsed.v;
}
