import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEventStoreContract } from '../testing/contract';
import { SqliteEventStore } from './sqlite-event-store';

runEventStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-contract-'));
  const store = await SqliteEventStore.open({ file: join(dir, 'ledger.sqlite') });
  return { store, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});
