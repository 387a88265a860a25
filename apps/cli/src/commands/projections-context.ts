/** Opens the store and the read model from the environment (STORE, DATA_DIR, DATABASE_URL, DATABASE_SCHEMA). */
import { SqliteEventStore, type EventStore } from '@ledger/event-store';
import { PostgresEventStore } from '@ledger/event-store/postgres';
import { loadConfig } from '@ledger/governance';
import { openReadModel, type OpenedReadModel } from '@ledger/projections';

export async function openProjections(env: Record<string, string | undefined> = process.env): Promise<{ store: EventStore; rm: OpenedReadModel; close(): Promise<void> }> {
  const cfg = loadConfig(env);
  if (cfg.store === 'eventstoredb') throw new Error('the projection commands support STORE=sqlite or STORE=postgres');
  const pg = cfg.store === 'postgres';
  const store: EventStore = pg ? await PostgresEventStore.connect({ connectionString: cfg.databaseUrl as string, schema: cfg.databaseSchema }) : await SqliteEventStore.open({ file: cfg.sqliteFile });
  const rm = await openReadModel(store, pg ? { backend: 'postgres', connectionString: cfg.databaseUrl as string, schema: cfg.databaseSchema } : { backend: 'sqlite', file: cfg.sqliteFile });
  return {
    store,
    rm,
    async close() {
      await rm.close();
      await store.close();
    },
  };
}
