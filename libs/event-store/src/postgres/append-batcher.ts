import type { Pool } from 'pg';
import type { EntryText } from '../canonical-entry';
import type { AppendResult, ExpectedRevision, NewEvent, Position } from '../envelope';
import { appendResult, describeExpected, validateAppend } from '../entry';
import { WrongExpectedRevision } from '../errors';
import { type BatchRow, type BuiltAppend, buildAppend, sameHead } from './append-batch';
import { FastAppender } from './append-fast';
import type { SchemaNames } from './migrations';
import { replayAppend } from './idempotent-replay';
import { type Head, MAX_REVISION, NO_STREAM, isoDate } from './postgres-values';

export interface AppendBatcherOptions {
  /** Most appends sent in one batch. */
  maxBatchAppends: number;
  /** append_batch calls in flight at once. */
  maxInFlight: number;
  /** Stream heads kept in memory. */
  headCacheSize: number;
}

/** What the batcher needs of the store it serves. */
export interface AppendBatcherHooks {
  /** Work the store must wait for before it closes its pool. */
  track<T>(p: Promise<T>): Promise<T>;
  /** Called after a batch wrote at least one event. */
  committed(): void;
}

interface Pending {
  stream: string;
  events: NewEvent[];
  expected: ExpectedRevision;
  /** From validateAppend: each event's entry text, filled in on the head. */
  texts: (EntryText | undefined)[];
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

type Built = BuiltAppend;

type BuiltPending = { p: Pending; b: Built };

const MAX_BATCH_BYTES = 16 * 1024 * 1024;
const MAX_BATCH_EVENTS = 4096;
const MAX_STALE_RETRIES = 100;

/**
 * Group commit for the PostgreSQL store: appends that arrive while a batch is in flight are
 * sent together as the next batch, as one call of the stored function append_batch (one
 * round trip, one commit), each append keeping its own expected-revision check. Entry bytes
 * are built on a cached stream head, so an append needs no read first; a wrong guess comes
 * back as a stale reply and is rebuilt on the head the reply carries.
 */
export class AppendBatcher {
  private readonly queue: Pending[] = [];
  private pumpScheduled = false;
  private batchesInFlight = 0;
  private readonly busyStreams = new Set<string>();
  private readonly busyIds = new Set<string>();
  private readonly heads = new Map<string, Head>();
  private readonly fast: FastAppender;
  private readonly counters = { batches: 0, appends: 0, staleRetries: 0 };

  constructor(
    private readonly pool: Pool,
    private readonly names: SchemaNames,
    private readonly options: AppendBatcherOptions,
    private readonly hooks: AppendBatcherHooks,
  ) {
    this.fast = new FastAppender(pool, names);
  }

  stats(): { batches: number; appends: number; staleRetries: number } {
    return { ...this.counters };
  }

  async append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const v = validateAppend(stream, events, expected);
    for (const [i, ev] of v.events.entries()) {
      // The columns are timestamptz; validateAppend accepted anything Date.parse reads.
      isoDate(ev.metadata.effectiveAt, `events[${i}].metadata.effectiveAt`);
      isoDate(ev.metadata.recordedAt, `events[${i}].metadata.recordedAt`);
    }
    if (typeof v.expected === 'bigint' && v.expected > MAX_REVISION) {
      // Past what a bigint column can hold, so it cannot be the head.
      const head = await this.readHead(v.stream);
      throw new WrongExpectedRevision(
        v.stream,
        describeExpected(v.expected),
        head.revision < 0n ? null : head.revision,
      );
    }
    const base = this.guessHead(v.stream, v.expected) ?? (await this.readHead(v.stream));
    // Built now (an over-long entry fails here, before anything is queued) and rebuilt at
    // dispatch only if the head moved meanwhile.
    const built = buildAppend(v.stream, v.events, v.texts, base);
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({
        stream: v.stream,
        events: v.events,
        expected: v.expected,
        texts: v.texts,
        base,
        attempts: 0,
        solo: false,
        built,
        resolve,
        reject,
      });
      this.kick();
    });
  }

  /** Stream heads only move forward, so a newer head always wins over an older one. */
  learnHead(stream: string, head: Head): void {
    const cur = this.heads.get(stream);
    if (cur && cur.revision >= head.revision) return;
    if (cur) this.heads.delete(stream);
    else if (this.heads.size >= this.options.headCacheSize) {
      const oldest = this.heads.keys().next().value as string;
      this.heads.delete(oldest);
    }
    this.heads.set(stream, head);
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
    while (this.batchesInFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.takeBatch(this.options.maxBatchAppends);
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
    const built = this.buildBatch(batch);
    if (built.length === 0) return;
    this.counters.batches++;
    this.counters.appends += built.length;
    const rows = await this.send(built);
    if (rows) this.settle(built, rows);
  }

  /** Entry bytes for each append, rebuilt where the head moved; an append that cannot be built fails alone. */
  private buildBatch(batch: Pending[]): BuiltPending[] {
    const built: BuiltPending[] = [];
    for (const p of batch) {
      // Build on the newest head we know: the one found when the append was queued (or
      // in a stale reply), or a newer one cached since. A wrong guess costs a stale reply.
      const cached = this.heads.get(p.stream);
      const base = cached && cached.revision > p.base.revision ? cached : p.base;
      let b = p.built;
      p.built = null;
      if (!b || !sameHead(b.append, base)) {
        try {
          b = buildAppend(p.stream, p.events, p.texts, base);
        } catch (e) {
          p.reject(e);
          continue;
        }
      }
      built.push({ p, b });
    }
    return built;
  }

  /** One batch sent (see append-fast.ts): a row per append, or null when it failed (then handled here). */
  private async send(built: BuiltPending[]): Promise<BatchRow[] | null> {
    try {
      const appends = built.map((x) => ({ ...x.b.append, expected: x.p.expected }));
      const rows = await this.fast.send(appends);
      if (rows.length !== built.length)
        throw new Error(`append_batch returned ${rows.length} rows for ${built.length} appends`);
      return rows;
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
      return null;
    }
  }

  /** Resolves, rejects or requeues each append by its row of the reply. */
  private settle(built: BuiltPending[], rows: BatchRow[]): void {
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
          p.resolve(appendResult(p.stream, events, false));
          break;
        }
        case 'wrong': {
          this.learnHead(p.stream, { revision: row.headRevision, leafHash: row.headLeafHash });
          p.reject(
            new WrongExpectedRevision(
              p.stream,
              describeExpected(p.expected),
              row.headRevision < 0n ? null : row.headRevision,
            ),
          );
          break;
        }
        case 'stale': {
          const head = { revision: row.headRevision, leafHash: row.headLeafHash };
          this.learnHead(p.stream, head);
          p.base = head;
          p.attempts++;
          this.counters.staleRetries++;
          if (p.attempts > MAX_STALE_RETRIES)
            p.reject(new Error(`append to ${p.stream}: stream head kept moving; gave up after ${p.attempts} attempts`));
          else retry.push(p);
          break;
        }
        case 'existing':
          this.hooks.track(replayAppend(this.pool, this.names.s, p, row.positions).then(p.resolve, p.reject));
          break;
      }
    }
    // Retries go first, ahead of appends that arrived later.
    if (retry.length > 0) this.queue.unshift(...retry);
    if (wrote) this.hooks.committed();
  }
}
