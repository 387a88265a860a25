import { Decider, foldStream, isCorrection, StoredDomainEvent } from '@ledger/domain';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { toStoredDomainEvent } from '../stored-event';

type AnyDecider = Decider<unknown, never, never>;

/** A stream as the command handler decides on it, folded to the head the store reported. */
export interface StreamView {
  /** Revision of the last event folded in; null when the stream does not exist. */
  revision: bigint | null;
  state: unknown;
  /** From the first event's metadata: the case's force area and classification; null for a new stream. */
  opened: { forceArea: string; classification: string } | null;
  /** Every event of the stream, when it was read whole; null when the view was folded on from a kept state. */
  history: RecordedEvent[] | null;
  /**
   * Ids of the stream's events that an Idempotency-Key could have named. A key names its
   * events with UUID v5 (fresh ids are v7), so a keyed act is in the stream only if its first
   * id is here; only then must the stream be read whole to answer the retry from the log.
   */
  keyedIds: ReadonlySet<string>;
}

interface Kept {
  revision: bigint;
  state: unknown;
  opened: { forceArea: string; classification: string };
  keyedIds: Set<string>;
}

/** How many streams' folded states one handler keeps (least recently used go first). */
const CAPACITY = 4096;

const mayBeKeyed = (eventId: string): boolean => eventId.length === 36 && eventId[14] === '5';

async function collect(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

/**
 * The folded state of recently used streams, so a command on a long case reads and folds only
 * the events after the revision it kept. The store is asked for what came after on every
 * command, so an append by another process is always folded in before a decision; a tail that
 * holds a correction (which rewrites earlier events) or does not follow on is refolded from
 * the whole stream. Kept states are only ever advanced with the decider's pure `evolve`, which
 * returns a new state and never changes the one it is given, so a state a command is deciding
 * on is never changed under it by another command folding the same stream.
 */
export class FoldedStreams {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly store: EventStore) {}

  /** A stream that cannot exist yet (its id was just generated): nothing to read. */
  unopened(decider: AnyDecider): StreamView {
    return { revision: null, state: decider.initialState(), opened: null, history: null, keyedIds: new Set() };
  }

  /** The stream folded to its head; `whole` reads every event (a correction or a keyed replay needs them). */
  async read(decider: AnyDecider, stream: string, whole: boolean): Promise<StreamView> {
    const kept = whole ? undefined : this.kept.get(stream);
    if (kept) {
      const tail = await collect(this.store.readStream(stream, { from: kept.revision + 1n }));
      const follows = tail.length === 0 || tail[0].revision === kept.revision + 1n;
      if (follows && !tail.some((e) => isCorrection(e))) {
        const folded = tail.length ? foldOn(decider, kept, tail) : kept;
        this.keep(stream, folded);
        return { ...folded, history: null };
      }
    }
    const history = await collect(this.store.readStream(stream));
    if (history.length === 0) {
      this.kept.delete(stream);
      return { ...this.unopened(decider), history };
    }
    const md = history[0].metadata;
    const folded: Kept = {
      revision: history[history.length - 1].revision,
      state: foldStream(decider, history.map(toStoredDomainEvent)),
      opened: { forceArea: String(md.forceArea ?? ''), classification: String(md.classification) },
      keyedIds: new Set(history.map((e) => e.eventId).filter(mayBeKeyed)),
    };
    this.keep(stream, folded);
    return { ...folded, history };
  }

  /** Keeps the newest fold of a stream, as the most recently used. */
  private keep(stream: string, folded: Kept): void {
    const current = this.kept.get(stream);
    if (current && current.revision > folded.revision) return;
    this.kept.delete(stream);
    this.kept.set(stream, folded);
    if (this.kept.size > CAPACITY) this.kept.delete(this.kept.keys().next().value!);
  }
}

/** Folds the events after a kept state onto it, leaving the kept state as it was. */
function foldOn(decider: AnyDecider, kept: Kept, tail: RecordedEvent[]): Kept {
  let state = kept.state;
  for (const e of tail) {
    const stored: StoredDomainEvent = toStoredDomainEvent(e);
    state = decider.evolve(state, stored.event as never, { effectiveOn: stored.effectiveOn, eventId: stored.eventId });
  }
  // The ids of events in the log, added for every view that shares the set: a hint that is never wrong.
  for (const e of tail) if (mayBeKeyed(e.eventId)) kept.keyedIds.add(e.eventId);
  return { revision: tail[tail.length - 1].revision, state, opened: kept.opened, keyedIds: kept.keyedIds };
}
