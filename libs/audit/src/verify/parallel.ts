/**
 * The export verifier on Node with worker threads: the reading thread splits the file into
 * lines, keeps the seal's digest and applies each line's result in file order; the event
 * lines' own checks (parsing, the entry's leaf hash and canonical form, the inclusion proof,
 * scope, disclosed fields) run on worker threads. The report is the one verifyExport gives.
 * Node only (the browser bundle takes verify-export.ts without this file).
 */
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { EventBatchContext, EventLineChecker, NotAnEvent, RegionResults } from './event-batches';
import type { BatchRequest, BatchResponse } from './event-worker';
import type { EventCheck } from './verify-events';
import { verifyExport } from './verify-export';
import type { VerifyOptions, VerifyReport } from './report';

/**
 * The worker's code. Built, it is the compiled event-worker.js beside this file, which needs
 * nothing but Node. Run from TypeScript sources (tsx, jest), event-worker.ts and what it
 * imports are bundled once into plain JavaScript by esbuild, a development tool that is there
 * wherever the sources are (named here, not imported: the built verifier never loads it), so
 * no worker starts a transpiler of its own.
 */
const DEV_BUNDLER = 'esbuild';
let workerSource: string | null = null;

function workerCode(): string {
  const file = join(__dirname, `event-worker${extname(__filename)}`);
  if (extname(file) !== '.ts') return `require(${JSON.stringify(file)});`;
  if (workerSource) return workerSource;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bundler = require(DEV_BUNDLER) as {
    buildSync(o: object): { outputFiles: Array<{ text: string }> };
  };
  const built = bundler.buildSync({
    entryPoints: [file],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    logLevel: 'silent',
  });
  workerSource = built.outputFiles[0].text;
  return workerSource;
}

/** Starts a worker on event-worker. */
function startWorker(): Worker {
  // No inherited loader flags (tsx's would start a thread of its own per worker), and a small
  // young generation: each batch's lines are garbage once checked.
  return new Worker(workerCode(), {
    eval: true,
    execArgv: [],
    resourceLimits: { maxYoungGenerationSizeMb: 12 },
  });
}

type Waiter = {
  resolve: (r: Array<EventCheck | NotAnEvent> | RegionResults) => void;
  reject: (e: Error) => void;
};

/** The chunk size an export file is read in, by the CLI and the bench alike: regions of this size keep the workers busy. */
export const VERIFY_READ_CHUNK = 1 << 20;

/** Room kept for a region: a read chunk and the line carried into it. */
const REGION_ROOM = 1.25 * VERIFY_READ_CHUNK;
/** Spare rooms kept: the regions out at once (see EventBatches) and the one being filled. */
const SPARE_ROOMS = 6;

/**
 * Regions live in shared memory the workers read in place: no copy per message, and the same
 * few blocks serve the whole file instead of a new one per chunk, so the process does not grow
 * as the allocator fragments (the reader only gets one back once the region is applied, so at
 * most the regions out at once are held).
 */
class RegionRooms {
  private readonly spare: SharedArrayBuffer[] = [];

  /** `length` bytes at an offset that is `align` modulo 8. */
  take(length: number, align: number): Uint8Array {
    const i = this.spare.findIndex((b) => b.byteLength >= length + 8);
    const room = i >= 0 ? this.spare.splice(i, 1)[0] : new SharedArrayBuffer(Math.max(length + 8, REGION_ROOM));
    return new Uint8Array(room, align & 7, length);
  }

  give(bytes: Uint8Array): void {
    const room = bytes.buffer;
    if (room instanceof SharedArrayBuffer && room.byteLength <= REGION_ROOM && this.spare.length < SPARE_ROOMS)
      this.spare.push(room);
  }
}

/** Batches go to the workers in turn; each worker answers its batches in the order sent. */
export class WorkerEventChecker implements EventLineChecker {
  private readonly workers: Worker[];
  private readonly rooms = new RegionRooms();
  private readonly waiting = new Map<number, Waiter>();
  private next = 0;
  private failed: Error | null = null;

  constructor(count: number) {
    this.workers = Array.from({ length: Math.max(1, count) }, () => {
      const w = startWorker();
      w.on('message', (m: BatchResponse) => this.answer(m));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a verifier thread stopped (exit code ${code})`));
      });
      return w;
    });
  }

  check(ctx: EventBatchContext, firstLineNo: number, lines: string[]): Promise<Array<EventCheck | NotAnEvent>> {
    return this.send({ id: this.next++, ctx, firstLineNo, lines }) as Promise<Array<EventCheck | NotAnEvent>>;
  }

  /** The region's bytes are shared with the worker when they are in a room of regionBytes, else copied. */
  checkRegion(ctx: EventBatchContext, bytes: Uint8Array): Promise<RegionResults> {
    return this.send({ id: this.next++, ctx, firstLineNo: 0, bytes }) as Promise<RegionResults>;
  }

  regionBytes(length: number, align = 0): Uint8Array {
    return this.rooms.take(length, align);
  }

  releaseRegion(bytes: Uint8Array): void {
    this.rooms.give(bytes);
  }

  private send(req: BatchRequest): Promise<Array<EventCheck | NotAnEvent> | RegionResults> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.waiting.set(req.id, { resolve, reject });
      this.workers[req.id % this.workers.length].postMessage(req);
    });
  }

  async close(): Promise<void> {
    this.failed ??= new Error('the verifier threads were closed');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private answer(m: BatchResponse): void {
    const w = this.waiting.get(m.id);
    if (!w) return;
    this.waiting.delete(m.id);
    if (m.results) w.resolve(m.results);
    else if (m.region) w.resolve(m.region);
    else w.reject(new Error(m.error ?? 'a verifier thread gave no result'));
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }
}

/**
 * One worker per core: the reading thread only splits the file into chunks, digests them and
 * applies each line's chain, so it mostly waits, and the workers' checks are most of the work.
 */
export function defaultVerifierThreads(): number {
  return Math.max(1, availableParallelism());
}

/** verifyExport with the event lines checked on `threads` worker threads. */
export async function verifyExportParallel(
  input: Readable | AsyncIterable<Buffer | string>,
  options: VerifyOptions,
  threads = defaultVerifierThreads(),
): Promise<VerifyReport> {
  const checker = new WorkerEventChecker(threads);
  try {
    return await verifyExport(input, options, checker);
  } finally {
    await checker.close();
  }
}
