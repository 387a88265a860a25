import type { EventStore, Position, RecordedEvent, Subscription } from '@ledger/event-store';
import { gather } from './gather';
import { contextFor, ProjectedEvent, Projection, ProjectionWorker } from './projection';
import { casesProjection } from './projections/cases.projection';
import { decisionsProjection } from './projections/decisions.projection';
import { rebuildProjections, RebuildProgress } from './rebuild';
import { CheckpointMoved, CheckpointWrite, ReadModelDb, WriteOp } from './storage/db';
import { ensureMeta, readCheckpoint, readMeta } from './storage/meta';
import { lagOf, readLiveCheckpoint, stateOf, type ProjectionStatus, type RunnerStatus } from './runner-status';
import { LeaseLost, type Leadership } from './storage/lease';

export const DEFAULT_PROJECTIONS: Projection[] = [casesProjection, decisionsProjection];

export interface RunnerLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface ProjectionRunnerOptions {
  store: EventStore;
  db: ReadModelDb;
  projections?: Projection[];
  /** Most events per transaction while tailing (default 1000). */
  batchSize?: number;
  /**
   * While events keep coming, a batch gathers them until this long after the previous commit
   * (default 20 ms), so the runner commits a few dozen times a second under load rather than
   * once per append; after a quiet spell the first event is applied at once.
   */
  gatherMs?: number;
  /** Events per transaction during a rebuild (default 10 000). */
  rebuildBatchSize?: number;
  /** PostgreSQL: only the holder of this lease projects; the others stand by. */
  leaderLock?: Leadership | null;
  /** How often a standby instance tries to take the lock (default 5 s). */
  standbyRetryMs?: number;
  /** Back-off after an infrastructure error (database busy, connection lost), doubling up to 30 s. */
  errorRetryMs?: number;
  logger?: RunnerLogger;
  clock?: () => Date;
}

interface Active {
  p: Projection;
  gen: number;
  worker: ProjectionWorker;
  position: Position | null;
  seq: number;
}

class Resync extends Error {}
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true },
    );
  });

/**
 * Tails the global log from each projection's checkpoint (store.subscribe) and commits
 * each batch's read-model changes together with the checkpoints, in one transaction.
 *
 * Guarantees:
 *  - exactly-once effect: a batch and its checkpoint commit together; the commit first
 *    checks the stored checkpoint is the one this runner started the batch from (and that
 *    the generation is still live), so a crash, a second writer or a rebuild swap can
 *    never make an event apply twice or be skipped;
 *  - an event a projection cannot handle stops that projection only, at that event: the
 *    events before it in the batch are committed, the error is stored with the checkpoint
 *    and shown by status(); the other projections carry on. A failed projection is tried
 *    again once when the runner starts, or on retry(name); never in a loop;
 *  - infrastructure errors (busy database, lost connection) back off and resubscribe;
 *  - with a leader lock (PostgreSQL), only the lock holder projects.
 */
export class ProjectionRunner {
  private readonly store: EventStore;
  private readonly db: ReadModelDb;
  private readonly projections: Projection[];
  private readonly batchSize: number;
  private readonly gatherMs: number;
  /** performance.now() when the last batch committed. */
  private lastCommit = -Infinity;
  private readonly rebuildBatchSize: number;
  private readonly lock: Leadership | null;
  private readonly standbyRetryMs: number;
  private readonly errorRetryMs: number;
  private readonly logger?: RunnerLogger;
  private readonly clock: () => Date;
  private role: RunnerStatus['role'] = 'stopped';
  private lastError: string | null = null;
  private consecutiveErrors = 0;
  private abort: AbortController | null = null;
  private loop: Promise<void> | null = null;
  private subscription: Subscription | null = null;
  private readonly failed = new Set<string>();
  private readonly retryOnce = new Set<string>();
  private wake: (() => void) | null = null;

  constructor(options: ProjectionRunnerOptions) {
    this.store = options.store;
    this.db = options.db;
    this.projections = options.projections ?? DEFAULT_PROJECTIONS;
    this.batchSize = options.batchSize ?? 1000;
    this.gatherMs = options.gatherMs ?? 20;
    this.rebuildBatchSize = options.rebuildBatchSize ?? 10_000;
    this.lock = options.leaderLock ?? null;
    this.standbyRetryMs = options.standbyRetryMs ?? 5000;
    this.errorRetryMs = options.errorRetryMs ?? 500;
    this.logger = options.logger;
    this.clock = options.clock ?? (() => new Date());
    this.lock?.onLost((e) => {
      this.logger?.warn(`Projection leader lease lost (${e.message}); standing by`);
      this.role = 'standby';
      void this.subscription?.stop();
    });
  }

  /** Starts projecting in the background. Resolves once the bookkeeping tables exist. */
  async start(): Promise<void> {
    if (this.loop) return;
    await ensureMeta(this.db);
    for (const p of this.projections) this.retryOnce.add(p.name);
    this.abort = new AbortController();
    this.loop = this.run(this.abort.signal);
  }

  async stop(): Promise<void> {
    if (!this.abort) return;
    this.abort.abort();
    this.wake?.();
    await this.subscription?.stop().catch(() => undefined);
    await this.loop;
    this.loop = null;
    this.abort = null;
    this.role = 'stopped';
    await this.lock?.release().catch(() => undefined);
  }

  /** Clears a failed projection's error and tries it again. */
  async retry(name: string): Promise<void> {
    this.failed.delete(name);
    this.retryOnce.add(name);
    void this.subscription?.stop();
    this.wake?.();
  }

  /**
   * Resolves when every running projection has reached the log's head as it was when
   * called (or has failed). For tests and the CLI.
   */
  async waitUntilCaughtUp(timeoutMs = 60_000): Promise<void> {
    const head = await this.store.headPosition();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const st = await this.status();
      const pending = st.projections.filter(
        (p) =>
          p.state !== 'failed' &&
          (p.position === null
            ? head !== null
            : head !== null && this.store.comparePositions(p.position as Position, head) < 0),
      );
      if (pending.length === 0) return;
      if (Date.now() > deadline)
        throw new Error(
          `Projections not caught up after ${timeoutMs} ms: ${pending.map((p) => `${p.name}@${p.position}`).join(', ')}`,
        );
      await sleep(20);
    }
  }

  /** Rebuilds one projection, or all, into shadow tables and swaps them in (see rebuild.ts). */
  async rebuild(name?: string, onProgress?: (p: RebuildProgress) => void): Promise<Record<string, number>> {
    const selected = name ? this.projections.filter((p) => p.name === name) : this.projections;
    if (name && selected.length === 0)
      throw new Error(`No projection named ${name}; known: ${this.projections.map((p) => p.name).join(', ')}`);
    const gens = await rebuildProjections(this.db, this.store, selected, {
      batchSize: this.rebuildBatchSize,
      onProgress,
    });
    for (const p of selected) this.failed.delete(p.name);
    void this.subscription?.stop();
    this.wake?.();
    return gens;
  }

  async status(): Promise<RunnerStatus> {
    const head = await this.store.headPosition();
    const projections: ProjectionStatus[] = [];
    for (const p of this.projections) projections.push(await this.projectionStatus(p, head));
    const healthy = projections.every((p) => p.state !== 'failed') && this.consecutiveErrors < 3;
    return { role: this.role, head, healthy, lastError: this.lastError, projections };
  }

  private async projectionStatus(p: Projection, head: Position | null): Promise<ProjectionStatus> {
    const live = await readLiveCheckpoint(this.db, p.name);
    const lag = await lagOf(this.store, live.position, head, this.clock);
    const state = stateOf(live, this.role, this.failed.has(p.name));
    return {
      name: p.name,
      generation: live.generation,
      version: p.version,
      state,
      position: live.position,
      seq: live.seq,
      ...lag,
      error: live.error,
    };
  }

  private async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        if (this.lock && !(await this.lock.tryAcquire())) {
          this.role = 'standby';
          await sleep(this.standbyRetryMs, signal);
          continue;
        }
        this.role = 'leader';
        await this.prepare();
        await this.tail(signal);
        this.consecutiveErrors = 0;
      } catch (e) {
        if (signal.aborted) break;
        if (e instanceof LeaseLost) {
          this.role = 'standby';
          continue;
        }
        if (e instanceof Resync || e instanceof CheckpointMoved) {
          this.logger?.log(`Projection runner resubscribing: ${(e as Error).message}`);
          continue;
        }
        this.consecutiveErrors++;
        this.lastError = e instanceof Error ? e.message : String(e);
        this.logger?.error(`Projection runner error (attempt ${this.consecutiveErrors}): ${this.lastError}`);
        await sleep(Math.min(30_000, this.errorRetryMs * 2 ** Math.min(this.consecutiveErrors - 1, 6)), signal);
      }
    }
  }

  /** Builds projections that were never built, or whose code version changed (old model serves meanwhile). */
  private async prepare(): Promise<void> {
    const stale: Projection[] = [];
    for (const p of this.projections) {
      const meta = await readMeta(this.db, p.name);
      if (!meta || meta.live_generation === null || Number(meta.version) !== p.version) stale.push(p);
    }
    if (stale.length) {
      this.logger?.log(`Building projections ${stale.map((p) => p.name).join(', ')}`);
      await rebuildProjections(this.db, this.store, stale, { batchSize: this.rebuildBatchSize });
    }
  }

  private async loadActive(): Promise<Active[]> {
    const active: Active[] = [];
    for (const p of this.projections) {
      if (this.failed.has(p.name)) continue;
      const meta = await readMeta(this.db, p.name);
      if (!meta || meta.live_generation === null) continue;
      const gen = Number(meta.live_generation);
      const cp = await readCheckpoint(this.db, p.name, gen);
      if (cp?.error && !this.retryOnce.has(p.name)) {
        this.failed.add(p.name);
        continue;
      }
      this.retryOnce.delete(p.name);
      active.push({
        p,
        gen,
        worker: p.worker(contextFor(this.db, this.store, gen, 'live')),
        position: (cp?.position ?? null) as Position | null,
        seq: cp?.seq ?? 0,
      });
    }
    return active;
  }

  private async tail(signal: AbortSignal): Promise<void> {
    const active = await this.loadActive();
    if (active.length === 0) {
      // Nothing to do until retry() or a rebuild.
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        signal.addEventListener('abort', () => resolve(), { once: true });
      });
      this.wake = null;
      return;
    }
    let from: Position | null = active[0].position;
    for (const a of active) {
      if (a.position === null || (from !== null && this.store.comparePositions(a.position, from) < 0))
        from = a.position;
      if (a.position === null) break;
    }
    if (active.some((a) => a.position === null)) from = null;
    const sub = this.store.subscribe({ after: from, batchSize: this.batchSize });
    this.subscription = sub;
    const it = sub[Symbol.asyncIterator]();
    let pending: Promise<IteratorResult<RecordedEvent>> | null = null;
    try {
      while (!signal.aborted) {
        const first = await (pending ?? it.next());
        if (first.done) return;
        const waitMs = this.lastCommit + this.gatherMs - performance.now();
        const got = await gather(it, first.value, this.batchSize, waitMs);
        pending = got.pending;
        await this.applyBatch(active, got.batch);
        this.lastCommit = performance.now();
        if (active.every((a) => this.failed.has(a.p.name))) return;
      }
    } finally {
      this.subscription = null;
      await sub.stop().catch(() => undefined);
    }
  }

  private async applyBatch(active: Active[], batch: RecordedEvent[]): Promise<void> {
    const ops: WriteOp[] = [];
    const checkpoints: CheckpointWrite[] = [];
    const planned: Array<{ a: Active; count: number; failedAt?: { event: RecordedEvent; error: Error } }> = [];
    try {
      for (const a of active) {
        if (this.failed.has(a.p.name)) continue;
        const events =
          a.position === null
            ? batch
            : batch.filter((e) => this.store.comparePositions(e.position, a.position as Position) > 0);
        if (events.length === 0) continue;
        const projected: ProjectedEvent[] = events.map((event, i) => ({ event, seq: a.seq + i + 1 }));
        let r = await a.worker.plan(projected);
        let failedAt: { event: RecordedEvent; error: Error } | undefined;
        if (r.failure) {
          failedAt = { event: events[r.failure.index], error: r.failure.error };
          // Plan again without the failing event and what follows, so caches hold exactly what commits.
          a.worker.discarded();
          r = r.failure.index > 0 ? await a.worker.plan(projected.slice(0, r.failure.index)) : { ops: [], handled: 0 };
          if (r.failure) throw r.failure.error;
        }
        const count = failedAt ? r.handled : events.length;
        const last = count > 0 ? events[count - 1].position : a.position;
        ops.push(...r.ops);
        checkpoints.push({
          projection: a.p.name,
          generation: a.gen,
          live: true,
          expected: a.position,
          position: last,
          seq: a.seq + count,
          error: failedAt
            ? {
                message: `${failedAt.event.type} at ${failedAt.event.position}: ${failedAt.error.message}`,
                eventId: failedAt.event.eventId,
                position: failedAt.event.position,
                at: this.clock().toISOString(),
              }
            : null,
        });
        planned.push({ a, count, failedAt });
      }
      if (checkpoints.length) await this.db.commit({ ops, checkpoints });
    } catch (e) {
      for (const a of active) a.worker.discarded();
      throw e;
    }
    for (const { a, count, failedAt } of planned) {
      a.worker.committed();
      a.seq += count;
      const cp = checkpoints.find((c) => c.projection === a.p.name)!;
      a.position = cp.position as Position | null;
      if (failedAt) {
        this.failed.add(a.p.name);
        this.logger?.error(
          `Projection ${a.p.name} stopped at event ${failedAt.event.eventId} (${failedAt.event.type}, position ${failedAt.event.position}): ${failedAt.error.message}`,
        );
      }
    }
    this.consecutiveErrors = 0;
    this.lastError = null;
  }
}
