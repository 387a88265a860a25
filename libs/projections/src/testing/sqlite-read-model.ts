import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { openReadModel, type OpenedReadModel } from '../open';
import { loadScript } from './load-script';

export interface LoadedReadModel {
  store: SqliteEventStore;
  rm: OpenedReadModel;
  close(): Promise<void>;
}

/** A real SQLite file in a temp folder, loaded with `steps` and projected up to the log's head. */
export async function sqliteReadModelOver(steps: Parameters<typeof loadScript>[1], now: Date, dirPrefix = 'ledger-rm-'): Promise<LoadedReadModel> {
  const dir = mkdtempSync(join(tmpdir(), dirPrefix));
  const store = await SqliteEventStore.open({ file: join(dir, 'ledger.sqlite') });
  await loadScript(store, steps);
  const rm = await openReadModel(store, { backend: 'sqlite', file: store.file }, { clock: () => now });
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
