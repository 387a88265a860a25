/**
 * Event lines checked elsewhere (worker threads, see parallel.ts) while the file is read:
 * lines go out in batches (the reader keeps none of them), and their results are applied
 * strictly in file order, so the
 * report (which failure comes first, every count and note) is what checking them one by
 * one gives. No Node import here: the browser bundle takes this file too.
 */
import type { ExportScope } from './format';
import type { EventCheck } from './verify-events';

/** How an event line starts when the exporter wrote it: only such lines are sent out. */
const EVENT_LINE_PREFIX = '{"type":"event",';

/**
 * Whether a line goes out to be checked elsewhere. A line that might be the trailer (which
 * the seal's digest takes in canonical form, not as written) never does: every line sent
 * out is one the digest takes as written, so the reader adds it to the digest as it reads.
 */
export function sendsOut(line: string): boolean {
  return line.startsWith(EVENT_LINE_PREFIX) && !line.includes('"trailer"');
}

/** What the checks of an event line need from the header, in a form a worker can be sent. */
export interface EventBatchContext {
  /** The checkpoint's tree size, decimal. */
  size: string;
  root: Uint8Array;
  scope: ExportScope;
}

/** A line sent out as an event line that is not one (not JSON, or another type), given back to be read. */
export interface NotAnEvent {
  line: string;
}

/** Checks batches of consecutive event lines, one result per line. */
export interface EventLineChecker {
  check(ctx: EventBatchContext, firstLineNo: number, lines: string[]): Promise<Array<EventCheck | NotAnEvent>>;
  close(): Promise<void>;
}

interface Pending {
  firstLineNo: number;
  results: Promise<Array<EventCheck | NotAnEvent>>;
}

/** Lines per batch: a few MB of text, few messages. */
const BATCH_LINES = 256;
/** Batches out at once: enough to keep every worker busy, few enough to bound memory. */
const MAX_PENDING = 4;

export class EventBatches {
  private lines: string[] = [];
  private firstLineNo = 0;
  private readonly pending: Pending[] = [];

  constructor(
    private readonly checker: EventLineChecker,
    private readonly ctx: EventBatchContext,
    /** Applies one line's result in file order. */
    private readonly apply: (lineNo: number, result: EventCheck | NotAnEvent) => void,
  ) {}

  async add(line: string, lineNo: number): Promise<void> {
    if (this.lines.length === 0) this.firstLineNo = lineNo;
    this.lines.push(line);
    if (this.lines.length < BATCH_LINES) return;
    this.send();
    while (this.pending.length > MAX_PENDING) await this.applyFirst();
  }

  /** Applies every line added so far. */
  async drain(): Promise<void> {
    this.send();
    while (this.pending.length) await this.applyFirst();
  }

  private send(): void {
    if (this.lines.length === 0) return;
    const lines = this.lines;
    this.lines = [];
    const results = this.checker.check(this.ctx, this.firstLineNo, lines);
    // Applied in order later; a rejection is seen then, not as an unhandled one now.
    results.catch(() => undefined);
    this.pending.push({ firstLineNo: this.firstLineNo, results });
  }

  private async applyFirst(): Promise<void> {
    const p = this.pending[0];
    const results = await p.results;
    this.pending.shift();
    for (let i = 0; i < results.length; i++) this.apply(p.firstLineNo + i, results[i]);
  }
}
