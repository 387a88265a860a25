import {
  AccessDeniedError,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START,
  type AllStreamResolvedEvent,
  type Position as EsdbPosition,
} from '@eventstore/db-client';
import type { AppendResult, ExpectedRevision, NewEvent, Position, RecordedEvent } from '../envelope';
import { validateAppend } from '../entry';
import { pagedStream, readLimit } from '../paging';
import { EventStoreError } from '../errors';
import { StoreClosing } from '../closing';
import type { EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from '../port';
import {
  compareEsdbPositions,
  decodePosition,
  encodePosition,
  fromEsdbRecord,
  isLedgerRecord,
  ledgerFilter,
} from './codec';
import { EsdbAppender, type AppendCounters, type StaleRetryBackoff } from './esdb-append';
import {
  ON_LEADER,
  checkServerVersion,
  collectStream,
  onLeader,
  reading,
  type EsdbClient,
  type StreamReadOptions,
} from './esdb-io';
import { type Backoff, type SubscriptionSource, resubscribing } from './resubscribe';

export type { EsdbClient } from './esdb-io';

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
  /** Waits between retries of an append whose stream head moved ('any' / 'exists'). */
  staleRetry?: StaleRetryBackoff;
}

const PAGE = 500;

/**
 * EventStoreDB adapter of the event-store port, on @eventstore/db-client. See
 * docs/event-store.md ("EventStoreDB") for the design. In short:
 *
 * - Entry bytes are stored unchanged as each event's binary data; the server's event id is
 *   the envelope's event id; the metadata carries the leaf hash, checked on every read.
 * - Appends (esdb-append.ts) read the stream head, check the caller's expected revision
 *   against it, build the entries on it and append with that exact revision, so the chain
 *   can never land on a different head; a stale head ('any'/'exists' only) is re-read after
 *   a jittered backoff and the entries rebuilt. The port's size limit is EventStoreDB's.
 * - Idempotency by event id: each id is reserved, before its event is written, in a stream
 *   of its own naming the stream it belongs to. A repeat is looked for between the head and
 *   the reservations; an id reserved for another stream is an IdempotencyConflict.
 * - Every call requires the leader (esdb-io.ts); servers before 22.6 are refused at connect.
 * - A stream deleted outside the ledger is a StreamDeleted error, never recreated.
 * - Positions are $all positions (commit, prepare) as "C:<commit>/P:<prepare>".
 * - subscribe() is subscribeToAll with a server-side event-type filter, resubscribing
 *   after the last delivered position with backoff when it drops.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly backend = 'eventstoredb' as const;

  private readonly life = new StoreClosing();
  private readonly counters: AppendCounters = {
    appends: 0,
    staleRetries: 0,
    staleRetryWaitMs: 0,
    replays: 0,
    leaderRetries: 0,
  };
  private readonly appender: EsdbAppender;

  private constructor(
    private readonly client: EsdbClient,
    private readonly options: EventStoreDbEventStoreOptions,
  ) {
    this.appender = new EsdbAppender(client, this.counters, () => this.life.assertOpen(), options.staleRetry);
  }

  /** Creates the client and checks the server answers. */
  static async connect(
    options: EventStoreDbEventStoreOptions & { connectionString: string },
  ): Promise<EventStoreDbEventStore> {
    return EventStoreDbEventStore.withClient(EventStoreDBClient.connectionString(options.connectionString), options);
  }

  /** Over a given client; checks that it answers and that the server is recent enough (checkServerVersion). */
  static async withClient(
    client: EventStoreDBClient,
    options: Omit<EventStoreDbEventStoreOptions, 'connectionString'> = {},
  ): Promise<EventStoreDbEventStore> {
    const store = new EventStoreDbEventStore(client, options);
    try {
      await store.ping();
      // The client learns the version from ServerFeatures on its first call and keeps it (a protected getter).
      const features = await (client as unknown as { capabilities: Promise<{ serverVersion: string }> }).capabilities;
      checkServerVersion(features.serverVersion);
    } catch (e) {
      await client.dispose();
      throw e;
    }
    return store;
  }

  /** Appends written, stale-head retries (and the time spent waiting before them), idempotent replays and NotLeader retries since connect. */
  stats(): AppendCounters {
    return { ...this.counters };
  }

  // ---------------------------------------------------------------- append

  append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.life.track(this.doAppend(stream, events, expected));
  }

  private async doAppend(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    this.life.assertOpen();
    const v = validateAppend(stream, events, expected);
    return this.appender.append(v.stream, v.events, v.expected);
  }

  // ---------------------------------------------------------------- reads

  private collectStream(stream: string, options: StreamReadOptions): Promise<RecordedEvent[]> {
    this.life.assertOpen();
    return collectStream(this.client, stream, options, () => this.counters.leaderRetries++);
  }

  readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    return { [Symbol.asyncIterator]: () => this.streamPages(stream, options) };
  }

  private async *streamPages(stream: string, options: ReadStreamOptions): AsyncGenerator<RecordedEvent> {
    this.life.assertOpen();
    yield* pagedStream(stream, options, PAGE, ({ from, backwards, count }) =>
      this.collectStream(stream, {
        fromRevision: from ?? (backwards ? END : START),
        direction: backwards ? BACKWARDS : FORWARDS,
        maxCount: count,
      }),
    );
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
    this.life.assertOpen();
    const after = options.after == null ? null : decodePosition(options.after, 'after');
    let limit = readLimit(options.limit);
    let cursor = after;
    while (limit > 0) {
      this.life.assertOpen();
      const from = cursor;
      const read = await this.readAllPage(() =>
        this.client.readAll({ fromPosition: from ?? START, direction: FORWARDS, maxCount: PAGE, ...ON_LEADER }),
      );
      const raw = read.length;
      const page: RecordedEvent[] = [];
      for (const r of read) {
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
    this.life.assertOpen();
    const after = options.after == null ? null : (encodePosition(decodePosition(options.after, 'after')) as Position);
    const logger = this.options.logger;
    const sub = resubscribing<RecordedEvent, Position>({
      open: (from) => this.openAllSubscription(from),
      positionOf: (e) => e.position,
      compare: (a, b) => this.comparePositions(a, b),
      after,
      backoff: this.options.backoff,
      isFatal: (e) => e instanceof EventStoreError || e instanceof AccessDeniedError || this.life.closing,
      onDrop: (d) =>
        logger?.warn(
          `EventStoreDB $all subscription dropped (${d.attempt} in a row): ${(d.error as Error)?.message ?? String(d.error)}; resubscribing after ${d.after ?? 'the start'} in ${d.delayMs} ms`,
        ),
    });
    return this.life.follow(sub);
  }

  /** One subscribeToAll, filtered server-side to ledger event types, after `after` (exclusive). */
  private openAllSubscription(after: Position | null): SubscriptionSource<RecordedEvent> {
    this.life.assertOpen();
    const sub = this.client.subscribeToAll({
      fromPosition: after === null ? START : decodePosition(after, 'after'),
      filter: ledgerFilter(),
      ...ON_LEADER,
    });
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
    this.life.assertOpen();
    let cursor: EsdbPosition | null = null;
    for (;;) {
      const from = cursor;
      const read = await this.readAllPage(() =>
        this.client.readAll({ fromPosition: from ?? END, direction: BACKWARDS, maxCount: PAGE, ...ON_LEADER }),
      );
      const raw = read.length;
      for (const r of read) {
        const ev = r.event;
        if (!ev) continue;
        if (cursor && compareEsdbPositions(ev.position, cursor) >= 0) continue;
        cursor = ev.position;
        if (isLedgerRecord(ev)) return encodePosition(ev.position);
      }
      if (raw < PAGE) return null;
    }
  }

  /** One page of $all, read whole so that it can be retried on the leader. */
  private readAllPage(open: () => ReturnType<EsdbClient['readAll']>): Promise<AllStreamResolvedEvent[]> {
    return onLeader(
      async () => {
        const out: AllStreamResolvedEvent[] = [];
        for await (const r of reading(open())) out.push(r as AllStreamResolvedEvent);
        return out;
      },
      () => this.counters.leaderRetries++,
    );
  }

  comparePositions(a: Position, b: Position): number {
    return compareEsdbPositions(decodePosition(a, 'a'), decodePosition(b, 'b'));
  }

  /** One cheap round trip: reading a stream that does not exist. */
  async ping(): Promise<void> {
    this.life.assertOpen();
    await this.collectStream('_ledger-ping', { fromRevision: START, direction: FORWARDS, maxCount: 1 });
  }

  /** Stops subscriptions, lets appends in flight finish, then disposes of the client. */
  close(): Promise<void> {
    return this.life.close(() => this.release());
  }

  private async release(): Promise<void> {
    await this.client.dispose();
  }
}
