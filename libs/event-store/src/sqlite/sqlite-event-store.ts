import type { Database as Db, Statement } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppendResult, ExpectedRevision, NewEvent, Position, RecordedEvent } from '../envelope';
import { validateAppend } from '../entry';
import { InvalidAppend, StoreClosed } from '../errors';
import type { EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from '../port';
import { CommitSignal, pagedSubscription } from '../subscription';
import { BatchWriter, type Outcome, type PendingAppend } from './batch-writer';
import { openConnection } from './connection';
import { migrate } from './migrations';
import { READ_COLUMNS, type ReadRow, RowReader } from './read-rows';
import { WriterThread } from './writer-thread';

export interface SqliteEventStoreOptions {
  /** Path of the database file; created with its folder if missing. */
  file: string;
  /** Most appends committed in one group-commit transaction. */
  maxBatch?: number;
  /** How often live subscriptions look for commits made by other processes. */
  pollMs?: number;
  /**
   * Commit groups of appends on a worker thread, so the event loop stays free while a group
   * fsyncs or waits for another process's write lock (the API server, which has requests to
   * serve meanwhile). Off by default: in a process that only appends, the thread's two hops
   * cost 16 writers about a fifth of their rate (docs/event-store.md).
   */
  writerThread?: boolean;
}

const PAGE = 500;

/**
 * The embedded store (DESIGN.md): better-sqlite3, WAL, synchronous=FULL.
 *
 * Group commit: append() validates the request, queues it, and schedules a flush on
 * setImmediate. The flush writes the queued appends in ONE transaction (one fsync),
 * each with its own expected-revision check, so a conflict fails only that append
 * (BatchWriter). Callers are answered only after the commit returns.
 *
 * better-sqlite3 is synchronous, so a commit blocks the thread that makes it. A group of
 * two or more appends goes to a writer thread (WriterThread) with its own connection, and
 * this thread goes on validating and queueing appends while the group fsyncs: they form
 * the next group. A lone append is written here, on this connection, which saves the two
 * thread hops a single writer would wait for. Only one group is written at a time, by
 * one connection or the other, in queue order; each connection's BatchWriter sees the
 * other's commits through PRAGMA data_version.
 */
export class SqliteEventStore implements EventStore {
  readonly backend = 'sqlite' as const;
  private readonly db: Db;
  private queue: PendingAppend[] = [];
  private flushScheduled = false;
  private closed = false;
  /** Started on the first group of two or more appends; null in memory or if it could not start. */
  private thread: WriterThread | null | undefined;
  /** The group out on the writer thread, settled when its callers are answered. */
  private threadWrite: Promise<void> | null = null;
  private readonly signal = new CommitSignal();
  private readonly maxBatch: number;
  private readonly pollMs: number;
  private readonly writer: BatchWriter;
  private readonly stmt: {
    streamFwd: Statement<[string, number, number], ReadRow>;
    streamBwd: Statement<[string, number, number], ReadRow>;
    all: Statement<[number, number], ReadRow>;
    headPosition: Statement<[], { p: number | null }>;
  };
  private readonly rows: RowReader;

  private constructor(
    readonly file: string,
    options: SqliteEventStoreOptions,
  ) {
    this.maxBatch = options.maxBatch ?? 512;
    this.pollMs = options.pollMs ?? 250;
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = openConnection(file);
    if (file === ':memory:' || !options.writerThread) this.thread = null;
    migrate(this.db);
    this.writer = new BatchWriter(this.db);
    const rows = <P extends unknown[]>(sql: string) =>
      this.db.prepare<P, ReadRow>(`SELECT ${READ_COLUMNS} FROM events ${sql}`).raw(true);
    this.stmt = {
      streamFwd: rows('WHERE stream = ? AND revision >= ? ORDER BY revision ASC LIMIT ?'),
      streamBwd: rows('WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?'),
      all: rows('WHERE position > ? ORDER BY position ASC LIMIT ?'),
      headPosition: this.db.prepare('SELECT MAX(position) AS p FROM events'),
    };
    this.rows = new RowReader(this.db);
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
      this.scheduleFlush();
    });
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || this.threadWrite) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  /** The next appends to write together; one marked to go alone is written alone. */
  private takeBatch(): PendingAppend[] {
    if (this.queue[0].alone) return this.queue.splice(0, 1);
    let n = 1;
    while (n < this.maxBatch && n < this.queue.length && !this.queue[n].alone) n++;
    return this.queue.splice(0, n);
  }

  /** Writes the queue: groups of two or more on the writer thread, one at a time. */
  private flush(onThisThread = false): void {
    this.flushScheduled = false;
    while (this.queue.length > 0 && !this.threadWrite && this.db.open) {
      const batch = this.takeBatch();
      const thread = batch.length > 1 && !onThisThread ? this.writerThread() : null;
      if (thread) {
        this.threadWrite = thread.write(batch).then(
          (outcomes) => this.answer(batch, outcomes),
          (error) => this.groupFailed(batch, error),
        );
        void this.threadWrite.finally(() => {
          this.threadWrite = null;
          if (this.queue.length > 0) this.scheduleFlush();
        });
        return;
      }
      let outcomes;
      try {
        outcomes = this.writer.write(batch);
      } catch (error) {
        this.groupFailed(batch, error);
        continue;
      }
      this.answer(batch, outcomes);
    }
  }

  private writerThread(): WriterThread | null {
    if (this.thread === undefined) {
      try {
        this.thread = new WriterThread(this.file);
      } catch {
        this.thread = null;
      }
    }
    return this.thread?.ready ? this.thread : null;
  }

  /**
   * Nothing of the group was written. SQLite's own failures (disk full, I/O error, locked
   * past busy_timeout) fail the whole group; anything else came from one append (or from
   * the writer thread), and each append, written alone, fails only itself.
   */
  private groupFailed(batch: PendingAppend[], error: unknown): void {
    if (batch.length === 1 || /^SQLITE_/.test(String((error as { code?: unknown })?.code))) {
      for (const p of batch) p.reject(error);
    } else {
      this.queue.unshift(...batch.map((p) => ({ ...p, alone: true })));
    }
  }

  private answer(batch: PendingAppend[], outcomes: Outcome[]): void {
    batch.forEach((p, i) => {
      const o = outcomes[i];
      if (o.ok) p.resolve(o.result);
      else p.reject(o.error);
    });
    this.signal.notify();
  }

  async *readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const { direction, limit, from } = checkReadStream(options);
    let remaining = limit;
    let cursor = from ?? (direction === 'forwards' ? 0 : Number.MAX_SAFE_INTEGER);
    while (remaining > 0) {
      this.assertOpen();
      const n = Math.min(PAGE, remaining);
      const rows = this.rows.recorded(
        direction === 'forwards'
          ? this.stmt.streamFwd.all(stream, cursor, n)
          : this.stmt.streamBwd.all(stream, cursor, n),
      );
      for (const rec of rows) {
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
    return this.rows.recorded(this.stmt.all.all(after, limit));
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

  /** Writes every queued append (answering its caller) before the connections close. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.threadWrite) await this.threadWrite;
    this.flush(true);
    await this.thread?.close();
    this.signal.notify();
    this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreClosed();
  }
}

function checkLimit(limit: unknown): number {
  if (limit === undefined) return Number.MAX_SAFE_INTEGER;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1)
    throw new InvalidAppend('limit', 'must be a positive integer');
  return limit;
}

function checkReadStream(o: ReadStreamOptions): {
  direction: 'forwards' | 'backwards';
  limit: number;
  from: number | undefined;
} {
  const direction = o.direction ?? 'forwards';
  if (direction !== 'forwards' && direction !== 'backwards')
    throw new InvalidAppend('direction', "must be 'forwards' or 'backwards'");
  if (o.from !== undefined && (typeof o.from !== 'bigint' || o.from < 0n))
    throw new InvalidAppend('from', 'must be a non-negative bigint revision');
  return { direction, limit: checkLimit(o.limit), from: o.from === undefined ? undefined : Number(o.from) };
}

function positionNumber(p: Position | null): number {
  if (p === null) return 0;
  if (typeof p !== 'string' || !/^[0-9]{1,16}$/.test(p))
    throw new InvalidAppend('position', `not a position of this store: ${String(p)}`);
  return Number(p);
}
