import type { Pool } from 'pg';
import type { Position, RecordedEvent } from '../envelope';
import { leafHashOf, toRecorded } from '../entry';
import { CorruptEntry } from '../errors';
import type { ReadAllOptions, ReadStreamOptions } from '../port';
import { pagedStream, readLimit } from '../paging';
import { type Head, MAX_REVISION, PAGE, headOf, parsePosition } from './postgres-values';

/** What the reads need of the store: its pool and schema, whether it is open, and its head cache. */
export interface ReadContext {
  pool: Pool;
  /** The quoted schema name, ready for SQL text. */
  s: string;
  assertOpen(): void;
  learnHead(stream: string, head: Head): void;
}

interface EventRow {
  position: string;
  stream: string;
  revision: string;
  entry: Buffer;
  leaf_hash: Buffer;
}

export async function* streamPages(
  ctx: ReadContext,
  stream: string,
  options: ReadStreamOptions,
): AsyncGenerator<RecordedEvent> {
  ctx.assertOpen();
  yield* pagedStream(stream, options, PAGE, async ({ from, backwards, count, first }) => {
    ctx.assertOpen();
    const { rows } = await ctx.pool.query<EventRow>(
      `SELECT e.position::text AS position, e.stream, e.revision::text AS revision, e.entry, e.leaf_hash FROM ${ctx.s}.events e
         WHERE e.stream = $1 AND e.revision ${backwards ? '<=' : '>='} $2 ORDER BY e.revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
      [stream, (from ?? (backwards ? MAX_REVISION : 0n)).toString(), count],
    );
    const events = rows.map(toEvent);
    // Keep the head cache warm: the newest event read is the head when reading backwards
    // from the end, or when a forward read ran out of events.
    if (events.length > 0) {
      if (backwards && first && options.from === undefined) ctx.learnHead(stream, headOf(events[0]));
      if (!backwards && events.length < count) ctx.learnHead(stream, headOf(events[events.length - 1]));
    }
    return events;
  });
}

export async function* allPages(ctx: ReadContext, options: ReadAllOptions): AsyncGenerator<RecordedEvent> {
  let after = parsePosition(options.after ?? null, 'after');
  let limit = readLimit(options.limit);
  while (limit > 0) {
    const page = await readPage(ctx, after, Math.min(PAGE, limit));
    for (const e of page) yield e;
    if (page.length < Math.min(PAGE, limit)) return;
    limit -= page.length;
    after = BigInt(page[page.length - 1].position);
  }
}

export async function readPage(ctx: ReadContext, after: bigint, limit: number): Promise<RecordedEvent[]> {
  ctx.assertOpen();
  const { rows } = await ctx.pool.query<EventRow>(
    `SELECT e.position::text AS position, e.stream, e.revision::text AS revision, e.entry, e.leaf_hash FROM ${ctx.s}.events e WHERE e.position > $1 ORDER BY e.position LIMIT $2`,
    [after.toString(), limit],
  );
  return rows.map(toEvent);
}

/** The events at these positions, in position order (positions with no event are skipped). */
export async function readPositions(pool: Pool, s: string, positions: string[]): Promise<RecordedEvent[]> {
  const { rows } = await pool.query<EventRow>(
    `SELECT e.position::text AS position, e.stream, e.revision::text AS revision, e.entry, e.leaf_hash FROM ${s}.events e WHERE e.position = ANY ($1::bigint[]) ORDER BY e.position`,
    [positions],
  );
  return rows.map(toEvent);
}

/** Decodes a row, checking the entry bytes against the stored leaf hash and columns. */
function toEvent(r: EventRow): RecordedEvent {
  const ev = toRecorded(r.entry, r.leaf_hash.toString('hex'), r.position as Position);
  if (!leafHashOf(r.entry).equals(r.leaf_hash))
    throw new CorruptEntry(r.position, 'entry bytes do not match the stored leaf hash');
  if (ev.stream !== r.stream || ev.revision !== BigInt(r.revision))
    throw new CorruptEntry(r.position, 'entry does not match its stream and revision columns');
  return ev;
}
