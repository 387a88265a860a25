import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import type { LogSigner } from '../keys/signer';
import { Sealer } from '../sealer/sealer';
import { SqliteSealerStorage } from '../storage/sqlite';
import { fill } from './fixtures';

/** A SQLite log in `dir` filled with `events` events over `streams` streams, sealed up to its head. */
export async function sealedLog(
  dir: string,
  signer: LogSigner,
  fillWith: { events: number; streams: number },
  batchSize?: number,
): Promise<{ file: string; store: SqliteEventStore; storage: SqliteSealerStorage; sealer: Sealer }> {
  const file = join(dir, 'ledger.sqlite');
  const store = await SqliteEventStore.open({ file });
  await fill(store, fillWith.events, fillWith.streams);
  const storage = await SqliteSealerStorage.open(file);
  const sealer = await Sealer.open({ source: store, storage, signer, origin: signer.name, batchSize });
  await sealer.catchUp();
  return { file, store, storage, sealer };
}
