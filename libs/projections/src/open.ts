import type { EventStore } from '@ledger/event-store';
import { LedgerQueries } from './queries';
import { ProjectionRunner, ProjectionRunnerOptions } from './runner';
import type { ReadModelDb } from './storage/db';
import { LeaderLock, PostgresReadModelDb } from './storage/postgres';
import { SqliteReadModelDb } from './storage/sqlite';

export type ReadModelConfig =
  | { backend: 'sqlite'; file: string }
  | { backend: 'postgres'; connectionString: string; schema: string };

export interface OpenedReadModel {
  db: ReadModelDb;
  runner: ProjectionRunner;
  queries: LedgerQueries;
  /** Stops the runner and closes the read model's connections (not the store). */
  close(): Promise<void>;
}

/**
 * Wires the read side over an event store. SQLite: the store's own file (tables rm_*),
 * through this library's own connections. PostgreSQL: the given schema (the store's, by
 * default in the CLI), with a leader lock so only one instance projects.
 * The runner is created, not started: call runner.start().
 */
export async function openReadModel(store: EventStore, config: ReadModelConfig, runnerOptions: Partial<ProjectionRunnerOptions> = {}): Promise<OpenedReadModel> {
  let db: ReadModelDb;
  let leaderLock: LeaderLock | null = null;
  if (config.backend === 'sqlite') {
    db = SqliteReadModelDb.open({ file: config.file });
  } else {
    db = await PostgresReadModelDb.connect({ connectionString: config.connectionString, schema: config.schema });
    leaderLock = LeaderLock.forSchema(config.connectionString, config.schema);
  }
  const runner = new ProjectionRunner({ store, db, leaderLock, ...runnerOptions });
  const queries = new LedgerQueries({ db, store, clock: runnerOptions.clock });
  return {
    db,
    runner,
    queries,
    close: async () => {
      await runner.stop();
      await db.close();
    },
  };
}
