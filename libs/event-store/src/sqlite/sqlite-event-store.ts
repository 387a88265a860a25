import Database, { Database as Db, Statement } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppendResult, ExpectedRevision, NewEvent, Position, RecordedEvent } from '../envelope';
import { buildEntry, describeExpected, sameContent, toRecorded, validateAppend } from '../entry';
import { IdempotencyConflict, InvalidAppend, StoreClosed, WrongExpectedRevision } from '../errors';
import type { EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from '../port';
import { CommitSignal, pagedSubscription } from '../subscription';
import { migrate } from './migrations';

export interface SqliteEventStoreOptions {
  /** Path of the database file; created with its folder if missing. */
  file: string;
  /** Most appends committed in one group-commit transaction. */
  maxBatch?: number;
  /** How often live subscriptions look for commits made by other processes. */
  pollMs?: number;
}

interface Pending {
  stream: string;
  events: NewEvent[];
  expected: ExpectedRevision;
  resolve: (r: AppendResult) => void;
  reject: (e: unknown) => void;
}

type Outcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

interface Row {
  position: number | bigint;
  entry: Buffer;
  leaf_hash: Buffer;
}

const PAGE = 500;

/**
 * The embedded store (DESIGN.md): better-sqlite3, WAL, synchronous=FULL.
 *
 * Group commit: append() validates the request, queues it, and schedules a flush on
 * setImmediate. The flush writes every queued append in ONE transaction (one fsync),
 * each inside its own savepoint with its own expected-revision check, so a conflict
 * fails only that append. Callers are answered only after the commit returns.
 * better-sqlite3 is synchronous, so the flush runs on the main thread; appends made
 * while it runs (by other requests' handlers, queued in the same tick) go into the
 * next transaction.
 */
export class SqliteEventStore implements EventStore {
  readonly backend = 'sqlite' as const;
  private readonly db: Db;
  private queue: Pending[] = [];
  private flushScheduled = false;
  private closed = false;
  private readonly signal = new CommitSignal();
  private readonly maxBatch: number;
  private readonly pollMs: number;
  /** Made once: better-sqlite3 builds a wrapper per call of db.transaction. */
  private readonly appendInSavepoint: Database.Transaction<(p: Pending) => AppendResult>;
  private readonly writeBatch: Database.Transaction<(batch: Pending[], outcomes: Outcome[]) => void>;
  private readonly stmt: {
    byEventId: Statement<[string], Row & { stream: string }>;
    head: Statement<[string], { revision: number; leaf_hash: Buffer }>;
    insert: Statement<[string, string, number, string, string, string, Buffer, Buffer]>;
    streamFwd: Statement<[string, number, number], Row>;
    streamBwd: Statement<[string, number, number], Row>;
    all: Statement<[number, number], Row>;
    headPosition: Statement<[], { p: number | null }>;
    byPositionRange: Statement<[string, number, number], Row>;
  };

  private constructor(
    readonly file: string,
    options: SqliteEventStoreOptions,
  ) {
    this.maxBatch = options.maxBatch ?? 512;
    this.pollMs = options.pollMs ?? 250;
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // FULL: the WAL is fsynced at every commit, so an acknowledged append survives power loss.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    this.appendInSavepoint = this.db.transaction((p: Pending) => this.appendOne(p));
    this.writeBatch = this.db.transaction((batch: Pending[], outcomes: Outcome[]) => this.writeBatchBody(batch, outcomes));
    this.stmt = {
      byEventId: this.db.prepare('SELECT position, stream, entry, leaf_hash FROM events WHERE event_id = ?'),
      head: this.db.prepare('SELECT revision, leaf_hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1'),
      insert: this.db.prepare('INSERT INTO events (event_id, stream, revision, type, effective_at, recorded_at, entry, leaf_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      streamFwd: this.db.prepare('SELECT position, entry, leaf_hash FROM events WHERE stream = ? AND revision >= ? ORDER BY revision ASC LIMIT ?'),
      streamBwd: this.db.prepare('SELECT position, entry, leaf_hash FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?'),
      all: this.db.prepare('SELECT position, entry, leaf_hash FROM events WHERE position > ? ORDER BY position ASC LIMIT ?'),
      headPosition: this.db.prepare('SELECT MAX(position) AS p FROM events'),
      byPositionRange: this.db.prepare('SELECT position, entry, leaf_hash FROM events WHERE stream = ? AND position >= ? AND position <= ? ORDER BY position'),
    };
  }

  private writeBatchBody(batch: Pending[], outcomes: Outcome[]): void {
    const one = this.appendInSavepoint;
    outcomes.length = 0;
    for (const p of batch) {
      try {
        // A batch of one needs no savepoint: if it fails, the whole transaction rolls back.
        outcomes.push({ ok: true, result: batch.length === 1 ? this.appendOne(p) : one(p) });
      } catch (error) {
        // The savepoint of this append was rolled back; the others stand.
        if (batch.length === 1) throw error;
        outcomes.push({ ok: false, error });
      }
    }
  }

  static async open(options: SqliteEventStoreOptions): Promise<SqliteEventStore> {
    return new SqliteEventStore(options.file, options);
  }

  append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new StoreClosed());
    let req: ReturnType<typeof validateAppend>;
    try {
      req = validateAppend(stream, events, expected);
    } catch (e) {
      return Promise.reject(e);
    }
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ ...req, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      const outcomes: Outcome[] = [];
      try {
        this.writeBatch.immediate(batch, outcomes);
      } catch (error) {
        // A lone append's own failure, or the commit itself failed (disk full, I/O error,
        // locked past busy_timeout): nothing was written.
        for (const p of batch) p.reject(error);
        continue;
      }
      batch.forEach((p, i) => {
        const o = outcomes[i];
        if (o.ok) p.resolve(o.result);
        else p.reject(o.error);
      });
      this.signal.notify();
    }
  }

  /** Runs inside a savepoint of the group transaction. */
  private appendOne(p: Pending): AppendResult {
    const existing = this.stmt.byEventId.get(p.events[0].eventId);
    if (existing) return this.replay(p, existing);

    const head = this.stmt.head.get(p.stream);
    const actual = head ? BigInt(head.revision) : null;
    checkExpected(p.stream, p.expected, actual);

    let revision = actual === null ? 0n : actual + 1n;
    let prev = head ? head.leaf_hash.toString('hex') : null;
    const out: RecordedEvent[] = [];
    for (const ev of p.events) {
      const { entry, entryBytes, leafHash } = buildEntry(p.stream, revision, prev, ev);
      let info;
      try {
        info = this.stmt.insert.run(ev.eventId, p.stream, Number(revision), ev.type, ev.metadata.effectiveAt, ev.metadata.recordedAt, entryBytes, leafHash);
      } catch (e) {
        if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && /event_id/.test((e as Error).message)) {
          throw new IdempotencyConflict(ev.eventId, 'some, but not all, of the event ids in this append were appended before');
        }
        throw e;
      }
      const position = String(info.lastInsertRowid) as Position;
      const lh = leafHash.toString('hex');
      out.push({ ...entry, revision, position, leafHash: lh, entryBytes });
      prev = lh;
      revision += 1n;
    }
    return { stream: p.stream, nextExpectedRevision: revision - 1n, positions: out.map((e) => e.position), events: out, idempotentReplay: false };
  }

  /** Every id must already be stored, in this stream, consecutively, with the same content. */
  private replay(p: Pending, first: Row & { stream: string }): AppendResult {
    const firstRec = toRecorded(first.entry, first.leaf_hash.toString('hex'), String(first.position) as Position);
    const stored: RecordedEvent[] = [];
    for (let i = 0; i < p.events.length; i++) {
      const row = i === 0 ? first : this.stmt.byEventId.get(p.events[i].eventId);
      if (!row) throw new IdempotencyConflict(p.events[0].eventId, 'some, but not all, of the event ids in this append were appended before');
      const rec = i === 0 ? firstRec : toRecorded(row.entry, row.leaf_hash.toString('hex'), String(row.position) as Position);
      if (rec.stream !== p.stream) throw new IdempotencyConflict(rec.eventId, `it belongs to stream "${rec.stream}"`);
      if (rec.revision !== firstRec.revision + BigInt(i)) throw new IdempotencyConflict(rec.eventId, 'the events were appended in a different order or in different appends');
      if (!sameContent(p.stream, rec, p.events[i])) throw new IdempotencyConflict(rec.eventId, 'the type, data or metadata differ');
      stored.push(rec);
    }
    return { stream: p.stream, nextExpectedRevision: stored[stored.length - 1].revision, positions: stored.map((e) => e.position), events: stored, idempotentReplay: true };
  }

  async *readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const { direction, limit, from } = checkReadStream(options);
    let remaining = limit;
    let cursor = from ?? (direction === 'forwards' ? 0 : Number.MAX_SAFE_INTEGER);
    while (remaining > 0) {
      this.assertOpen();
      const n = Math.min(PAGE, remaining);
      const rows = direction === 'forwards' ? this.stmt.streamFwd.all(stream, cursor, n) : this.stmt.streamBwd.all(stream, cursor, n);
      for (const r of rows) {
        const rec = toRecorded(r.entry, r.leaf_hash.toString('hex'), String(r.position) as Position);
        cursor = Number(rec.revision) + (direction === 'forwards' ? 1 : -1);
        yield rec;
      }
      remaining -= rows.length;
      if (rows.length < n || cursor < 0) return;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const limit = checkLimit(options.limit);
    let after = positionNumber(options.after ?? null);
    let remaining = limit;
    while (remaining > 0) {
      const n = Math.min(PAGE, remaining);
      const rows = this.readPage(after, n);
      for (const r of rows) {
        after = Number(r.position);
        yield r;
      }
      remaining -= rows.length;
      if (rows.length < n) return;
    }
  }

  private readPage(after: number, limit: number): RecordedEvent[] {
    this.assertOpen();
    return this.stmt.all.all(after, limit).map((r) => toRecorded(r.entry, r.leaf_hash.toString('hex'), String(r.position) as Position));
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    positionNumber(options.after ?? null);
    return pagedSubscription(
      async ({ after, limit }) => this.readPage(positionNumber(after ?? null), limit ?? PAGE),
      (signal, pollMs) => this.signal.wait(signal, pollMs),
      options,
      this.pollMs,
    );
  }

  async headPosition(): Promise<Position | null> {
    this.assertOpen();
    const p = this.stmt.headPosition.get()?.p;
    return p === null || p === undefined ? null : (String(p) as Position);
  }

  comparePositions(a: Position, b: Position): number {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  async ping(): Promise<void> {
    this.assertOpen();
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    if (this.queue.length) this.flush();
    this.closed = true;
    this.signal.notify();
    this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreClosed();
  }
}

function checkExpected(stream: string, expected: ExpectedRevision, actual: bigint | null): void {
  const ok = expected === 'any' || (expected === 'no-stream' ? actual === null : expected === 'exists' ? actual !== null : actual === expected);
  if (!ok) throw new WrongExpectedRevision(stream, describeExpected(expected), actual);
}

function checkLimit(limit: unknown): number {
  if (limit === undefined) return Number.MAX_SAFE_INTEGER;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) throw new InvalidAppend('limit', 'must be a positive integer');
  return limit;
}

function checkReadStream(o: ReadStreamOptions): { direction: 'forwards' | 'backwards'; limit: number; from: number | undefined } {
  const direction = o.direction ?? 'forwards';
  if (direction !== 'forwards' && direction !== 'backwards') throw new InvalidAppend('direction', "must be 'forwards' or 'backwards'");
  if (o.from !== undefined && (typeof o.from !== 'bigint' || o.from < 0n)) throw new InvalidAppend('from', 'must be a non-negative bigint revision');
  return { direction, limit: checkLimit(o.limit), from: o.from === undefined ? undefined : Number(o.from) };
}

function positionNumber(p: Position | null): number {
  if (p === null) return 0;
  if (typeof p !== 'string' || !/^[0-9]{1,16}$/.test(p)) throw new InvalidAppend('position', `not a position of this store: ${String(p)}`);
  return Number(p);
}
