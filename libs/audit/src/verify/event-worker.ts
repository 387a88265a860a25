/**
 * Worker thread of parallel.ts: checks batches of event lines (checkEventLine) against the
 * checkpoint it is sent with, given as strings or as the bytes of whole lines. Each worker
 * keeps its own inclusion checker, so consecutive lines of a batch share their proofs' upper
 * steps.
 */
import { parentPort } from 'node:worker_threads';
import { checkEventLine, type EventCheck, type EventContext } from './verify-events';
import type { ExportEventLine } from './format';
import type { EventBatchContext, NotAnEvent, RegionResults } from './event-batches';
import { regionColumns, takePlainLine } from './plain-line';

export interface BatchRequest {
  id: number;
  ctx: EventBatchContext;
  /** Of `lines` (a region's lines are numbered where they are applied). */
  firstLineNo: number;
  lines?: string[];
  /** Whole lines, each ending in a newline. */
  bytes?: Uint8Array;
}

export interface BatchResponse {
  id: number;
  results?: Array<EventCheck | NotAnEvent>;
  region?: RegionResults;
  error?: string;
}

let ctx: EventContext | null = null;
let ctxOf: EventBatchContext | null = null;

function checkLine(line: string, lineNo: number, c: EventContext): EventCheck | NotAnEvent {
  let obj: Record<string, unknown>;
  try {
    obj = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return { line };
  }
  if (obj === null || typeof obj !== 'object' || obj.type !== 'event') return { line };
  return checkEventLine(obj as unknown as ExportEventLine, lineNo, c);
}

/** The lines of a region checked, as columns (see RegionResults). */
function checkRegion(bytes: Uint8Array, c: EventContext): RegionResults {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let s = 0; s < buf.length; s = buf.indexOf(0x0a, s) + 1 || buf.length) count++;
  const out = regionColumns(count);
  let start = 0;
  for (let i = 0; i < count; i++) {
    let nl = buf.indexOf(0x0a, start);
    if (nl < 0) nl = buf.length;
    out.ends[i] = nl;
    // A carriage return is dropped where the line is read again, not digested as written.
    if (buf[nl - 1] !== 0x0d) takePlainLine(buf.toString('utf8', start, nl), c, out, i);
    start = nl + 1;
  }
  return out;
}

function contextFor(m: BatchRequest): EventContext {
  // The context is the same for every batch of one export; structured clone makes a new object each time.
  const same = (a?: Uint8Array | null, b?: Uint8Array | null) => (a && b ? Buffer.from(a).equals(b) : a === b);
  if (
    !ctx ||
    !ctxOf ||
    ctxOf.size !== m.ctx.size ||
    !same(ctxOf.root, m.ctx.root) ||
    !same(ctxOf.streamsRoot, m.ctx.streamsRoot)
  ) {
    const streamsRoot = m.ctx.streamsRoot ? Buffer.from(m.ctx.streamsRoot) : null;
    ctx = { cp: { size: BigInt(m.ctx.size), root: Buffer.from(m.ctx.root), streamsRoot }, scope: m.ctx.scope };
    ctxOf = m.ctx;
  }
  ctx.scope = m.ctx.scope;
  return ctx;
}

function onBatch(m: BatchRequest): BatchResponse {
  try {
    const c = contextFor(m);
    if (m.bytes) return { id: m.id, region: checkRegion(m.bytes, c) };
    return { id: m.id, results: (m.lines ?? []).map((line, i) => checkLine(line, m.firstLineNo + i, c)) };
  } catch (e) {
    return { id: m.id, error: String((e as Error)?.message ?? e) };
  }
}

parentPort?.on('message', (m: BatchRequest) => {
  const r = onBatch(m);
  const g = r.region;
  const transfer = g ? [g.ends.buffer, g.plain.buffer, g.leafIndex.buffer, g.rev.buffer, g.hashes.buffer] : [];
  parentPort?.postMessage(r, transfer as ArrayBuffer[]);
});
