import { once } from 'node:events';
import { WriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import type { ExportScope } from '../verify/format';
import type { SealerStorage } from '../storage/types';
import { dateInRange } from '../verify/scope';

export interface ExportProgress {
  /** Events written so far. */
  written: number;
  /** Events read but left out (not yet covered by the checkpoint). */
  skipped: number;
  phase: 'events' | 'trailer' | 'done';
}

export type ProgressCallback = (p: ExportProgress) => void;

/**
 * Writes with backpressure: memory stays flat however large the export. A destination
 * that closes (a client that went away) ends the wait with an error instead of leaving
 * the export waiting for a drain that never comes.
 */
export async function write(out: Writable, chunk: string | Buffer): Promise<void> {
  if (out.destroyed) throw new Error('the export destination was closed');
  if (out.write(chunk)) return;
  const ac = new AbortController();
  try {
    await Promise.race([
      once(out, 'drain', { signal: ac.signal }),
      once(out, 'close', { signal: ac.signal }).then(() => {
        throw new Error('the export destination was closed');
      }),
    ]);
  } finally {
    ac.abort();
  }
}

/**
 * Gathers lines into chunks of about a mebibyte and writes each whole, without waiting for
 * the one before: up to `inFlight` bytes may be on their way while the next chunk fills, so
 * the producer neither idles on every write nor runs ahead of a slow destination. `line`
 * only copies; call `room` between batches of lines (it waits while too much is in flight)
 * and `flush` before ending the stream. `onChunk` sees each chunk's bytes as written.
 */
export class ChunkedWriter {
  private buf: Buffer;
  private used = 0;
  private pending = 0;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  private readonly spare: Buffer[] = [];
  private readonly onClose = () => this.fail(new Error('the export destination was closed'));

  constructor(
    private readonly out: Writable,
    private readonly chunkBytes = 1 << 20,
    private readonly onChunk?: (bytes: Buffer) => void,
    private readonly inFlight = 4 * chunkBytes,
  ) {
    this.buf = Buffer.allocUnsafeSlow(chunkBytes);
    out.once('close', this.onClose);
  }

  /** Adds one line (without its newline); writes the chunk before it when it is full. */
  line(text: string): void {
    // A UTF-8 byte per UTF-16 unit at most 3, plus the newline.
    const most = text.length * 3 + 1;
    if (this.used + most > this.buf.length) {
      this.send();
      if (most > this.buf.length) {
        const big = Buffer.from(`${text}\n`, 'utf8');
        this.onChunk?.(big);
        this.write(big);
        return;
      }
    }
    this.used += this.buf.write(text, this.used);
    this.buf[this.used++] = 0x0a;
  }

  /**
   * Adds one line (without its newline) given as pieces of ASCII text (whose bytes are their
   * latin1 bytes), copied one after another: the line is never joined into one string.
   */
  asciiLine(pieces: readonly string[], count: number): void {
    let most = 1;
    for (let i = 0; i < count; i++) most += pieces[i].length;
    if (this.used + most > this.buf.length) {
      this.send();
      if (most > this.buf.length) return this.line(pieces.slice(0, count).join(''));
    }
    for (let i = 0; i < count; i++) this.used += this.buf.write(pieces[i], this.used, 'latin1');
    this.buf[this.used++] = 0x0a;
  }

  /** Waits while more than the allowed bytes are on their way; throws once a write failed. */
  async room(): Promise<void> {
    while (!this.failure && this.pending > this.inFlight) await new Promise<void>((r) => (this.wake = r));
    if (this.failure) throw this.failure;
  }

  /** Writes what is gathered and waits until every chunk is written. */
  async flush(): Promise<void> {
    this.send();
    while (!this.failure && this.pending > 0) await new Promise<void>((r) => (this.wake = r));
    this.out.off('close', this.onClose);
    if (this.failure) throw this.failure;
  }

  private send(): void {
    if (this.used === 0) return;
    const chunk = this.buf.subarray(0, this.used);
    this.buf = this.spare.pop() ?? Buffer.allocUnsafeSlow(this.buf.length);
    this.used = 0;
    this.onChunk?.(chunk);
    this.write(chunk);
  }

  private write(chunk: Buffer): void {
    if (this.out.destroyed) return this.fail(new Error('the export destination was closed'));
    this.pending += chunk.length;
    this.out.write(chunk, (e) => {
      this.pending -= chunk.length;
      // A file is done with a chunk once it is written: its buffer is filled again rather than
      // left to the collector (a mebibyte a time adds up before a collection frees them). Any
      // other destination (a stream that passes chunks on) may still hold it.
      if (!e && this.out instanceof WriteStream && chunk.buffer.byteLength === this.chunkBytes && this.spare.length < 4)
        this.spare.push(Buffer.from(chunk.buffer, 0, this.chunkBytes));
      if (e) this.fail(e);
      else this.notify();
    });
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }
}

export async function end(out: Writable): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
}

function dateOf(ev: RecordedEvent, field: 'effectiveAt' | 'recordedAt'): string {
  return String(ev.metadata[field]);
}

/** The events of a scope, read from the store in a streaming way. */
export async function* eventsForScope(
  store: Pick<EventStore, 'readAll' | 'readStream'>,
  scope: ExportScope,
): AsyncGenerator<RecordedEvent> {
  if (scope.kind === 'stream') {
    for (const s of scope.streams) yield* store.readStream(s, { direction: 'forwards' });
    return;
  }
  for await (const ev of store.readAll()) {
    if (scope.kind === 'body') {
      if (ev.metadata.actor.body === scope.body) yield ev;
    } else {
      if (dateInRange(dateOf(ev, scope.field), scope.from, scope.to)) yield ev;
    }
  }
}

export function describeScope(scope: ExportScope): string {
  if (scope.kind === 'stream')
    return scope.streams.length === 1 ? `case ${scope.streams[0]}` : `cases ${scope.streams.join(', ')}`;
  if (scope.kind === 'body') return `everything done by ${scope.body}`;
  return `events with ${scope.field} from ${scope.from} to ${scope.to}`;
}

type LeafSource = Pick<SealerStorage, 'leafByEventId' | 'leaves'>;
interface FoundLeaf {
  leafIndex: number;
  leafHash: Buffer;
}

const FIRST_WINDOW = 16;
const MAX_WINDOW = 2000;

/**
 * Finds each event's leaf. Events come in log order, so their leaves mostly follow one
 * another: leaves are read in windows that grow while events keep landing in them, and
 * an event outside the window (a sparse selection) is looked up by its id.
 */
class LeafFinder {
  private window = new Map<string, FoundLeaf>();
  private next = 0;
  private span = 0;

  constructor(
    private readonly storage: LeafSource,
    private readonly treeSize: number,
  ) {}

  async find(eventId: string): Promise<FoundLeaf | null> {
    const hit = this.window.get(eventId);
    if (hit) return hit;
    if (this.span > 0 && this.next < this.treeSize) {
      await this.load(this.next, Math.min(this.next + this.span, this.treeSize));
      const h = this.window.get(eventId);
      if (h) {
        this.span = Math.min(this.span * 2, MAX_WINDOW);
        return h;
      }
    }
    const leaf = await this.storage.leafByEventId(eventId);
    if (!leaf) return null;
    this.window.clear();
    this.next = leaf.leafIndex + 1;
    this.span = FIRST_WINDOW;
    return { leafIndex: leaf.leafIndex, leafHash: leaf.leafHash };
  }

  private async load(from: number, to: number): Promise<void> {
    this.window = new Map();
    for await (const l of this.storage.leaves(from, to))
      this.window.set(l.eventId, { leafIndex: l.leafIndex, leafHash: l.leafHash });
    this.next = to;
  }
}

/**
 * The events of an export that the checkpoint covers, each with its leaf. Events sealed
 * after the checkpoint (or not yet sealed) are counted in `tally.skipped` and left out.
 */
export async function* sealedWithin(
  events: AsyncIterable<RecordedEvent>,
  proofs: { storage: LeafSource },
  treeSize: number,
  tally: { skipped: number },
): AsyncGenerator<{ ev: RecordedEvent; leaf: FoundLeaf }> {
  const finder = new LeafFinder(proofs.storage, treeSize);
  for await (const ev of events) {
    const leaf = await finder.find(ev.eventId);
    if (!leaf || leaf.leafIndex >= treeSize) {
      tally.skipped++;
      continue;
    }
    yield { ev, leaf };
  }
}
