import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import type { LogSigner } from '../keys/signer';
import { Sealer } from '../sealer/sealer';
import { SqliteSealerStorage } from '../storage/sqlite';
import { fill } from './fixtures';

/** A SQLite log `<name>.sqlite` in `dir`, filled with `events` events over `streams` streams and sealed up to its head. */
export async function sealedLog(
  dir: string,
  signer: LogSigner,
  o: { events: number; streams: number; batchSize?: number; name?: string },
): Promise<{ file: string; store: SqliteEventStore; storage: SqliteSealerStorage; sealer: Sealer }> {
  const file = join(dir, `${o.name ?? 'ledger'}.sqlite`);
  const store = await SqliteEventStore.open({ file });
  await fill(store, o.events, o.streams);
  const batchSize = o.batchSize;
  const storage = await SqliteSealerStorage.open(file);
  const sealer = await Sealer.open({ source: store, storage, signer, origin: signer.name, batchSize });
  await sealer.catchUp();
  return { file, store, storage, sealer };
}
