import type { EventStore, RecordedEvent } from '@ledger/event-store';
import type { ReadModelDb, WriteOp } from './storage/db';
import type { TableSpec } from './storage/schema';
import { generationTable } from './storage/db';

/** What a projection reads of a stored event: everything but the bytes and hash the integrity layer checks. */
export type ProjectableEvent = Omit<RecordedEvent, 'leafHash' | 'entryBytes'>;

/** An event as a projection sees it: the stored event and its 1-based index in the global log. */
export interface ProjectedEvent {
  event: ProjectableEvent;
  /** 1-based index in the global log (deterministic; used to order rows). */
  seq: number;
}

export interface ProjectionContext {
  db: ReadModelDb;
  store: EventStore;
  generation: number;
  /** Physical (unquoted) name of a logical table in this generation. */
  table(logical: string): string;
  mode: 'live' | 'rebuild';
}

export interface PlanResult {
  ops: WriteOp[];
  /** Events handled, from the start of the batch. Less than the batch length when one failed. */
  handled: number;
  failure?: { index: number; error: Error };
}

/**
 * Plans each event in order and stops at the first one that cannot be planned: the events
 * before it are handled, and the runner stores the failure with the checkpoint.
 */
export async function planInOrder(
  events: ProjectedEvent[],
  planOne: (e: ProjectedEvent['event'], seq: number) => Promise<void>,
): Promise<Pick<PlanResult, 'handled' | 'failure'>> {
  for (let i = 0; i < events.length; i++) {
    try {
      await planOne(events[i].event, events[i].seq);
    } catch (err) {
      return { handled: i, failure: { index: i, error: err instanceof Error ? err : new Error(String(err)) } };
    }
  }
  return { handled: events.length };
}

/**
 * One read model. `plan` computes every write for a batch without writing anything; the
 * runner then commits the writes and the checkpoint together. Caches a worker keeps must
 * follow `committed` / `discarded`, so a failed commit never leaves them ahead of the tables.
 */
export interface ProjectionWorker {
  plan(events: ProjectedEvent[]): Promise<PlanResult>;
  /**
   * A rebuild's worker may hold back writes its plans computed (rows rewritten by every
   * batch); flush returns them, and committed() or discarded() follows as after plan.
   * The rebuild flushes before it builds the indexes and again in the swap.
   */
  flush?(): WriteOp[];
  committed(): void;
  discarded(): void;
}

export interface Projection {
  readonly name: string;
  /** Bump when the tables or the logic change: the runner then rebuilds (old model keeps serving). */
  readonly version: number;
  readonly tables: TableSpec[];
  worker(ctx: ProjectionContext): ProjectionWorker;
}

export function contextFor(
  db: ReadModelDb,
  store: EventStore,
  generation: number,
  mode: 'live' | 'rebuild',
): ProjectionContext {
  return { db, store, generation, mode, table: (logical) => generationTable(logical, generation) };
}
