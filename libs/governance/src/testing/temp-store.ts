import { SqliteEventStore } from '@ledger/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempStore {
  /** The log's file, for a second store on the same log (another process). */
  file: string;
  store: SqliteEventStore;
  /** Closes the store and removes its directory. */
  cleanup(): Promise<void>;
}

/** A SQLite event store on a new log in a directory of its own under the system's temporary directory. */
export async function tempSqliteStore(prefix: string): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, 'ledger.sqlite');
  const store = await SqliteEventStore.open({ file });
  return {
    file,
    store,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A temporary store for each test of the suite (or, with 'all', one for the whole suite),
 * opened before and removed after. Called inside a describe; usable inside tests and later hooks.
 */
export function useTempStore(prefix: string, scope: 'each' | 'all' = 'each'): TempStore {
  const t = {} as TempStore;
  (scope === 'all' ? beforeAll : beforeEach)(async () => {
    Object.assign(t, await tempSqliteStore(prefix));
  });
  (scope === 'all' ? afterAll : afterEach)(() => t.cleanup());
  return t;
}
