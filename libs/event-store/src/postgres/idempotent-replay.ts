import type { Pool } from 'pg';
import type { AppendResult, NewEvent, RecordedEvent } from '../envelope';
import { sameContent } from '../entry';
import { IdempotencyConflict } from '../errors';
import { readPositions } from './paged-reads';

/** Some event ids exist already: the original result if all match, else a conflict. */
export async function replayAppend(
  pool: Pool,
  s: string,
  p: { stream: string; events: NewEvent[] },
  positions: string[],
): Promise<AppendResult> {
  const stored = await readPositions(pool, s, positions);
  const byId = new Map(stored.map((e) => [e.eventId, e]));
  for (const ev of p.events) {
    const found = byId.get(ev.eventId);
    if (!found) continue;
    if (found.stream !== p.stream)
      throw new IdempotencyConflict(ev.eventId, `it was appended to stream "${found.stream}"`);
    if (!sameContent(p.stream, found, ev))
      throw new IdempotencyConflict(ev.eventId, 'the type, data or metadata differ');
  }
  const missing = p.events.find((ev) => !byId.has(ev.eventId));
  if (missing) {
    const overlapping = p.events.find((ev) => byId.has(ev.eventId)) as NewEvent;
    throw new IdempotencyConflict(
      overlapping.eventId,
      `only some event ids of this append were appended before (${missing.eventId} was not)`,
    );
  }
  const events = p.events.map((ev) => byId.get(ev.eventId) as RecordedEvent);
  const last = events.reduce((m, e) => (e.revision > m ? e.revision : m), -1n);
  return {
    stream: p.stream,
    nextExpectedRevision: last,
    positions: events.map((e) => e.position),
    events,
    idempotentReplay: true,
  };
}
