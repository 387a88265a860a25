import { Client, Pool } from 'pg';
import type { AppendResult, ExpectedRevision, NewEvent, Position, RecordedEvent } from '../envelope';
import { buildEntry, describeExpected, leafHashOf, toRecorded, sameContent, validateAppend, validateStream } from '../entry';
import { CorruptEntry, IdempotencyConflict, InvalidAppend, StoreClosed, WrongExpectedRevision } from '../errors';
import type { EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from '../port';
import { CommitSignal, pagedSubscription } from '../subscription';
import { type BatchAppend, type BatchRow, appendBatchParams, appendBatchSql, parseBatchRow } from './append-batch';
import { type SchemaNames, migrate, schemaNames } from './migrations';

export interface PostgresEventStoreOptions {
  connectionString: string;
  /** Schema holding the ledger tables; created and migrated at connect. Default 'ledger'. */
  schema?: string;
  /** Connections in the pool (appends use one at a time; reads share the rest). Default 10. */
  poolSize?: number;
  /** Most appends sent in one batch (group commit). Default 256. */
  maxBatchAppends?: number;
  /** append_batch calls in flight at once (each on its own connection). Default 1. */
  maxInFlight?: number;
  /** Subscription poll interval, the fallback when a NOTIFY is missed. Default 250 ms. */
  pollMs?: number;
  /** Stream heads kept in memory to build entry bytes without a read. Default 100,000. */
  headCacheSize?: number;
}

/** A stream head as the adapter knows it: revision -1n and a null hash mean "no stream". */
interface Head {
  revision: bigint;
  leafHash: Buffer | null;
}

const NO_STREAM: Head = { revision: -1n, leafHash: null };

interface Pending {
  stream: string;
  events: NewEvent[];
  expected: ExpectedRevision;
  /** Best known head when enqueued (refreshed from the database after a stale reply). */
  base: Head;
  attempts: number;
  /** Send alone: set after a batch failed as a whole, so one bad append fails alone. */
  solo: boolean;
  /** Entry bytes built ahead, while the previous batch was in flight. */
  built: Built | null;
  resolve: (r: AppendResult) => void;
  reject: (e: unknown) => void;
}

interface Built {
  append: BatchAppend;
  recorded: Omit<RecordedEvent, 'position'>[];
  bytes: number;
}

interface EventRow {
  position: string;
  stream: string;
  revision: string;
  entry: Buffer;
  leaf_hash: Buffer;
}

const MAX_BATCH_BYTES = 16 * 1024 * 1024;
const MAX_BATCH_EVENTS = 4096;
const MAX_STALE_RETRIES = 100;
const PAGE = 500;
const POSITION_RE = /^(0|[1-9][0-9]{0,18})$/;
const MAX_REVISION = 9223372036854775807n;

/**
 * PostgreSQL adapter of the event-store port. See docs/event-store.md ("PostgreSQL") for
 * the ordering design: every append transaction takes one advisory lock before reading the
 * last position and holds it to commit, so positions are gap-free and in commit order.
 *
 * Throughput comes from group commit: appends that arrive while a batch is in flight are
 * sent together as the next batch, as one call of the stored function append_batch (one
 * round trip, one commit), each append keeping its own expected-revision check.
 */
export class PostgresEventStore implements EventStore {
  readonly backend = 'postgres' as const;

  private readonly queue: Pending[] = [];
  private pumpScheduled = false;
  private batchesInFlight = 0;
  private readonly busyStreams = new Set<string>();
  private readonly busyIds = new Set<string>();
  private readonly heads = new Map<string, Head>();
  private readonly signal = new CommitSignal();
  private readonly subscriptions = new Set<Subscription>();
  private readonly inflight = new Set<Promise<unknown>>();
  private listener: Client | null = null;
  private listenerRetry: NodeJS.Timeout | null = null;
  private closing = false;
  private closed: Promise<void> | null = null;
  private readonly sql: string;
  private readonly maxBatchAppends: number;
  private readonly maxInFlight: number;
  private readonly pollMs: number;
  private readonly headCacheSize: number;
  private readonly counters = { batches: 0, appends: 0, staleRetries: 0 };

  private constructor(
    private readonly pool: Pool,
    private readonly names: SchemaNames,
    private readonly connectionString: string,
    options: PostgresEventStoreOptions,
  ) {
    this.sql = appendBatchSql(names.s);
    this.maxBatchAppends = options.maxBatchAppends ?? 256;
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 1);
    this.pollMs = options.pollMs ?? 250;
    this.headCacheSize = options.headCacheSize ?? 100_000;
  }

  /** Opens a pool, creates the schema if needed and applies pending migrations. */
  static async connect(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const names = schemaNames(options.schema ?? 'ledger');
    const pool = new Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10 });
    // An idle client's error (e.g. the server restarting) must not crash the process; the
    // next query gets a fresh connection.
    pool.on('error', () => undefined);
    try {
      await migrate(pool, names.schema);
    } catch (e) {
      await pool.end();
      throw e;
    }
    return new PostgresEventStore(pool, names, options.connectionString, options);
  }

  /**
   * Group-commit counters since connect: append_batch calls, appends sent in them
   * (a retried append counts again), and retries after a stale cached head.
   */
  stats(): { batches: number; appends: number; staleRetries: number } {
    return { ...this.counters };
  }

  /** The schema this store lives in. */
  get schema(): string {
    return this.names.schema;
  }

  // ---------------------------------------------------------------- append

  append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.track(this.doAppend(stream, events, expected));
  }

  private async doAppend(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    if (this.closing) throw new StoreClosed();
    const v = validateAppend(stream, events, expected);
    for (const [i, ev] of v.events.entries()) {
      // The columns are timestamptz; validateAppend accepted anything Date.parse reads.
      isoDate(ev.metadata.effectiveAt, `events[${i}].metadata.effectiveAt`);
      isoDate(ev.metadata.recordedAt, `events[${i}].metadata.recordedAt`);
    }
    if (typeof v.expected === 'bigint' && v.expected > MAX_REVISION) {
      // Past what a bigint column can hold, so it cannot be the head.
      const head = await this.readHead(v.stream);
      throw new WrongExpectedRevision(v.stream, describeExpected(v.expected), head.revision < 0n ? null : head.revision);
    }
    const base = this.guessHead(v.stream, v.expected) ?? (await this.readHead(v.stream));
    // Built now (an over-long entry fails here, before anything is queued) and rebuilt at
    // dispatch only if the head moved meanwhile.
    const built = this.build(v.stream, v.events, base);
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ stream: v.stream, events: v.events, expected: v.expected, base, attempts: 0, solo: false, built, resolve, reject });
      this.kick();
    });
  }

  /** The head to build entries on without asking the database, or undefined to ask. */
  private guessHead(stream: string, expected: ExpectedRevision): Head | undefined {
    const cached = this.heads.get(stream);
    if (expected === 'no-stream') return cached ?? NO_STREAM;
    if (!cached) return undefined;
    // The caller knows of a later revision than we do: our copy is behind.
    if (typeof expected === 'bigint' && cached.revision < expected) return undefined;
    return cached;
  }

  private async readHead(stream: string): Promise<Head> {
    const { rows } = await this.pool.query<{ revision: string; leaf_hash: Buffer }>(
      `SELECT e.revision::text AS revision, e.leaf_hash FROM ${this.names.s}.events e WHERE e.stream = $1 ORDER BY e.revision DESC LIMIT 1`,
      [stream],
    );
    const head = rows.length ? { revision: BigInt(rows[0].revision), leafHash: rows[0].leaf_hash } : NO_STREAM;
    this.learnHead(stream, head);
    return head;
  }

  /** Stream heads only move forward, so a newer head always wins over an older one. */
  private learnHead(stream: string, head: Head): void {
    const cur = this.heads.get(stream);
    if (cur && cur.revision >= head.revision) return;
    if (cur) this.heads.delete(stream);
    else if (this.heads.size >= this.headCacheSize) {
      const oldest = this.heads.keys().next().value as string;
      this.heads.delete(oldest);
    }
    this.heads.set(stream, head);
  }

  private kick(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    // setImmediate, not a microtask: lets every writer woken by the previous batch enqueue
    // its next append first, so they travel together.
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  /**
   * Starts batches while fewer than maxInFlight are out. One (the default) gives the
   * biggest batches, and every batch pays one WAL flush under the append lock, so that is
   * what wins when the flush dominates. (Splitting closed-loop writers over two batches in
   * flight measured slower here: half the events per flush.)
   */
  private pump(): void {
    while (this.batchesInFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.takeBatch(this.maxBatchAppends);
      if (batch.length === 0) return; // everything queued waits for a stream in flight
      this.batchesInFlight++;
      for (const p of batch) {
        this.busyStreams.add(p.stream);
        for (const e of p.events) this.busyIds.add(e.eventId);
      }
      void this.runBatch(batch).finally(() => {
        this.batchesInFlight--;
        for (const p of batch) {
          this.busyStreams.delete(p.stream);
          for (const e of p.events) this.busyIds.delete(e.eventId);
        }
        if (this.queue.length > 0) this.kick();
      });
    }
  }

  /**
   * The next batch: queued appends in order, at most one per stream and no event id twice,
   * and none touching a stream or id of a batch still in flight (append_batch checks every
   * append against the log as it was before the call, and the entry bytes are built on the
   * head the previous batch leaves). A skipped append keeps its place in the queue.
   */
  private takeBatch(limit: number): Pending[] {
    const batch: Pending[] = [];
    const rest: Pending[] = [];
    const streams = new Set<string>();
    const ids = new Set<string>();
    let events = 0;
    let bytes = 0;
    let i = 0;
    for (; i < this.queue.length && batch.length < limit; i++) {
      const p = this.queue[i];
      if (p.solo && batch.length > 0) break;
      const size = p.built ? p.built.bytes : 0;
      if (batch.length > 0 && (events + p.events.length > MAX_BATCH_EVENTS || bytes + size > MAX_BATCH_BYTES)) break;
      const clash = (id: string) => ids.has(id) || this.busyIds.has(id);
      if (streams.has(p.stream) || this.busyStreams.has(p.stream) || p.events.some((e) => clash(e.eventId))) {
        rest.push(p);
        continue;
      }
      batch.push(p);
      if (p.solo) {
        i++;
        break;
      }
      streams.add(p.stream);
      for (const e of p.events) ids.add(e.eventId);
      events += p.events.length;
      bytes += size;
    }
    this.queue.splice(0, i, ...rest);
    return batch;
  }

  private async runBatch(batch: Pending[]): Promise<void> {
    const built: { p: Pending; b: Built }[] = [];
    for (const p of batch) {
      // Build on the newest head we know: the one found when the append was queued (or
      // in a stale reply), or a newer one cached since. A wrong guess costs a stale reply.
      const cached = this.heads.get(p.stream);
      const base = cached && cached.revision > p.base.revision ? cached : p.base;
      let b = p.built;
      p.built = null;
      if (!b || !sameHead(b.append, base)) {
        try {
          b = this.build(p.stream, p.events, base);
        } catch (e) {
          p.reject(e);
          continue;
        }
      }
      built.push({ p, b });
    }
    if (built.length === 0) return;

    this.counters.batches++;
    this.counters.appends += built.length;
    let rows: BatchRow[];
    try {
      const res = await this.pool.query({ name: `append_batch_${this.names.schema}`, text: this.sql, values: appendBatchParams(built.map((x) => ({ ...x.b.append, expected: x.p.expected }))) });
      rows = res.rows.map(parseBatchRow);
      if (rows.length !== built.length) throw new Error(`append_batch returned ${rows.length} rows for ${built.length} appends`);
    } catch (e) {
      if (built.length === 1) {
        built[0].p.reject(e);
      } else {
        // The call is atomic, so nothing (or, if the connection broke after commit, all of
        // it) was written. Resend each alone: a committed one comes back as an idempotent
        // replay, and one bad append cannot fail the others.
        for (const b of built) b.p.solo = true;
        this.queue.unshift(...built.map((b) => b.p));
      }
      return;
    }

    let wrote = false;
    const retry: Pending[] = [];
    for (let i = 0; i < built.length; i++) {
      const { p, b } = built[i];
      const recorded = b.recorded;
      const row = rows[i];
      switch (row.status) {
        case 'ok': {
          wrote = true;
          this.learnHead(p.stream, { revision: row.headRevision, leafHash: row.headLeafHash });
          const events = recorded.map((r, k) => ({ ...r, position: (row.first + BigInt(k)).toString() as Position }));
          p.resolve({
            stream: p.stream,
            nextExpectedRevision: row.headRevision,
            positions: events.map((e) => e.position),
            events,
            idempotentReplay: false,
          });
          break;
        }
        case 'wrong': {
          this.learnHead(p.stream, { revision: row.headRevision, leafHash: row.headLeafHash });
          p.reject(new WrongExpectedRevision(p.stream, describeExpected(p.expected), row.headRevision < 0n ? null : row.headRevision));
          break;
        }
        case 'stale': {
          const head = { revision: row.headRevision, leafHash: row.headLeafHash };
          this.learnHead(p.stream, head);
          p.base = head;
          p.attempts++;
          this.counters.staleRetries++;
          if (p.attempts > MAX_STALE_RETRIES) p.reject(new Error(`append to ${p.stream}: stream head kept moving; gave up after ${p.attempts} attempts`));
          else retry.push(p);
          break;
        }
        case 'existing':
          this.track(this.replay(p, row.positions).then(p.resolve, p.reject));
          break;
      }
    }
    // Retries go first, ahead of appends that arrived later.
    if (retry.length > 0) this.queue.unshift(...retry);
    if (wrote) this.signal.notify();
  }

  private build(stream: string, evs: NewEvent[], base: Head): Built {
    const events: BatchAppend['events'] = [];
    const recorded: Built['recorded'] = [];
    let prev = base.leafHash;
    let bytes = 0;
    evs.forEach((ev, k) => {
      const revision = base.revision + 1n + BigInt(k);
      const { entry, entryBytes, leafHash } = buildEntry(stream, revision, prev ? prev.toString('hex') : null, ev);
      events.push({
        eventId: ev.eventId,
        type: ev.type,
        effectiveAt: isoDate(ev.metadata.effectiveAt, 'effectiveAt'),
        recordedAt: isoDate(ev.metadata.recordedAt, 'recordedAt'),
        entryBytes,
        leafHash,
      });
      recorded.push({ ...entry, revision, leafHash: leafHash.toString('hex'), entryBytes });
      prev = leafHash;
      bytes += entryBytes.length;
    });
    // expected is the caller's, filled in at dispatch.
    return { append: { stream, expected: 'any', baseRevision: base.revision, baseLeafHash: base.leafHash, events }, recorded, bytes };
  }

  /** Some event ids exist already: the original result if all match, else a conflict. */
  private async replay(p: Pending, positions: string[]): Promise<AppendResult> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT e.position::text AS position, e.stream, e.revision::text AS revision, e.entry, e.leaf_hash FROM ${this.names.s}.events e WHERE e.position = ANY ($1::bigint[]) ORDER BY e.position`,
      [positions],
    );
    const byId = new Map(rows.map((r) => this.toEvent(r)).map((e) => [e.eventId, e]));
    for (const ev of p.events) {
      const stored = byId.get(ev.eventId);
      if (!stored) continue;
      if (stored.stream !== p.stream) throw new IdempotencyConflict(ev.eventId, `it was appended to stream "${stored.stream}"`);
      if (!sameContent(p.stream, stored, ev)) throw new IdempotencyConflict(ev.eventId, 'the type, data or metadata differ');
    }
    const missing = p.events.find((ev) => !byId.has(ev.eventId));
    if (missing) {
      const overlapping = p.events.find((ev) => byId.has(ev.eventId)) as NewEvent;
      throw new IdempotencyConflict(overlapping.eventId, `only some event ids of this append were appended before (${missing.eventId} was not)`);
    }
    const events = p.events.map((ev) => byId.get(ev.eventId) as RecordedEvent);
    const last = events.reduce((m, e) => (e.revision > m ? e.revision : m), -1n);
    return { stream: p.stream, nextExpectedRevision: last, positions: events.map((e) => e.position), events, idempotentReplay: true };
  }

  // ---------------------------------------------------------------- reads

  readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    return { [Symbol.asyncIterator]: () => this.streamPages(stream, options) };
  }

  private async *streamPages(stream: string, options: ReadStreamOptions): AsyncGenerator<RecordedEvent> {
    this.assertOpen();
    validateStream(stream);
    const backwards = readDirection(options.direction) === 'backwards';
    let limit = readLimit(options.limit);
    if (options.from !== undefined && (typeof options.from !== 'bigint' || options.from < 0n)) throw new InvalidAppend('from', 'must be a non-negative bigint revision');
    let from: bigint = options.from ?? (backwards ? MAX_REVISION : 0n);
    let first = true;
    while (limit > 0) {
      this.assertOpen();
      const n = Math.min(PAGE, limit);
      const { rows } = await this.pool.query<EventRow>(
        `SELECT e.position::text AS position, e.stream, e.revision::text AS revision, e.entry, e.leaf_hash FROM ${this.names.s}.events e
         WHERE e.stream = $1 AND e.revision ${backwards ? '<=' : '>='} $2 ORDER BY e.revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
        [stream, from.toString(), n],
      );
      const events = rows.map((r) => this.toEvent(r));
      // Keep the head cache warm: the newest event read is the head when reading backwards
      // from the end, or when a forward read ran out of events.
      if (events.length > 0) {
        if (backwards && first && options.from === undefined) this.learnHead(stream, headOf(events[0]));
        if (!backwards && events.length < n) this.learnHead(stream, headOf(events[events.length - 1]));
      }
      first = false;
      for (const e of events) yield e;
      if (events.length < n) return;
      limit -= events.length;
      const last = events[events.length - 1].revision;
      if (backwards && last === 0n) return;
      from = backwards ? last - 1n : last + 1n;
    }
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    return { [Symbol.asyncIterator]: () => this.allPages(options) };
  }

  private async *allPages(options: ReadAllOptions): AsyncGenerator<RecordedEvent> {
    let after = parsePosition(options.after ?? null, 'after');
    let limit = readLimit(options.limit);
    while (limit > 0) {
      const page = await this.readPage(after, Math.min(PAGE, limit));
      for (const e of page) yield e;
      if (page.length < Math.min(PAGE, limit)) return;
      limit -= page.length;
      after = BigInt(page[page.length - 1].position);
    }
  }

  private async readPage(after: bigint, limit: number): Promise<RecordedEvent[]> {
    this.assertOpen();
    const { rows } = await this.pool.query<EventRow>(
      `SELECT e.position::text AS position, e.stream, e.revision::text AS revision, e.entry, e.leaf_hash FROM ${this.names.s}.events e WHERE e.position > $1 ORDER BY e.position LIMIT $2`,
      [after.toString(), limit],
    );
    return rows.map((r) => this.toEvent(r));
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    this.assertOpen();
    parsePosition(options.after ?? null, 'after');
    this.ensureListener();
    const sub = pagedSubscription(
      (o) => this.readPage(parsePosition(o.after ?? null, 'after'), o.limit ?? PAGE),
      (signal, pollMs) => this.signal.wait(signal, pollMs),
      options,
      this.pollMs,
    );
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

  /** One dedicated connection LISTENs for commits from every process; polling covers gaps. */
  private ensureListener(): void {
    if (this.listener || this.listenerRetry || this.closing) return;
    const client = new Client({ connectionString: this.connectionString });
    this.listener = client;
    const retry = () => {
      if (this.listener !== client) return;
      this.listener = null;
      void client.end().catch(() => undefined);
      if (this.closing) return;
      this.listenerRetry = setTimeout(() => {
        this.listenerRetry = null;
        if (this.subscriptions.size > 0) this.ensureListener();
      }, 1000);
      this.listenerRetry.unref();
    };
    client.on('notification', () => this.signal.notify());
    client.on('error', retry);
    client.on('end', retry);
    client
      .connect()
      .then(() => client.query(`LISTEN "${this.names.channel}"`))
      // A commit may have happened before LISTEN took effect.
      .then(() => this.signal.notify())
      .catch(retry);
  }

  async headPosition(): Promise<Position | null> {
    this.assertOpen();
    const { rows } = await this.pool.query<{ p: string | null }>(`SELECT max(position)::text AS p FROM ${this.names.s}.events`);
    return rows[0].p as Position | null;
  }

  comparePositions(a: Position, b: Position): number {
    const x = parsePosition(a, 'a');
    const y = parsePosition(b, 'b');
    return x < y ? -1 : x > y ? 1 : 0;
  }

  async ping(): Promise<void> {
    this.assertOpen();
    await this.pool.query('SELECT 1');
  }

  /** Stops subscriptions, lets queued appends finish, then closes every connection. */
  close(): Promise<void> {
    this.closed ??= this.doClose();
    return this.closed;
  }

  private async doClose(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.subscriptions].map((s) => s.stop()));
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
    if (this.listenerRetry) clearTimeout(this.listenerRetry);
    const l = this.listener;
    this.listener = null;
    if (l) await l.end().catch(() => undefined);
    await this.pool.end();
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

  private toEvent(r: EventRow): RecordedEvent {
    const ev = toRecorded(r.entry, r.leaf_hash.toString('hex'), r.position as Position);
    if (!leafHashOf(r.entry).equals(r.leaf_hash)) throw new CorruptEntry(r.position, 'entry bytes do not match the stored leaf hash');
    if (ev.stream !== r.stream || ev.revision !== BigInt(r.revision)) throw new CorruptEntry(r.position, 'entry does not match its stream and revision columns');
    return ev;
  }
}

function sameHead(a: BatchAppend, h: Head): boolean {
  if (a.baseRevision !== h.revision) return false;
  return a.baseLeafHash === null || h.leafHash === null ? a.baseLeafHash === h.leafHash : a.baseLeafHash.equals(h.leafHash);
}

function headOf(e: RecordedEvent): Head {
  return { revision: e.revision, leafHash: Buffer.from(e.leafHash, 'hex') };
}

function isoDate(s: string, field: string): string {
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new InvalidAppend(field, 'must be an ISO 8601 date or date-time');
  const iso = new Date(t).toISOString();
  // Six-digit and negative years (e.g. +010000-01-01) are not timestamps PostgreSQL reads.
  if (!/^(?!0000)\d{4}-/.test(iso)) throw new InvalidAppend(field, 'must be a date between the years 0001 and 9999');
  return iso;
}

function parsePosition(p: Position | null, field: string): bigint {
  if (p === null) return 0n;
  if (typeof p !== 'string' || !POSITION_RE.test(p)) throw new InvalidAppend(field, `not a position of this store: ${JSON.stringify(p)}`);
  return BigInt(p);
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
