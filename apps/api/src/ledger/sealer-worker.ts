/**
 * The sealer's thread (sealer-thread.ts): a Sealer with its own connections to the store's
 * file, following the log through its own SqliteEventStore (reads only) and writing the tree,
 * the stream heads and the signed checkpoints through its own SqliteSealerStorage.
 */
import { workerData } from 'node:worker_threads';
// Only the modules the sealer needs, not the libraries' indexes (exports, PDF): the thread starts sooner.
import { type KeyLoadOptions, loadOrCreateSigningKey } from '@ledger/audit/keys/signer';
import { checkpointCoveringHead } from '@ledger/audit/sealer/covering-head';
import { Sealer } from '@ledger/audit/sealer/sealer';
import { SqliteSealerStorage } from '@ledger/audit/storage/sqlite';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { serveCalls, threadLogger } from '../common/thread-calls';

export interface SealerWorkerData {
  /** The event store's file. */
  storeFile: string;
  /** The sealer's tables' file (the store's own, by default). */
  sealerFile: string;
  /** The signing key, found as the API found it (it exists by then). */
  key: KeyLoadOptions;
  origin: string;
  checkpointIntervalMs: number;
  /** How often the thread looks for appends the API committed (ms). */
  pollMs: number;
}

export type SealerRequest = { op: 'start' } | { op: 'stop' } | { op: 'checkpointCoveringHead'; timeoutMs: number };

const data = workerData as SealerWorkerData;
const logger = threadLogger();
let opened: { store: SqliteEventStore; storage: SqliteSealerStorage; sealer: Sealer } | null = null;

async function open(): Promise<NonNullable<typeof opened>> {
  const store = await SqliteEventStore.open({ file: data.storeFile, pollMs: data.pollMs });
  const storage = await SqliteSealerStorage.open(data.sealerFile);
  const sealer = await Sealer.open({
    source: store,
    storage,
    signer: loadOrCreateSigningKey(data.key).signer,
    origin: data.origin,
    checkpointIntervalMs: data.checkpointIntervalMs,
    onError: (e) => logger.error(`sealing failed, retrying: ${(e as Error).message}`),
  });
  return { store, storage, sealer };
}

serveCalls<SealerRequest>(async (req) => {
  if (req.op === 'start') {
    opened ??= await open();
    return opened.sealer.start();
  }
  if (!opened) throw new Error('the sealer thread has not started');
  if (req.op === 'checkpointCoveringHead') return checkpointCoveringHead(opened.store, opened.sealer, req.timeoutMs);
  const { store, storage, sealer } = opened;
  opened = null;
  await sealer.stop();
  await storage.close();
  await store.close();
});
