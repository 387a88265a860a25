/**
 * Event lines checked elsewhere (worker threads, see parallel.ts) while the file is read:
 * lines go out in batches, and their results are applied strictly in file order, so the
 * report (which failure comes first, every count and note) is what checking them one by
 * one gives. No Node import here: the browser bundle takes this file too.
 */
import type { ExportScope } from './format';
import type { EventCheck } from './verify-events';

/** How an event line starts when the exporter wrote it: only such lines are sent out. */
export const EVENT_LINE_PREFIX = '{"type":"event",';

/** What the checks of an event line need from the header, in a form a worker can be sent. */
export interface EventBatchContext {
  /** The checkpoint's tree size, decimal. */
  size: string;
  root: Uint8Array;
  scope: ExportScope;
}

/**
 * Checks batches of consecutive event lines. A result is null when the line is not an event
 * line after all (not JSON, or another type): the reader then reads it as any other line.
 */
export interface EventLineChecker {
  check(ctx: EventBatchContext, firstLineNo: number, lines: string[]): Promise<Array<EventCheck | null>>;
  close(): Promise<void>;
}

interface Pending {
  firstLineNo: number;
  lines: string[];
  results: Promise<Array<EventCheck | null>>;
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
    /** Applies one line's result in file order; null: read the line as any other line. */
    private readonly apply: (line: string, lineNo: number, result: EventCheck | null) => void,
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
    this.pending.push({ firstLineNo: this.firstLineNo, lines, results });
  }

  private async applyFirst(): Promise<void> {
    const p = this.pending[0];
    const results = await p.results;
    this.pending.shift();
    for (let i = 0; i < p.lines.length; i++) this.apply(p.lines[i], p.firstLineNo + i, results[i]);
  }
}
