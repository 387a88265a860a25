import type { EventStore, Position } from '@ledger/event-store';
import { positionCount } from './rebuild';
import type { ReadModelDb } from './storage/db';
import { readCheckpoint, readMeta } from './storage/meta';

/*
 * What the runner reports about each projection (health checks, `ledger projections status`),
 * read from the bookkeeping tables and the log, apart from the loop that projects (runner.ts).
 */

export interface ProjectionError {
  message: string;
  eventId: string;
  position: string;
  at: string;
}

export interface ProjectionStatus {
  name: string;
  generation: number | null;
  version: number;
  state: 'running' | 'failed' | 'stopped' | 'standby' | 'not-built';
  position: string | null;
  /** Events projected (index of the checkpoint in the global log). */
  seq: number;
  /** Events in the log after the checkpoint (null if it cannot be counted). */
  lagEvents: number | null;
  /** Age of the oldest event not yet projected, in seconds (0 when caught up). */
  lagSeconds: number | null;
  error: ProjectionError | null;
}

export interface RunnerStatus {
  role: 'leader' | 'standby' | 'stopped';
  head: string | null;
  /** False when a projection failed, or the runner keeps hitting an infrastructure error. */
  healthy: boolean;
  lastError: string | null;
  projections: ProjectionStatus[];
}

/** A projection's live generation and where its checkpoint stands. */
interface LiveCheckpoint {
  generation: number | null;
  position: string | null;
  seq: number;
  error: ProjectionError | null;
}

export async function readLiveCheckpoint(db: ReadModelDb, name: string): Promise<LiveCheckpoint> {
  const meta = await readMeta(db, name);
  const generation =
    meta?.live_generation === null || meta?.live_generation === undefined ? null : Number(meta.live_generation);
  const cp = generation === null ? null : await readCheckpoint(db, name, generation);
  const error: ProjectionError | null = cp?.error
    ? { message: cp.error, eventId: cp.error_event_id ?? '', position: cp.error_position ?? '', at: cp.error_at ?? '' }
    : null;
  return { generation, position: cp?.position ?? null, seq: cp?.seq ?? 0, error };
}

/** A stored error shows as failed on the leader only once the runner has met it again (a retry clears it). */
export function stateOf(
  live: LiveCheckpoint,
  role: RunnerStatus['role'],
  failedHere: boolean,
): ProjectionStatus['state'] {
  if (live.generation === null) return 'not-built';
  if (live.error && (failedHere || role !== 'leader')) return 'failed';
  if (role === 'leader') return 'running';
  return role === 'standby' ? 'standby' : 'stopped';
}

/** How far behind the log's head a checkpoint is, in events and in the age of the oldest event not yet projected. */
export async function lagOf(
  store: EventStore,
  position: string | null,
  head: Position | null,
  clock: () => Date,
): Promise<{ lagEvents: number | null; lagSeconds: number | null }> {
  const lagEvents = await lagCount(store, position as Position | null, head);
  const lagSeconds = lagEvents === 0 ? 0 : await lagAge(store, position as Position | null, clock);
  return { lagEvents, lagSeconds };
}

async function lagCount(store: EventStore, position: Position | null, head: Position | null): Promise<number | null> {
  if (head === null) return 0;
  const h = positionCount(head);
  const p = positionCount(position);
  if (h !== null && p !== null) return Math.max(0, h - p);
  let n = 0;
  for await (const _ of store.readAll({ after: position, limit: 10_000 })) n++;
  return n < 10_000 ? n : null;
}

async function lagAge(store: EventStore, position: Position | null, clock: () => Date): Promise<number | null> {
  for await (const e of store.readAll({ after: position, limit: 1 })) {
    return Math.max(0, (clock().getTime() - Date.parse(e.metadata.recordedAt)) / 1000);
  }
  return 0;
}
