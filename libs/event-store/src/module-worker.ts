import { extname } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Run from TypeScript sources (tsx, jest) the thread registers tsx, a development tool, to load
 * them; the built application runs the compiled file and needs nothing but Node.
 */
const TS_LOADER = 'tsx/cjs';

/**
 * A worker thread running the module `source` (a file beside its caller, with the caller's own
 * extension), for the store's writer thread and the API's background threads alike. It starts
 * unreferenced, so an idle thread does not keep the process alive.
 */
export function startModuleWorker(source: string, workerData: unknown): Worker {
  const load = (f: string) => `require(${JSON.stringify(f)});`;
  const code = extname(source) === '.ts' ? load(TS_LOADER) + load(source) : load(source);
  // No inherited loader flags: tsx's would start a thread of its own.
  const worker = new Worker(code, { eval: true, execArgv: [], workerData });
  worker.unref();
  return worker;
}
