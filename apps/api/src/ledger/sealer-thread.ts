import { extname, join } from 'node:path';
import type { StoredCheckpoint } from '@ledger/audit';
import { ThreadHost, type ThreadLogger } from '../common/thread-calls';
import type { SealerRequest, SealerWorkerData } from './sealer-worker';

/** A checkpoint as the thread sent it: its Buffers arrive as plain byte arrays. */
type ClonedCheckpoint = Omit<StoredCheckpoint, 'root' | 'streamsRoot'> & { root: Uint8Array; streamsRoot: Uint8Array };

const toBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/**
 * The sealer on a worker thread (sealer-worker.ts), with its own connections to the store's
 * file: with SQLite its reads of the log and its commits of the tree are synchronous, so on the
 * API's thread they would stall every request while they run. It is the same Sealer, from the
 * same stored state and key; it sees the API's appends by polling the log. The API's own Sealer
 * (opened, not started) serves proofs and checkpoints from the tables the thread writes.
 */
export class SealerThread extends ThreadHost<SealerRequest> {
  constructor(data: SealerWorkerData, logger?: ThreadLogger) {
    super(join(__dirname, `sealer-worker${extname(__filename)}`), data, 'sealer', logger);
  }

  /** A checkpoint covering every event committed before the call (see SealerLifecycle). */
  async checkpointCoveringHead(timeoutMs: number): Promise<StoredCheckpoint> {
    if (!this.thread) throw new Error('the sealer thread is not running');
    const cp = (await this.thread.call({ op: 'checkpointCoveringHead', timeoutMs })) as ClonedCheckpoint;
    return { ...cp, root: toBuffer(cp.root), streamsRoot: toBuffer(cp.streamsRoot) };
  }
}
