import type { EventStore } from '@ledger/event-store';
import { LedgerQueries } from './queries';
import { ProjectionRunner, ProjectionRunnerOptions } from './runner';
import type { ReadModelDb } from './storage/db';
import { Lease } from './storage/lease';
import { PostgresReadModelDb } from './storage/postgres';
import { SqliteReadModelDb } from './storage/sqlite';

export type ReadModelConfig =
  | { backend: 'sqlite'; file: string }
  | {
      backend: 'postgres';
      connectionString: string;
      schema: string;
      /** Leader lease length (default 10 s). */ leaseMs?: number;
    };

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
 * default in the CLI), with a leader lease so only one instance projects (storage/lease.ts).
 * The runner is created, not started: call runner.start().
 */
export async function openReadModel(
  store: EventStore,
  config: ReadModelConfig,
  runnerOptions: Partial<ProjectionRunnerOptions> = {},
): Promise<OpenedReadModel> {
  let db: ReadModelDb;
  let leaderLock: Lease | null = null;
  if (config.backend === 'sqlite') {
    db = SqliteReadModelDb.open({ file: config.file });
  } else {
    const pg = await PostgresReadModelDb.connect({ connectionString: config.connectionString, schema: config.schema });
    leaderLock = Lease.forSchema(config.connectionString, config.schema, 'projections', config.leaseMs);
    pg.leadership = leaderLock;
    db = pg;
  }
  // A standby looks for an expired lease twice per lease length, so failover takes at most about 1.5 leases.
  const standbyRetryMs = leaderLock ? Math.min(5000, Math.floor(leaderLock.ttlMs / 2)) : undefined;
  const runner = new ProjectionRunner({ store, db, leaderLock, standbyRetryMs, ...runnerOptions });
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
