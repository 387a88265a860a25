import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import type { ExportScope } from '../verify/format';
import { dateInRange } from '../verify/scope';

export interface ExportProgress {
  /** Events written so far. */
  written: number;
  /** Events read but left out (not yet covered by the checkpoint). */
  skipped: number;
  phase: 'events' | 'trailer' | 'done';
}

export type ProgressCallback = (p: ExportProgress) => void;

/**
 * Writes with backpressure: memory stays flat however large the export. A destination
 * that closes (a client that went away) ends the wait with an error instead of leaving
 * the export waiting for a drain that never comes.
 */
export async function write(out: Writable, chunk: string | Buffer): Promise<void> {
  if (out.destroyed) throw new Error('the export destination was closed');
  if (out.write(chunk)) return;
  const ac = new AbortController();
  try {
    await Promise.race([once(out, 'drain', { signal: ac.signal }), once(out, 'close', { signal: ac.signal }).then(() => {
      throw new Error('the export destination was closed');
    })]);
  } finally {
    ac.abort();
  }
}

export async function end(out: Writable): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
}

function dateOf(ev: RecordedEvent, field: 'effectiveAt' | 'recordedAt'): string {
  return String(ev.metadata[field]);
}

/** The events of a scope, read from the store in a streaming way. */
export async function* eventsForScope(store: Pick<EventStore, 'readAll' | 'readStream'>, scope: ExportScope): AsyncGenerator<RecordedEvent> {
  if (scope.kind === 'stream') {
    for (const s of scope.streams) yield* store.readStream(s, { direction: 'forwards' });
    return;
  }
  for await (const ev of store.readAll()) {
    if (scope.kind === 'body') {
      if (ev.metadata.actor.body === scope.body) yield ev;
    } else {
      if (dateInRange(dateOf(ev, scope.field), scope.from, scope.to)) yield ev;
    }
  }
}

export function describeScope(scope: ExportScope): string {
  if (scope.kind === 'stream') return scope.streams.length === 1 ? `case ${scope.streams[0]}` : `cases ${scope.streams.join(', ')}`;
  if (scope.kind === 'body') return `everything done by ${scope.body}`;
  return `events with ${scope.field} from ${scope.from} to ${scope.to}`;
}

/**
 * The events of an export that the checkpoint covers, each with its leaf. Events sealed
 * after the checkpoint (or not yet sealed) are counted in `tally.skipped` and left out.
 */
export async function* sealedWithin(
  events: AsyncIterable<RecordedEvent>,
  proofs: { leafIndexOf(eventId: string): Promise<{ leafIndex: number; leafHash: Buffer } | null> },
  treeSize: number,
  tally: { skipped: number },
): AsyncGenerator<{ ev: RecordedEvent; leaf: { leafIndex: number; leafHash: Buffer } }> {
  for await (const ev of events) {
    const leaf = await proofs.leafIndexOf(ev.eventId);
    if (!leaf || leaf.leafIndex >= treeSize) {
      tally.skipped++;
      continue;
    }
    yield { ev, leaf };
  }
}
