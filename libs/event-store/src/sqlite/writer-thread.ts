import { extname, join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../module-worker';
import type { Outcome, WriteAppend } from './batch-writer';
import type { WriterWorkerData } from './writer-worker';
import { decodeOutcomes, encodeRequest, fromWireError, type WriteRequest, type WriteResponse } from './writer-wire';

/**
 * A worker thread with its own write connection to the store's file (writer-worker.ts):
 * the commit and its fsync happen there, so the store's thread goes on taking appends (and
 * serving requests) while a group is written. One group at a time; the thread is held
 * (ref) only while a group is out, so an idle store does not keep the process alive.
 */
export class WriterThread {
  private readonly worker: Worker;
  private waiting: { batch: WriteAppend[]; resolve: (o: Outcome[]) => void; reject: (e: unknown) => void } | null =
    null;
  private failed: Error | null = null;
  private readonly exited: Promise<void>;

  constructor(file: string) {
    const source = join(__dirname, `writer-worker${extname(__filename)}`);
    this.worker = startModuleWorker(source, { file } satisfies WriterWorkerData);
    this.worker.on('message', (res: WriteResponse) => this.answer(res));
    this.worker.on('error', (e) => this.fail(e));
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', (code) => {
        this.fail(new Error(`the SQLite writer thread stopped (exit code ${code})`));
        resolve();
      }),
    );
  }

  /** Whether the thread can take a group: it has not failed and none is out. */
  get ready(): boolean {
    return this.failed === null && this.waiting === null;
  }

  /** One outcome per append, after the commit; rejects (nothing written) if the group failed as a whole. */
  write(batch: WriteAppend[]): Promise<Outcome[]> {
    if (!this.ready) return Promise.reject(this.failed ?? new Error('the SQLite writer thread is busy'));
    return new Promise((resolve, reject) => {
      this.waiting = { batch, resolve, reject };
      this.worker.ref();
      this.worker.postMessage(encodeRequest(batch));
    });
  }

  /** Closes the thread's connection; a group still out is answered first. */
  async close(): Promise<void> {
    if (this.failed === null) {
      this.worker.ref();
      this.worker.postMessage({ close: true } satisfies WriteRequest);
    }
    await this.exited;
  }

  private answer(res: WriteResponse): void {
    const w = this.waiting;
    if (!w) return;
    this.waiting = null;
    this.worker.unref();
    if (res.ok) w.resolve(decodeOutcomes(w.batch, res));
    else w.reject(fromWireError(res.error));
  }

  private fail(e: Error): void {
    this.failed ??= e;
    const w = this.waiting;
    this.waiting = null;
    w?.reject(e);
  }
}
