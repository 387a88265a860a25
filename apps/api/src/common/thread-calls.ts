import { parentPort, type Worker } from 'node:worker_threads';
import { startModuleWorker } from '@ledger/event-store';

/*
 * Calls from the API's thread to a background worker thread (the projection runner's, the
 * sealer's) and their answers, with the worker's log lines forwarded to the API's logger.
 */

/** How often a background thread looks for appends the API committed (ms): under the 20 ms gathering windows of the runner and the sealer. */
export const THREAD_POLL_MS = 10;

export interface ThreadLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

type Reply =
  | { id: number; ok: true; value?: unknown }
  | { id: number; ok: false; error: string }
  | { log: keyof ThreadLogger; message: string };

/**
 * A service that runs on a thread of its own until stopped (the projection runner, the sealer):
 * its worker answers `{ op: 'start' }` and `{ op: 'stop' }`. After the thread failed, start()
 * begins a new one.
 */
export class ThreadHost<Req extends { op: string }> {
  protected thread: ThreadClient<Req> | null = null;

  constructor(
    private readonly source: string,
    private readonly data: unknown,
    private readonly what: string,
    private readonly logger?: ThreadLogger,
  ) {}

  /** Why the thread stopped, when it stopped without being asked to. */
  get failure(): string | null {
    return this.thread?.failure ?? null;
  }

  async start(): Promise<void> {
    if (this.thread && !this.thread.failure) return;
    this.thread = new ThreadClient<Req>(this.source, this.data, this.what, this.logger);
    await this.thread.call({ op: 'start' } as Req);
  }

  /** Stops the service (its worker finishes what it is committing) and closes its connections. */
  async stop(): Promise<void> {
    const thread = this.thread;
    this.thread = null;
    await thread?.close({ op: 'stop' } as Req);
  }
}

/** The API's end: one worker, calls answered in any order, held (ref) only while a call is out. */
export class ThreadClient<Req extends object> {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private closing = false;
  /** Why the thread stopped, when it stopped without being asked to. */
  failure: string | null = null;

  /** `source` is the worker's module file, beside this one's caller (same extension). */
  constructor(
    source: string,
    workerData: unknown,
    private readonly what: string,
    private readonly logger?: ThreadLogger,
  ) {
    this.worker = startModuleWorker(source, workerData);
    this.worker.on('message', (m: Reply) => this.receive(m));
    this.worker.on('error', (e) => this.fail(`the ${what} thread failed: ${e.message}`));
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', (code) => {
        if (!this.closing) this.fail(`the ${what} thread stopped (exit code ${code})`);
        resolve();
      }),
    );
  }

  call(req: Req): Promise<unknown> {
    if (this.failure) return Promise.reject(new Error(this.failure));
    if (this.closing) return Promise.reject(new Error(`the ${this.what} thread is closing`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ ...req, id });
    });
  }

  /** Makes the last call (which closes the worker's connections), then ends the thread. */
  async close(last: Req): Promise<void> {
    try {
      if (!this.failure) await this.call(last);
    } finally {
      this.closing = true;
      await this.worker.terminate().catch(() => undefined);
      await this.exited;
    }
  }

  private receive(m: Reply): void {
    if ('log' in m) {
      this.logger?.[m.log](m.message);
      return;
    }
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (this.pending.size === 0) this.worker.unref();
    if (m.ok) p.resolve(m.value);
    else p.reject(new Error(m.error));
  }

  private fail(message: string): void {
    if (this.failure) return;
    this.failure = message;
    this.logger?.error(message);
    const calls = [...this.pending.values()];
    this.pending.clear();
    for (const c of calls) c.reject(new Error(message));
  }
}

/** The worker's end: answers each call with `handle`, and gives the worker a logger that forwards to the API's. */
export function serveCalls<Req extends object>(handle: (req: Req) => Promise<unknown>): void {
  const port = parentPort;
  if (!port) throw new Error('serveCalls runs on a worker thread');
  port.on('message', (m: Req & { id: number }) => {
    handle(m).then(
      (value) => port.postMessage({ id: m.id, ok: true, value } satisfies Reply),
      (e: unknown) => port.postMessage({ id: m.id, ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
  });
}

export function threadLogger(): ThreadLogger {
  const forward = (log: keyof ThreadLogger) => (message: string) =>
    parentPort?.postMessage({ log, message } satisfies Reply);
  return { log: forward('log'), warn: forward('warn'), error: forward('error') };
}
