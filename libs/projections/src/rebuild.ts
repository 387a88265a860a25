import type { EventStore, Position } from '@ledger/event-store';
import { logReaderFor, type LogReader } from './log-reader';
import { contextFor, ProjectableEvent, ProjectedEvent, Projection, ProjectionWorker } from './projection';
import { CheckpointWrite, META_TABLES, ReadModelDb, SqlValue, WriteOp } from './storage/db';
import { ensureMeta, listGenerations, readMeta, swapSql } from './storage/meta';
import { createIndexSql, createTableSql, dropTableSql } from './storage/schema';

export interface RebuildProgress {
  projections: string[];
  phase: 'loading' | 'indexing' | 'catching-up' | 'swapped';
  /** Events projected so far. */
  done: number;
  /** Events in the log when the rebuild started (null if the store's positions are not counts). */
  total: number | null;
  eventsPerSecond: number;
}

export interface RebuildOptions {
  /** Events per transaction. Large batches coalesce the writes of a case touched many times. */
  batchSize?: number;
  onProgress?: (p: RebuildProgress) => void;
}

/** Number of events up to a position, when the store's positions are gap-free counts (SQLite, PostgreSQL). */
export function positionCount(p: Position | null): number | null {
  if (p === null) return 0;
  return /^[0-9]{1,15}$/.test(p) ? Number(p) : null;
}

interface Target {
  p: Projection;
  gen: number;
  worker: ProjectionWorker;
  position: Position | null;
  seq: number;
}

/** A new, empty generation of the projection's tables; abandoned shadows and the generation before the live one go. */
async function prepareShadow(db: ReadModelDb, store: EventStore, p: Projection): Promise<Target> {
  const meta = await readMeta(db, p.name);
  const live = meta?.live_generation ?? null;
  const gens = await listGenerations(db, p.name);
  for (const g of gens) {
    if (g === live) continue;
    for (const t of p.tables) await db.exec(dropTableSql(db, t, g));
    await db.run(`DELETE FROM ${db.table(META_TABLES.checkpoints)} WHERE projection = ? AND generation = ?`, [
      p.name,
      g,
    ]);
  }
  const gen = Math.max(0, live ?? 0, ...gens) + 1;
  for (const t of p.tables) await db.exec(createTableSql(db, t, gen));
  await db.run(
    `INSERT INTO ${db.table(META_TABLES.checkpoints)} (projection, generation, position, seq) VALUES (?, ?, NULL, 0)`,
    [p.name, gen],
  );
  return { p, gen, worker: p.worker(contextFor(db, store, gen, 'rebuild')), position: null, seq: 0 };
}

/** Every target's writes and checkpoint for one page; a projection that cannot handle an event stops the rebuild. */
async function planPage(
  targets: Target[],
  page: ProjectableEvent[],
): Promise<{ ops: WriteOp[]; checkpoints: CheckpointWrite[] }> {
  const ops: WriteOp[] = [];
  const checkpoints: CheckpointWrite[] = [];
  for (const t of targets) {
    const batch: ProjectedEvent[] = page.map((event, i) => ({ event, seq: t.seq + i + 1 }));
    const r = await t.worker.plan(batch);
    if (r.failure) {
      for (const x of targets) x.worker.discarded();
      const e = page[r.failure.index];
      throw new Error(
        `Rebuild of ${t.p.name} stopped at event ${e.eventId} (position ${e.position}, ${e.type}): ${r.failure.error.message}`,
      );
    }
    ops.push(...r.ops);
    checkpoints.push({
      projection: t.p.name,
      generation: t.gen,
      expected: t.position,
      position: page[page.length - 1].position,
      seq: t.seq + page.length,
    });
  }
  return { ops, checkpoints };
}

/** Commits the writes the workers held back, with checkpoints that stay where they are, and `extra`. */
async function flushTargets(
  db: ReadModelDb,
  targets: Target[],
  extra: Array<{ sql: string; params?: SqlValue[] }> = [],
): Promise<void> {
  const ops = targets.flatMap((t) => t.worker.flush?.() ?? []);
  const checkpoints = targets.map((t) => ({
    projection: t.p.name,
    generation: t.gen,
    expected: t.position,
    position: t.position,
    seq: t.seq,
  }));
  try {
    await db.commit({ ops, checkpoints, extra });
  } catch (e) {
    for (const t of targets) t.worker.discarded();
    throw e;
  }
  for (const t of targets) t.worker.committed();
}

/** Projects the next page of the log into every target and commits it; returns its length. */
async function pumpPage(db: ReadModelDb, reader: LogReader, targets: Target[], batchSize: number): Promise<number> {
  const page = await reader.page(targets[0].position, batchSize);
  if (page.length === 0) return 0;
  const { ops, checkpoints } = await planPage(targets, page);
  try {
    await db.commit({ ops, checkpoints });
  } catch (e) {
    for (const t of targets) t.worker.discarded();
    throw e;
  }
  for (const t of targets) {
    t.worker.committed();
    t.position = page[page.length - 1].position;
    t.seq += page.length;
  }
  return page.length;
}

/**
 * Rebuilds projections into a new generation of their tables (shadow tables) while the
 * live generation keeps serving queries and keeps being projected by the runner. Once the
 * shadow has caught up with the log, one transaction makes it live; the runner notices
 * (its next commit finds the generation changed) and carries on from the new checkpoint.
 * The previous generation is kept until the next rebuild, for queries in flight.
 */
export async function rebuildProjections(
  db: ReadModelDb,
  store: EventStore,
  projections: Projection[],
  options: RebuildOptions = {},
): Promise<Record<string, number>> {
  const batchSize = options.batchSize ?? 10_000;
  await ensureMeta(db);
  const started = Date.now();
  const total = positionCount(await store.headPosition());
  const targets: Target[] = [];
  for (const p of projections) targets.push(await prepareShadow(db, store, p));
  const names = targets.map((t) => t.p.name);
  let done = 0;
  const report = (phase: RebuildProgress['phase']) => {
    const secs = (Date.now() - started) / 1000;
    options.onProgress?.({
      projections: names,
      phase,
      done,
      total,
      eventsPerSecond: secs > 0 ? Math.round(done / secs) : 0,
    });
  };

  const reader = logReaderFor(store);
  try {
    const pump = async (phase: RebuildProgress['phase']) => {
      for (;;) {
        const n = await pumpPage(db, reader, targets, batchSize);
        done += n;
        if (n > 0) report(phase);
        if (n < batchSize) return;
      }
    };
    await pump('loading');
    await flushTargets(db, targets);
    report('indexing');
    for (const t of targets)
      for (const spec of t.p.tables) for (const sql of createIndexSql(db, spec, t.gen)) await db.exec(sql);
    await pump('catching-up');
  } finally {
    reader.close();
  }
  // Swap: the checkpoints are re-checked in the same transaction, so nothing projected
  // into the shadow is lost between the last catch-up and the swap.
  await flushTargets(
    db,
    targets,
    targets.map((t) => swapSql(db, t.p.name, t.gen, t.p.version)),
  );
  report('swapped');
  return Object.fromEntries(targets.map((t) => [t.p.name, t.gen]));
}
