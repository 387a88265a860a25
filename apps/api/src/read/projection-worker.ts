/**
 * The projection thread (projection-thread.ts): a ProjectionRunner with its own connections
 * to the store's file, the log read through its own SqliteEventStore (reads only) and the
 * read models written through its own SqliteReadModelDb.
 */
import { workerData } from 'node:worker_threads';
// Only the modules the runner needs, not the libraries' indexes (queries, feeds): the thread starts sooner.
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { ProjectionRunner } from '@ledger/projections/runner';
import { SqliteReadModelDb } from '@ledger/projections/storage/sqlite';
import { serveCalls, threadLogger } from '../common/thread-calls';

export interface ProjectionWorkerData {
  /** The event store's file. */
  storeFile: string;
  /** The read models' file (the store's own, by default). */
  readModelFile: string;
  /** How often the thread looks for appends the API committed (ms). */
  pollMs: number;
}

export type ProjectionRequest = { op: 'start' } | { op: 'stop' } | { op: 'status' };

const data = workerData as ProjectionWorkerData;
let opened: { store: SqliteEventStore; db: SqliteReadModelDb; runner: ProjectionRunner } | null = null;

async function open(): Promise<NonNullable<typeof opened>> {
  const store = await SqliteEventStore.open({ file: data.storeFile, pollMs: data.pollMs });
  const db = SqliteReadModelDb.open({ file: data.readModelFile });
  return { store, db, runner: new ProjectionRunner({ store, db, logger: threadLogger() }) };
}

serveCalls<ProjectionRequest>(async (req) => {
  if (req.op === 'start') {
    opened ??= await open();
    return opened.runner.start();
  }
  if (!opened) throw new Error('the projection thread has not started');
  if (req.op === 'status') return opened.runner.status();
  const { runner, db, store } = opened;
  opened = null;
  await runner.stop();
  await db.close();
  await store.close();
});
