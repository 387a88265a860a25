/**
 * Opens the store and the read model from the environment (STORE, DATA_DIR, DATABASE_URL,
 * DATABASE_SCHEMA, EVENTSTORE_URL, READ_MODEL_URL), where the API would: the log through
 * openEventStore, the read model where appTablesBackend puts the app tables (with
 * STORE=eventstoredb: READ_MODEL_URL, or the SQLite file in DATA_DIR).
 */
import type { EventStore } from '@ledger/event-store';
import { appTablesBackend, loadConfig, openEventStore } from '@ledger/governance';
import { openReadModel, type OpenedReadModel } from '@ledger/projections';

export async function openProjections(env: Record<string, string | undefined> = process.env): Promise<{ store: EventStore; rm: OpenedReadModel; close(): Promise<void> }> {
  const cfg = loadConfig(env);
  const store = await openEventStore(cfg);
  const target = appTablesBackend(cfg);
  let rm: OpenedReadModel;
  try {
    rm = await openReadModel(
      store,
      target.dialect === 'postgres' ? { backend: 'postgres', connectionString: target.url, schema: cfg.databaseSchema } : { backend: 'sqlite', file: target.file },
    );
  } catch (e) {
    await store.close();
    throw e;
  }
  return {
    store,
    rm,
    async close() {
      await rm.close();
      await store.close();
    },
  };
}
