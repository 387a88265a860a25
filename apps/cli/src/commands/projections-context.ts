/**
 * Opens the store and the read model from the environment (STORE, DATA_DIR, DATABASE_URL,
 * DATABASE_SCHEMA, EVENTSTORE_URL, READ_MODEL_URL), where placementOf puts them, as the API does.
 */
import type { EventStore } from '@ledger/event-store';
import { loadConfig, openEventStore, placementOf } from '@ledger/governance';
import { openReadModel, type OpenedReadModel } from '@ledger/projections';

export async function openProjections(
  env: Record<string, string | undefined> = process.env,
): Promise<{ store: EventStore; rm: OpenedReadModel; close(): Promise<void> }> {
  const cfg = loadConfig(env);
  const store = await openEventStore(cfg);
  const target = placementOf(cfg).readModels;
  let rm: OpenedReadModel;
  try {
    rm = await openReadModel(
      store,
      target.dialect === 'postgres'
        ? { backend: 'postgres', connectionString: target.url, schema: target.schema }
        : { backend: 'sqlite', file: target.file },
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
