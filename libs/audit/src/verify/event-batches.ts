/**
 * Event lines checked elsewhere (worker threads, see parallel.ts) while the file is read:
 * lines go out in batches (the reader keeps none of them), and their results are applied
 * strictly in file order, so the
 * report (which failure comes first, every count and note) is what checking them one by
 * one gives. No Node import here: the browser bundle takes this file too.
 */
import type { ExportScope } from './format';
import type { ChainLink, EventCheck, Run } from './verify-events';
import type { SealDigest } from './seal';
import { DEFAULT_MAX_LINE_BYTES } from './lines';

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
  streamsRoot: Uint8Array | null;
  scope: ExportScope;
}

/** A line sent out as an event line that is not one (not JSON, or another type), given back to be read. */
export interface NotAnEvent {
  line: string;
}

/**
 * The results of a region's lines (whole lines, each ending in a newline), column by column.
 * Line i ends at ends[i] (its newline). It is plain (plain[i] > 0) when it is an event line
 * whose own checks all passed, with no disclosed fields and whole chain fields: leafIndex[i],
 * stream[i], rev[i], its leaf hash at hashes[64i, 64i + 32) and, when plain[i] is 2, the hash it
 * points back at in the next 32 bytes (1: it points at none). Any other line is read again where
 * the results are applied, as one line, so its failures are spelt out there.
 */
export interface RegionResults {
  count: number;
  ends: Int32Array;
  plain: Uint8Array;
  leafIndex: Float64Array;
  rev: Float64Array;
  hashes: Uint8Array;
  stream: string[];
}

export const PLAIN_FIRST = 1;
export const PLAIN_LINKED = 2;
/** A stream-head line whose proof passed: stream[i], its last revision rev[i] and leaf hash at hashes[64i]. */
export const PLAIN_HEAD = 3;

/** Checks batches of consecutive event lines, one result per line. */
export interface EventLineChecker {
  check(ctx: EventBatchContext, firstLineNo: number, lines: string[]): Promise<Array<EventCheck | NotAnEvent>>;
  /** The same for lines handed over as bytes (whole lines, each ending in a newline). */
  checkRegion?(ctx: EventBatchContext, bytes: Uint8Array): Promise<RegionResults>;
  /** Room for a region's bytes (at an offset that is `align` modulo 8), given back once the region is applied. */
  regionBytes?(length: number, align?: number): Uint8Array;
  releaseRegion?(bytes: Uint8Array): void;
  close(): Promise<void>;
}

type Pending =
  | { firstLineNo: number; results: Promise<Array<EventCheck | NotAnEvent>>; bytes?: undefined }
  | { bytes: Uint8Array; results: Promise<RegionResults> };

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
    /** Applies a region's results in file order (see RegionResults). */
    private readonly applyRegion?: (bytes: Uint8Array, results: RegionResults) => void,
  ) {}

  /** Whether whole regions of lines may be added as bytes. */
  get takesRegions(): boolean {
    return !!this.checker.checkRegion && !!this.applyRegion;
  }

  /** Whether a region waits to be applied: line numbers are known once it is. */
  get regionsPending(): boolean {
    return this.pending.some((p) => p.bytes);
  }

  /** Adds whole lines as bytes (see takesRegions); they are kept until applied. */
  async addRegion(bytes: Uint8Array): Promise<void> {
    this.send();
    const check = this.checker.checkRegion as NonNullable<EventLineChecker['checkRegion']>;
    const results = check.call(this.checker, this.ctx, bytes);
    results.catch(() => undefined);
    this.pending.push({ bytes, results });
    while (this.pending.length > MAX_PENDING) await this.applyFirst();
  }

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
    if (p.bytes) {
      const results = await p.results;
      this.pending.shift();
      (this.applyRegion as NonNullable<typeof this.applyRegion>)(p.bytes, results);
      this.checker.releaseRegion?.(p.bytes);
      return;
    }
    const results = await p.results;
    this.pending.shift();
    for (let i = 0; i < results.length; i++) this.apply(p.firstLineNo + i, results[i]);
  }
}

/** What applying a region's results does with its lines, in file order. */
export interface RegionSink {
  /** Whether plain lines may be taken as the worker found them (not once the trailer is read). */
  takesPlain(): boolean;
  /** Bytes of plain lines, newlines included, for the seal's digest. */
  digest(bytes: Uint8Array): void;
  plain(leafIndex: number, link: ChainLink): void;
  /** A stream head whose proof passed, its leaf hash at hashes[at, at + 32). */
  head(streamId: string, lastRevision: number, hashes: Uint8Array, at: number): void;
  /** Any other line, read again as one line (its newline and a final carriage return dropped). */
  other(text: string): void;
  maxLineBytes: number;
}

const utf8 = new TextDecoder();

/** Applies a region's results line by line; plain lines are digested in runs, as written. */
function applyRegionResults(bytes: Uint8Array, r: RegionResults, sink: RegionSink): void {
  let runFrom = 0;
  let start = 0;
  const link: ChainLink = { stream: '', rev: 0, prevAt: null, leafAt: 0, hashes: r.hashes };
  for (let i = 0; i < r.count; i++) {
    const end = r.ends[i];
    if (end - start > sink.maxLineBytes) throw new Error(`a line is longer than ${sink.maxLineBytes} bytes`);
    if (r.plain[i] && sink.takesPlain()) {
      if (r.plain[i] === PLAIN_HEAD) {
        sink.head(r.stream[i], r.rev[i], r.hashes, 64 * i);
        start = end + 1;
        continue;
      }
      link.stream = r.stream[i];
      link.rev = r.rev[i];
      link.leafAt = 64 * i;
      link.prevAt = r.plain[i] === PLAIN_LINKED ? 64 * i + 32 : null;
      sink.plain(r.leafIndex[i], link);
    } else {
      if (start > runFrom) sink.digest(bytes.subarray(runFrom, start));
      const text = utf8.decode(bytes.subarray(start, end));
      sink.other(text.endsWith('\r') ? text.slice(0, -1) : text);
      runFrom = end + 1;
    }
    start = end + 1;
  }
  if (start > runFrom) sink.digest(bytes.subarray(runFrom, start));
}

/** What the batches of event lines do with the lines' results, in file order. */
export interface BatchHandlers {
  /** A line sent out as an event line that is not one (already digested). */
  readOther: (line: string, lineNo: number) => void;
  /** The next line of a region that was not plain, read as any line. */
  readNext: (line: string) => void;
  applyEvent: (c: EventCheck) => void;
  /** Counts a line taken as columns (plain or a head): its number. */
  nextLine: () => number;
  applyPlain: (lineNo: number, leafIndex: number, link: ChainLink) => void;
  applyHead: (streamId: string, lastRevision: number, hashes: Uint8Array, at: number) => void;
  takesPlain: () => boolean;
  digest: SealDigest;
  maxLineBytes?: number;
}

/** Event lines checked by `checker`, applied in file order; a line that is not one is read as any other. */
export function batchesFor(checker: EventLineChecker, run: Run, h: BatchHandlers): EventBatches {
  const ctx = { size: run.cp.size.toString(), root: run.cp.root, streamsRoot: run.cp.streamsRoot, scope: run.scope };
  const sink = {
    takesPlain: h.takesPlain,
    digest: (d: Uint8Array) => h.digest.addBytes(d),
    plain: (leafIndex: number, link: ChainLink) => h.applyPlain(h.nextLine(), leafIndex, link),
    head: (id: string, rev: number, hashes: Uint8Array, at: number) => {
      h.nextLine();
      h.applyHead(id, rev, hashes, at);
    },
    other: h.readNext,
    maxLineBytes: h.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
  };
  return new EventBatches(
    checker,
    ctx,
    (lineNo, c) => ('line' in c ? h.readOther(c.line, lineNo) : h.applyEvent(c)),
    (bytes, results) => applyRegionResults(bytes, results, sink),
  );
}
