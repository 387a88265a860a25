import type { Position, RecordedEvent } from '../envelope';
import { InvalidAppend } from '../errors';

/** A stream head as the adapter knows it: revision -1n and a null hash mean "no stream". */
export interface Head {
  revision: bigint;
  leafHash: Buffer | null;
}

export const NO_STREAM: Head = { revision: -1n, leafHash: null };

/** Rows per query when reading; a longer read pages. */
export const PAGE = 500;
/** The largest value a bigint column holds. */
export const MAX_REVISION = 9223372036854775807n;
const POSITION_RE = /^(0|[1-9][0-9]{0,18})$/;

export function headOf(e: RecordedEvent): Head {
  return { revision: e.revision, leafHash: Buffer.from(e.leafHash, 'hex') };
}

export function isoDate(s: string, field: string): string {
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new InvalidAppend(field, 'must be an ISO 8601 date or date-time');
  const iso = new Date(t).toISOString();
  // Six-digit and negative years (e.g. +010000-01-01) are not timestamps PostgreSQL reads.
  if (!/^(?!0000)\d{4}-/.test(iso)) throw new InvalidAppend(field, 'must be a date between the years 0001 and 9999');
  return iso;
}

export function parsePosition(p: Position | null, field: string): bigint {
  if (p === null) return 0n;
  if (typeof p !== 'string' || !POSITION_RE.test(p))
    throw new InvalidAppend(field, `not a position of this store: ${JSON.stringify(p)}`);
  return BigInt(p);
}
