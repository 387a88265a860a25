/**
 * Worker thread of parallel.ts: checks batches of event lines (checkEventLine) against the
 * checkpoint it is sent with. Each worker keeps its own inclusion checker, so consecutive
 * lines of a batch share their proofs' upper steps.
 */
import { parentPort } from 'node:worker_threads';
import { checkEventLine, type EventCheck, type EventContext } from './verify-events';
import type { ExportEventLine } from './format';
import type { EventBatchContext, NotAnEvent } from './event-batches';

export interface BatchRequest {
  id: number;
  ctx: EventBatchContext;
  firstLineNo: number;
  lines: string[];
}

export interface BatchResponse {
  id: number;
  results?: Array<EventCheck | NotAnEvent>;
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

function onBatch(m: BatchRequest): BatchResponse {
  try {
    // The context is the same for every batch of one export; structured clone makes a new object each time.
    if (!ctx || !ctxOf || ctxOf.size !== m.ctx.size || !Buffer.from(ctxOf.root).equals(Buffer.from(m.ctx.root))) {
      ctx = { cp: { size: BigInt(m.ctx.size), root: Buffer.from(m.ctx.root) }, scope: m.ctx.scope };
      ctxOf = m.ctx;
    }
    ctx.scope = m.ctx.scope;
    const c = ctx;
    return { id: m.id, results: m.lines.map((line, i) => checkLine(line, m.firstLineNo + i, c)) };
  } catch (e) {
    return { id: m.id, error: String((e as Error)?.message ?? e) };
  }
}

parentPort?.on('message', (m: BatchRequest) => parentPort?.postMessage(onBatch(m)));
