import {
  AccessDeniedError,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  jsonEvent,
  type AllStreamResolvedEvent,
  type Position as EsdbPosition,
  type ReadRevision,
  type StreamingRead,
} from '@eventstore/db-client';
import type { AppendResult, ExpectedRevision, NewEvent, Position, RecordedEvent } from '../envelope';
import { buildEntry, sameContent, validateAppend, validateStream } from '../entry';
import { EventStoreError, IdempotencyConflict, InvalidAppend, StoreClosed } from '../errors';
import type { EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from '../port';
import {
  type Head,
  RESERVATION_TYPE,
  checkExpected,
  classifyAppendError,
  compareEsdbPositions,
  decodePosition,
  encodePosition,
  fromEsdbRecord,
  headOf,
  isLedgerRecord,
  ledgerFilter,
  reservationEventId,
  reservationStream,
  reservedStream,
  toEventData,
  wireExpectedRevision,
} from './codec';
import { type Backoff, type SubscriptionSource, resubscribing } from './resubscribe';

/** The part of the client the adapter uses (a fake in eventstoredb-adapter.spec.ts provides the same). */
export type EsdbClient = Pick<EventStoreDBClient, 'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'>;

export interface EventStoreDbLogger {
  warn(message: string): void;
}

export interface EventStoreDbEventStoreOptions {
  /** esdb:// or esdb+discover:// connection string (e.g. "esdb://localhost:2113?tls=false"). */
  connectionString?: string;
  /** Where subscription drops are reported. */
  logger?: EventStoreDbLogger;
  /** Reconnect delays for subscriptions. */
  backoff?: Backoff;
}

const PAGE = 500;
const SCAN_PAGE = 256;
const MAX_STALE_RETRIES = 100;

/**
 * EventStoreDB adapter of the event-store port, on @eventstore/db-client. See
 * docs/event-store.md ("EventStoreDB") for the design. In short:
 *
 * - Entry bytes are stored unchanged as each event's binary data; the server's event id is
 *   the envelope's event id; the metadata carries the leaf hash, checked on every read.
 * - Appends read the stream head (last event, backwards, 1), check the caller's expected
 *   revision against it, build the entries on it and append with that exact revision, so
 *   the chain can never land on a different head; a stale head ('any'/'exists' only) is
 *   re-read and the entries rebuilt.
 * - Idempotency by event id: each id is reserved, before its event is written, in a stream
 *   of its own naming the stream it belongs to. A repeat finds the reservations and the
 *   events; an id reserved for another stream is an IdempotencyConflict.
 * - Positions are $all positions (commit, prepare) as "C:<commit>/P:<prepare>".
 * - subscribe() is subscribeToAll with a server-side event-type filter, resubscribing
 *   after the last delivered position with backoff when it drops.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly backend = 'eventstoredb' as const;

  private closing = false;
  private closed: Promise<void> | null = null;
  private readonly subscriptions = new Set<Subscription>();
  private readonly inflight = new Set<Promise<unknown>>();
  private readonly counters = { appends: 0, staleRetries: 0, replays: 0 };

  private constructor(
    private readonly client: EsdbClient,
    private readonly options: EventStoreDbEventStoreOptions,
  ) {}

  /** Creates the client and checks the server answers. */
  static async connect(options: EventStoreDbEventStoreOptions & { connectionString: string }): Promise<EventStoreDbEventStore> {
    return EventStoreDbEventStore.withClient(EventStoreDBClient.connectionString(options.connectionString), options);
  }

  /** Over a given client (or a stand-in with the same API); checks that it answers. */
  static async withClient(client: EsdbClient, options: Omit<EventStoreDbEventStoreOptions, 'connectionString'> = {}): Promise<EventStoreDbEventStore> {
    const store = new EventStoreDbEventStore(client, options);
    try {
      await store.ping();
    } catch (e) {
      await client.dispose();
      throw e;
    }
    return store;
  }

  /** Appends written, stale-head retries and idempotent replays since connect. */
  stats(): { appends: number; staleRetries: number; replays: number } {
    return { ...this.counters };
  }

  // ---------------------------------------------------------------- append

  append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.track(this.doAppend(stream, events, expected));
  }

  private async doAppend(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    const v = validateAppend(stream, events, expected);
    for (let attempt = 1; ; attempt++) {
      this.assertOpen();
      const [head, owners] = await Promise.all([this.readHead(v.stream), this.readReservations(v.events)]);

      // A repeat is answered before the expected revision is checked: a retry carries the
      // expectation of its first attempt, which the first attempt itself made false.
      const replay = await this.findRepeat(v.stream, v.events, head, owners);
      if (replay) {
        this.counters.replays++;
        return replay;
      }
      const wrong = checkExpected(v.stream, v.expected, head);
      if (wrong) throw wrong;

      const built = this.build(v.stream, v.events, head);
      await this.reserve(
        v.stream,
        v.events.filter((e) => owners.get(e.eventId) !== v.stream),
      );
      try {
        await this.client.appendToStream(
          v.stream,
          built.map((b) => toEventData(b.eventId, b.type, b.entryBytes, b.leafHash)),
          { expectedRevision: wireExpectedRevision(v.expected, head) },
        );
      } catch (err) {
        const c = classifyAppendError(err, v.stream, v.expected);
        if (c.kind === 'fail') throw c.error;
        this.counters.staleRetries++;
        if (attempt >= MAX_STALE_RETRIES) throw new Error(`append to ${v.stream}: stream head kept moving; gave up after ${attempt} attempts`);
        continue;
      }
      this.counters.appends++;
      return this.readBack(v.stream, v.events, built, head);
    }
  }

  private build(stream: string, events: NewEvent[], head: Head | null): Array<{ eventId: string; type: string; entryBytes: Buffer; leafHash: string }> {
    let prev = head ? head.leafHash : null;
    const base = head ? head.revision + 1n : 0n;
    return events.map((ev, k) => {
      const { entryBytes, leafHash } = buildEntry(stream, base + BigInt(k), prev, ev);
      prev = leafHash.toString('hex');
      return { eventId: ev.eventId, type: ev.type, entryBytes, leafHash: prev };
    });
  }

  /**
   * The events as stored (with their $all positions, which the append result does not give
   * per event). If the server took the append as a duplicate of one already stored at that
   * revision (a concurrent retry of the same append), the stored bytes differ from the
   * ones just built by recordedAt only, and the result is a replay.
   */
  private async readBack(stream: string, events: NewEvent[], built: Array<{ eventId: string; entryBytes: Buffer }>, head: Head | null): Promise<AppendResult> {
    const from = head ? head.revision + 1n : 0n;
    const stored = await this.collectStream(stream, { fromRevision: from, direction: FORWARDS, maxCount: events.length });
    if (stored.length !== events.length || stored.some((s, i) => s.eventId !== events[i].eventId)) {
      throw new Error(`append to ${stream}: the events read back at revision ${from} are not the ones appended`);
    }
    let replay = false;
    stored.forEach((s, i) => {
      if (s.entryBytes.equals(built[i].entryBytes)) return;
      if (!sameContent(stream, s, events[i])) throw new IdempotencyConflict(s.eventId, 'the type, data or metadata differ');
      replay = true;
    });
    return { stream, nextExpectedRevision: stored[stored.length - 1].revision, positions: stored.map((e) => e.position), events: stored, idempotentReplay: replay };
  }

  /**
   * The original result when every event id of the append is already in this stream, in
   * order, consecutively and with the same content; null when none is; otherwise
   * IdempotencyConflict. Only ids reserved for this stream are looked for, from the head
   * backwards. An id reserved for this stream but absent (its append failed after the
   * reservation) counts as new.
   */
  private async findRepeat(stream: string, events: NewEvent[], head: Head | null, owners: Map<string, string>): Promise<AppendResult | null> {
    for (const e of events) {
      const owner = owners.get(e.eventId);
      if (owner !== undefined && owner !== stream) throw new IdempotencyConflict(e.eventId, `it was appended to stream "${owner}"`);
    }
    const wanted = new Set(events.filter((e) => owners.get(e.eventId) === stream).map((e) => e.eventId));
    if (wanted.size === 0 || head === null) return null;
    const found = new Map<string, RecordedEvent>();
    let from = head.revision;
    while (found.size < wanted.size && from >= 0n) {
      const page = await this.collectStream(stream, { fromRevision: from, direction: BACKWARDS, maxCount: SCAN_PAGE });
      for (const e of page) if (wanted.has(e.eventId)) found.set(e.eventId, e);
      if (page.length < SCAN_PAGE) break;
      from = page[page.length - 1].revision - 1n;
    }
    if (found.size === 0) return null;
    for (const e of events) {
      const s = found.get(e.eventId);
      if (s && !sameContent(stream, s, e)) throw new IdempotencyConflict(e.eventId, 'the type, data or metadata differ');
    }
    const missing = events.find((e) => !found.has(e.eventId));
    if (missing) {
      const overlapping = events.find((e) => found.has(e.eventId)) as NewEvent;
      throw new IdempotencyConflict(overlapping.eventId, `only some event ids of this append were appended before (${missing.eventId} was not)`);
    }
    const stored = events.map((e) => found.get(e.eventId) as RecordedEvent);
    stored.forEach((s, i) => {
      if (s.revision !== stored[0].revision + BigInt(i)) throw new IdempotencyConflict(s.eventId, 'these event ids were appended in another order or in separate appends');
    });
    return { stream, nextExpectedRevision: stored[stored.length - 1].revision, positions: stored.map((e) => e.position), events: stored, idempotentReplay: true };
  }

  /** Which stream each event id is reserved for, if any. */
  private async readReservations(events: NewEvent[]): Promise<Map<string, string>> {
    const owners = new Map<string, string>();
    await Promise.all(
      events.map(async (e) => {
        const owner = await this.readOwner(e.eventId);
        if (owner !== null) owners.set(e.eventId, owner);
      }),
    );
    return owners;
  }

  private async readOwner(eventId: string): Promise<string | null> {
    try {
      for await (const r of reading(this.client.readStream(reservationStream(eventId), { fromRevision: START, direction: FORWARDS, maxCount: 1 }))) {
        if (r.event) return reservedStream(r.event);
      }
    } catch (e) {
      if (e instanceof StreamNotFoundError) return null;
      throw e;
    }
    return null;
  }

  /**
   * Reserves each event id for this stream: one event in the id's own stream, written
   * with NO_STREAM. The same reservation again is a duplicate the server accepts; a
   * reservation for another stream is refused, and that is an IdempotencyConflict.
   */
  private async reserve(stream: string, events: NewEvent[]): Promise<void> {
    await Promise.all(
      events.map(async (e) => {
        const reservation = jsonEvent({ id: reservationEventId(stream, e.eventId), type: RESERVATION_TYPE, data: { stream, eventId: e.eventId } });
        try {
          await this.client.appendToStream(reservationStream(e.eventId), reservation, { expectedRevision: NO_STREAM });
        } catch (err) {
          if (!(err instanceof WrongExpectedVersionError)) throw err;
          const owner = await this.readOwner(e.eventId);
          if (owner !== stream) throw new IdempotencyConflict(e.eventId, `it was appended to stream "${owner ?? '?'}"`);
        }
      }),
    );
  }

  private async readHead(stream: string): Promise<Head | null> {
    const [last] = await this.collectStream(stream, { fromRevision: END, direction: BACKWARDS, maxCount: 1 });
    return last ? headOf(last) : null;
  }

  // ---------------------------------------------------------------- reads

  /** Reads a stream; a missing stream (StreamNotFoundError, thrown while iterating) is empty. */
  private async *streamEvents(stream: string, options: { fromRevision: ReadRevision; direction: typeof FORWARDS | typeof BACKWARDS; maxCount: number }): AsyncGenerator<RecordedEvent> {
    this.assertOpen();
    try {
      for await (const r of this.client.readStream(stream, options)) {
        if (r.event) yield fromEsdbRecord(r.event);
      }
    } catch (e) {
      if (e instanceof StreamNotFoundError) return;
      throw e;
    }
  }

  private async collectStream(stream: string, options: { fromRevision: ReadRevision; direction: typeof FORWARDS | typeof BACKWARDS; maxCount: number }): Promise<RecordedEvent[]> {
    const out: RecordedEvent[] = [];
    for await (const e of this.streamEvents(stream, options)) out.push(e);
    return out;
  }

  readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    return { [Symbol.asyncIterator]: () => this.streamPages(stream, options) };
  }

  private async *streamPages(stream: string, options: ReadStreamOptions): AsyncGenerator<RecordedEvent> {
    this.assertOpen();
    validateStream(stream);
    const backwards = readDirection(options.direction) === 'backwards';
    let limit = readLimit(options.limit);
    if (options.from !== undefined && (typeof options.from !== 'bigint' || options.from < 0n)) throw new InvalidAppend('from', 'must be a non-negative bigint revision');
    let from: ReadRevision = options.from ?? (backwards ? END : START);
    while (limit > 0) {
      const n = Math.min(PAGE, limit);
      const page = await this.collectStream(stream, { fromRevision: from, direction: backwards ? BACKWARDS : FORWARDS, maxCount: n });
      for (const e of page) yield e;
      if (page.length < n) return;
      limit -= page.length;
      const last = page[page.length - 1].revision;
      if (backwards && last === 0n) return;
      from = backwards ? last - 1n : last + 1n;
    }
  }

  /**
   * The log in $all order, strictly after `after`. The client's readAll has no server-side
   * filter, so non-ledger events (system events, id reservations) are skipped here with the
   * same rule the subscription's server-side filter applies.
   */
  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    return { [Symbol.asyncIterator]: () => this.allPages(options) };
  }

  private async *allPages(options: ReadAllOptions): AsyncGenerator<RecordedEvent> {
    this.assertOpen();
    const after = options.after == null ? null : decodePosition(options.after, 'after');
    let limit = readLimit(options.limit);
    let cursor = after;
    while (limit > 0) {
      this.assertOpen();
      let raw = 0;
      const page: RecordedEvent[] = [];
      for await (const r of this.client.readAll({ fromPosition: cursor ?? START, direction: FORWARDS, maxCount: PAGE })) {
        raw++;
        const ev = r.event;
        if (!ev) continue;
        // fromPosition is inclusive: skip what the previous page (or the caller) had.
        if (cursor && compareEsdbPositions(ev.position, cursor) <= 0) continue;
        cursor = ev.position;
        if (isLedgerRecord(ev)) page.push(fromEsdbRecord(ev));
      }
      for (const e of page.slice(0, limit)) yield e;
      limit -= page.length;
      if (raw < PAGE) return;
    }
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    this.assertOpen();
    const after = options.after == null ? null : (encodePosition(decodePosition(options.after, 'after')) as Position);
    const logger = this.options.logger;
    const sub = resubscribing<RecordedEvent, Position>({
      open: (from) => this.openAllSubscription(from),
      positionOf: (e) => e.position,
      compare: (a, b) => this.comparePositions(a, b),
      after,
      backoff: this.options.backoff,
      isFatal: (e) => e instanceof EventStoreError || e instanceof AccessDeniedError || this.closing,
      onDrop: (d) =>
        logger?.warn(`EventStoreDB $all subscription dropped (${d.attempt} in a row): ${(d.error as Error)?.message ?? String(d.error)}; resubscribing after ${d.after ?? 'the start'} in ${d.delayMs} ms`),
    });
    const wrapped: Subscription = {
      [Symbol.asyncIterator]: () => sub[Symbol.asyncIterator](),
      stop: async () => {
        this.subscriptions.delete(wrapped);
        await sub.stop();
      },
    };
    this.subscriptions.add(wrapped);
    return wrapped;
  }

  /** One subscribeToAll, filtered server-side to ledger event types, after `after` (exclusive). */
  private openAllSubscription(after: Position | null): SubscriptionSource<RecordedEvent> {
    this.assertOpen();
    const sub = this.client.subscribeToAll({ fromPosition: after === null ? START : decodePosition(after, 'after'), filter: ledgerFilter() });
    return {
      async *[Symbol.asyncIterator]() {
        for await (const r of sub) {
          const ev = r.event;
          if (ev && isLedgerRecord(ev)) yield fromEsdbRecord(ev);
        }
      },
      close: async () => {
        await sub.unsubscribe().catch(() => undefined);
        sub.destroy();
      },
    };
  }

  async headPosition(): Promise<Position | null> {
    this.assertOpen();
    let cursor: EsdbPosition | null = null;
    for (;;) {
      let raw = 0;
      const read: AsyncIterable<AllStreamResolvedEvent> = reading(this.client.readAll({ fromPosition: cursor ?? END, direction: BACKWARDS, maxCount: PAGE }));
      for await (const r of read) {
        raw++;
        const ev = r.event;
        if (!ev) continue;
        if (cursor && compareEsdbPositions(ev.position, cursor) >= 0) continue;
        cursor = ev.position;
        if (isLedgerRecord(ev)) return encodePosition(ev.position);
      }
      if (raw < PAGE) return null;
    }
  }

  comparePositions(a: Position, b: Position): number {
    return compareEsdbPositions(decodePosition(a, 'a'), decodePosition(b, 'b'));
  }

  /** One cheap round trip: reading a stream that does not exist. */
  async ping(): Promise<void> {
    this.assertOpen();
    await this.collectStream('_ledger-ping', { fromRevision: START, direction: FORWARDS, maxCount: 1 });
  }

  /** Stops subscriptions, lets appends in flight finish, then disposes of the client. */
  close(): Promise<void> {
    this.closed ??= this.doClose();
    return this.closed;
  }

  private async doClose(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.subscriptions].map((s) => s.stop()));
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
    await this.client.dispose();
  }

  // ---------------------------------------------------------------- helpers

  private track<T>(p: Promise<T>): Promise<T> {
    this.inflight.add(p);
    const done = () => this.inflight.delete(p);
    p.then(done, done);
    return p;
  }

  private assertOpen(): void {
    if (this.closing) throw new StoreClosed();
  }
}

function readLimit(limit: number | undefined): number {
  if (limit === undefined) return Number.POSITIVE_INFINITY;
  if (!Number.isInteger(limit) || limit < 1) throw new InvalidAppend('limit', 'must be a positive integer');
  return limit;
}

function readDirection(d: ReadStreamOptions['direction']): 'forwards' | 'backwards' {
  if (d === undefined || d === 'forwards' || d === 'backwards') return d ?? 'forwards';
  throw new InvalidAppend('direction', "must be 'forwards' or 'backwards'");
}

/** Iterates a client read, cancelling the call on the server if the loop ends early. */
async function* reading<E>(read: StreamingRead<E>): AsyncGenerator<E> {
  let finished = false;
  try {
    for await (const x of read) yield x;
    finished = true;
  } finally {
    if (!finished) await read.cancel().catch(() => undefined);
  }
}
