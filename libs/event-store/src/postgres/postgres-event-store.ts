import { Client, Pool } from 'pg';
import type { AppendResult, ExpectedRevision, NewEvent, Position, RecordedEvent } from '../envelope';
import { StoreClosing } from '../closing';
import type { EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from '../port';
import { CommitSignal, pagedSubscription } from '../subscription';
import { AppendBatcher } from './append-batcher';
import { type SchemaNames, migrate, schemaNames } from './migrations';
import { type ReadContext, allPages, readPage, streamPages } from './paged-reads';
import { PAGE, parsePosition } from './postgres-values';

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

/**
 * PostgreSQL adapter of the event-store port. See docs/event-store.md ("PostgreSQL") for
 * the ordering design: every append transaction takes one advisory lock before reading the
 * last position and holds it to commit, so positions are gap-free and in commit order.
 *
 * Throughput comes from group commit (AppendBatcher): appends that arrive while a batch is
 * in flight are sent together as the next batch, in one round trip and one commit.
 */
export class PostgresEventStore implements EventStore {
  readonly backend = 'postgres' as const;

  private readonly signal = new CommitSignal();
  private readonly life = new StoreClosing();
  private readonly batcher: AppendBatcher;
  private readonly reads: ReadContext;
  private listener: Client | null = null;
  private listenerRetry: NodeJS.Timeout | null = null;
  private readonly pollMs: number;

  private constructor(
    private readonly pool: Pool,
    private readonly names: SchemaNames,
    private readonly connectionString: string,
    options: PostgresEventStoreOptions,
  ) {
    this.batcher = new AppendBatcher(
      pool,
      names,
      {
        maxBatchAppends: options.maxBatchAppends ?? 256,
        maxInFlight: Math.max(1, options.maxInFlight ?? 1),
        headCacheSize: options.headCacheSize ?? 100_000,
      },
      { track: (p) => this.life.track(p), committed: () => this.signal.notify() },
    );
    this.pollMs = options.pollMs ?? 250;
    this.reads = {
      pool,
      s: names.s,
      assertOpen: () => this.life.assertOpen(),
      learnHead: (stream, head) => this.batcher.learnHead(stream, head),
    };
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
    return this.batcher.stats();
  }

  /** The schema this store lives in. */
  get schema(): string {
    return this.names.schema;
  }

  // ---------------------------------------------------------------- append

  append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.life.track(this.doAppend(stream, events, expected));
  }

  private async doAppend(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    this.life.assertOpen();
    return this.batcher.append(stream, events, expected);
  }

  // ---------------------------------------------------------------- reads

  readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    return { [Symbol.asyncIterator]: () => streamPages(this.reads, stream, options) };
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    return { [Symbol.asyncIterator]: () => allPages(this.reads, options) };
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    this.life.assertOpen();
    parsePosition(options.after ?? null, 'after');
    this.ensureListener();
    const sub = pagedSubscription(
      (o) => readPage(this.reads, parsePosition(o.after ?? null, 'after'), o.limit ?? PAGE),
      (signal, pollMs) => this.signal.wait(signal, pollMs),
      options,
      this.pollMs,
    );
    return this.life.follow(sub);
  }

  /** One dedicated connection LISTENs for commits from every process; polling covers gaps. */
  private ensureListener(): void {
    if (this.listener || this.listenerRetry || this.life.closing) return;
    const client = new Client({ connectionString: this.connectionString });
    this.listener = client;
    const retry = () => {
      if (this.listener !== client) return;
      this.listener = null;
      void client.end().catch(() => undefined);
      if (this.life.closing) return;
      this.listenerRetry = setTimeout(() => {
        this.listenerRetry = null;
        if (this.life.following) this.ensureListener();
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
    this.life.assertOpen();
    const { rows } = await this.pool.query<{ p: string | null }>(
      `SELECT max(position)::text AS p FROM ${this.names.s}.events`,
    );
    return rows[0].p as Position | null;
  }

  comparePositions(a: Position, b: Position): number {
    const x = parsePosition(a, 'a');
    const y = parsePosition(b, 'b');
    return x < y ? -1 : x > y ? 1 : 0;
  }

  async ping(): Promise<void> {
    this.life.assertOpen();
    await this.pool.query('SELECT 1');
  }

  /** Stops subscriptions, lets queued appends finish, then closes every connection. */
  close(): Promise<void> {
    return this.life.close(() => this.release());
  }

  private async release(): Promise<void> {
    if (this.listenerRetry) clearTimeout(this.listenerRetry);
    const l = this.listener;
    this.listener = null;
    if (l) await l.end().catch(() => undefined);
    await this.pool.end();
  }
}
