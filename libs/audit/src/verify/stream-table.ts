/**
 * What the verifier keeps of each exported stream while the file is read: only what the
 * chain, the stream-heads and the report need (first and last revision, the last event's
 * leaf index and leaf hash, the event count, two flags), in columns indexed by the order
 * streams are first seen. An export of a large log has hundreds of thousands of streams;
 * an object and a hex string each would be most of the verifier's memory.
 */

const HASH = 32;
const GAPS = 1;
const HEAD_CHECKED = 2;
const COMPLETE = 4;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lower-case hex of bytes[at, at + 32). */
export function hexOf(bytes: Uint8Array, at = 0): string {
  let s = '';
  for (let i = at; i < at + HASH; i++) s += HEX[bytes[i]];
  return s;
}

function nibble(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/**
 * Writes the 32 bytes that `hex` spells into out[at, at + 32) when `hex` is 64 lower-case hex
 * digits (the only spelling a leaf hash has in an export); false, writing nothing useful, otherwise.
 */
export function hashFromHex(hex: string, out: Uint8Array, at = 0): boolean {
  if (hex.length !== 2 * HASH) return false;
  for (let i = 0; i < HASH; i++) {
    const hi = nibble(hex.charCodeAt(2 * i));
    const lo = nibble(hex.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) return false;
    out[at + i] = (hi << 4) | lo;
  }
  return true;
}

function grown<T extends Float64Array | Uint8Array>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}

export class StreamTable {
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];
  private first = new Float64Array(1024);
  private last = new Float64Array(1024);
  private lastLeaf = new Float64Array(1024);
  private events = new Float64Array(1024);
  private flags = new Uint8Array(1024);
  private hashes = new Uint8Array(1024 * HASH);

  get size(): number {
    return this.ids.length;
  }

  /** The stream's number, or -1 when no event of it was read. */
  find(stream: string): number {
    return this.numbers.get(stream) ?? -1;
  }

  has(stream: string): boolean {
    return this.numbers.has(stream);
  }

  /** A stream's first event: its leaf hash is hash[at, at + 32). */
  add(stream: string, leafIndex: number, rev: number, hash: Uint8Array, at: number): number {
    const n = this.ids.length;
    // Half as much again, not twice: the columns of a few hundred thousand streams are tens of MB.
    if (n === this.first.length) this.grow(Math.ceil(1.5 * n));
    this.numbers.set(stream, n);
    this.ids.push(stream);
    this.first[n] = rev;
    this.events[n] = 0;
    this.flags[n] = rev !== 0 ? GAPS : 0;
    this.next(n, leafIndex, rev, hash, at);
    return n;
  }

  /** The stream's next event in the file. */
  next(n: number, leafIndex: number, rev: number, hash: Uint8Array, at: number): void {
    this.last[n] = rev;
    this.lastLeaf[n] = leafIndex;
    this.events[n]++;
    const h = this.hashes;
    const o = n * HASH;
    for (let i = 0; i < HASH; i++) h[o + i] = hash[at + i];
  }

  /** Whether hash[at, at + 32) is the stream's last leaf hash. */
  isLastHash(n: number, hash: Uint8Array, at: number): boolean {
    const h = this.hashes;
    const o = n * HASH;
    for (let i = 0; i < HASH; i++) if (h[o + i] !== hash[at + i]) return false;
    return true;
  }

  id(n: number): string {
    return this.ids[n];
  }
  firstRevision(n: number): number {
    return this.first[n];
  }
  lastRevision(n: number): number {
    return this.last[n];
  }
  lastLeafIndex(n: number): number {
    return this.lastLeaf[n];
  }
  eventCount(n: number): number {
    return this.events[n];
  }
  lastHashHex(n: number): string {
    return hexOf(this.hashes, n * HASH);
  }
  hasGaps(n: number): boolean {
    return (this.flags[n] & GAPS) !== 0;
  }
  markGap(n: number): void {
    this.flags[n] |= GAPS;
  }
  headChecked(n: number): boolean {
    return (this.flags[n] & HEAD_CHECKED) !== 0;
  }
  markHeadChecked(n: number): void {
    this.flags[n] |= HEAD_CHECKED;
  }
  /** Proven whole up to the checkpoint (before the rest of the file is judged). */
  complete(n: number): boolean {
    return (this.flags[n] & COMPLETE) !== 0;
  }
  markComplete(n: number): void {
    this.flags[n] |= COMPLETE;
  }

  private grow(length: number): void {
    this.first = grown(this.first, length);
    this.last = grown(this.last, length);
    this.lastLeaf = grown(this.lastLeaf, length);
    this.events = grown(this.events, length);
    this.flags = grown(this.flags, length);
    this.hashes = grown(this.hashes, length * HASH);
  }
}
