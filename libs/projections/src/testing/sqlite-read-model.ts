import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import type { EventStore } from '@ledger/event-store';
import { openReadModel, type OpenedReadModel } from '../open';

export interface LoadedReadModel {
  store: SqliteEventStore;
  rm: OpenedReadModel;
  close(): Promise<void>;
}

/**
 * A real SQLite file in a temp folder, filled by `load` and projected up to the log's head.
 * The caller writes the log (through the write side's test loader): the read side does not
 * import the write side.
 */
export async function sqliteReadModelOver(
  load: (store: EventStore) => Promise<unknown>,
  now: Date,
  dirPrefix = 'ledger-rm-',
  batchSize?: number,
  gatherMs?: number,
): Promise<LoadedReadModel> {
  const dir = mkdtempSync(join(tmpdir(), dirPrefix));
  const store = await SqliteEventStore.open({ file: join(dir, 'ledger.sqlite') });
  await load(store);
  const rm = await openReadModel(
    store,
    { backend: 'sqlite', file: store.file },
    { clock: () => now, ...(batchSize ? { batchSize } : {}), ...(gatherMs ? { gatherMs } : {}) },
  );
  await rm.runner.start();
  await rm.runner.waitUntilCaughtUp();
  return {
    store,
    rm,
    async close() {
      await rm.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
