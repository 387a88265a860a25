/**
 * In-memory, incrementally maintained RFC 9162 tree over the sorted stream heads.
 *
 * Layout: levels[0] are the leaf hashes in stream-id order; levels[L+1][i] =
 * H(levels[L][2i], levels[L][2i+1]), and a last node without a right sibling is
 * carried up unchanged. This is exactly MTH of RFC 9162 (split at the largest power
 * of two), and the proof for a leaf is its siblings bottom-up, skipping levels where
 * it has none.
 *
 * Updating a head recomputes one path (O(log S)). A new stream shifts every leaf to
 * its right, so the levels are recomputed from the first shifted position onwards
 * (at most S-1 hashes); leaf hashes of unchanged streams are cached, never recomputed.
 */
import { emptyRoot, hashChildren, HASH_SIZE } from '../verify/merkle';
import { compareStreamIds, streamHeadLeafHash, type StreamHead } from '../verify/stream-heads';

export interface StreamHeadsSnapshot {
  size: number;
  root: Buffer;
  /** Head triple, its position in the tree and its inclusion proof. */
  proof(streamId: string): { head: StreamHead; index: number; proof: Buffer[] } | null;
  /** The stream id at a position (ids are in tree order). */
  idAt(index: number): string;
  /** The position of a stream's head, or -1; a lookup by key, not a search. */
  positionOf(streamId: string): number;
  /**
   * As proof(), by position. Walked in order, neighbours share most of their path: a node
   * the previous call gave is given again as the same object, so its encoding can be reused.
   */
  at(index: number): { head: StreamHead; index: number; proof: Buffer[] };
}

/**
 * Heads by slot (the order streams were first seen; a slot never moves): numbers in typed
 * arrays and hashes side by side in one buffer, so a log of many streams holds a few dozen
 * bytes per stream rather than an object and two buffers each.
 */
class HeadSlots {
  revision = new Float64Array(1024);
  leafIndex = new Float64Array(1024);
  /** Per slot: the head's leaf hash, then its node hash in the tree (HASH_SIZE bytes each). */
  hashes = Buffer.alloc(1024 * 2 * HASH_SIZE);
  count = 0;

  add(): number {
    if (this.count === this.revision.length) {
      const n = Math.max(16, this.count * 2);
      const grow = (a: Float64Array) => {
        const b = new Float64Array(n);
        b.set(a);
        return b;
      };
      this.revision = grow(this.revision);
      this.leafIndex = grow(this.leafIndex);
      const h = Buffer.alloc(n * 2 * HASH_SIZE);
      this.hashes.copy(h);
      this.hashes = h;
    }
    return this.count++;
  }

  /** Makes room for `n` streams at once (a first load that knows how many come). */
  reserve(n: number): void {
    if (n <= this.revision.length) return;
    const grow = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a.subarray(0, this.count));
      return b;
    };
    this.revision = grow(this.revision);
    this.leafIndex = grow(this.leafIndex);
    const h = Buffer.alloc(n * 2 * HASH_SIZE);
    this.hashes.copy(h, 0, 0, this.count * 2 * HASH_SIZE);
    this.hashes = h;
  }

  /** Drops the room kept for more streams (after a first load, before sealing goes on). */
  trim(): void {
    const n = Math.max(16, this.count);
    if (this.revision.length === n) return;
    this.revision = this.revision.slice(0, n);
    this.leafIndex = this.leafIndex.slice(0, n);
    this.hashes = Buffer.from(this.hashes.subarray(0, n * 2 * HASH_SIZE));
  }

  leafHash(slot: number): Buffer {
    return this.hashes.subarray(slot * 2 * HASH_SIZE, slot * 2 * HASH_SIZE + HASH_SIZE);
  }

  nodeHash(slot: number): Buffer {
    return this.hashes.subarray((slot * 2 + 1) * HASH_SIZE, (slot * 2 + 2) * HASH_SIZE);
  }

  /** The same heads, sharing their arrays (see StreamHeadsTree.snapshot). */
  view(): HeadSlots {
    const c = new HeadSlots();
    c.revision = this.revision;
    c.leafIndex = this.leafIndex;
    c.hashes = this.hashes;
    c.count = this.count;
    return c;
  }

  copy(): HeadSlots {
    const c = new HeadSlots();
    c.revision = this.revision.slice(0, this.count);
    c.leafIndex = this.leafIndex.slice(0, this.count);
    c.hashes = Buffer.from(this.hashes.subarray(0, this.count * 2 * HASH_SIZE));
    c.count = this.count;
    return c;
  }
}

/** One level of the tree: its nodes' hashes back to back. */
class Level {
  constructor(
    public bytes: Buffer,
    public length: number,
  ) {}

  static empty(): Level {
    return new Level(Buffer.alloc(0), 0);
  }

  at(i: number): Buffer {
    return this.bytes.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE);
  }

  put(i: number, h: Uint8Array): void {
    this.bytes.set(h, i * HASH_SIZE);
  }

  /** Resizes to n nodes, keeping the first ones (room is kept to grow by doubling). */
  resize(n: number): void {
    if (n * HASH_SIZE > this.bytes.length) {
      const b = Buffer.alloc(Math.max(n, this.length * 2, 16) * HASH_SIZE);
      this.bytes.copy(b, 0, 0, this.length * HASH_SIZE);
      this.bytes = b;
    }
    this.length = n;
  }

  trim(): void {
    if (this.bytes.length > this.length * HASH_SIZE)
      this.bytes = Buffer.from(this.bytes.subarray(0, this.length * HASH_SIZE));
  }

  copy(): Level {
    return new Level(Buffer.from(this.bytes.subarray(0, this.length * HASH_SIZE)), this.length);
  }
}

export class StreamHeadsTree {
  /** Slot of each stream. */
  private readonly slotOf = new Map<string, number>();
  private slots = new HeadSlots();
  /** Sorted stream ids; replaced, never mutated, so snapshots may share it. */
  private ids: string[] = [];
  /** Slot of the stream at each position, aligned with ids. */
  private order = new Int32Array(0);
  private levels: Level[] = [Level.empty()];
  private readonly pendingNew = new Set<string>();
  private readonly pendingUpdate = new Set<string>();
  /** Whether a snapshot shares the levels' and slots' bytes: copied before the next write. */
  private shared = false;

  get size(): number {
    return this.slotOf.size;
  }

  static from(
    rows: Iterable<{ stream: string; revision: number; leafHash: string; leafIndex: number }>,
  ): StreamHeadsTree {
    const t = new StreamHeadsTree();
    for (const r of rows) t.set(r.stream, r.revision, r.leafHash, r.leafIndex);
    t.commit();
    t.trim();
    return t;
  }

  /** Makes room for `n` streams in all: loading that many heads then allocates nothing more. */
  reserve(n: number): void {
    this.slots.reserve(n);
  }

  /** Frees the room kept to grow: after loading many heads at once, when few streams follow. */
  trim(): void {
    this.slots.trim();
    for (const l of this.levels) l.trim();
  }

  /** Gives the tree bytes of its own before it writes, when a snapshot shares them. */
  private unshare(): void {
    if (!this.shared) return;
    this.shared = false;
    this.levels = this.levels.map((l) => l.copy());
    this.slots = this.slots.copy();
  }

  head(stream: string): { revision: number; leafHash: string; leafIndex: number } | undefined {
    const slot = this.slotOf.get(stream);
    if (slot === undefined) return undefined;
    return {
      revision: this.slots.revision[slot],
      leafHash: this.slots.leafHash(slot).toString('hex'),
      leafIndex: this.slots.leafIndex[slot],
    };
  }

  /** Records a new head; takes effect in the tree at the next commit(). */
  set(stream: string, revision: number, leafHash: string, leafIndex: number): void {
    this.unshare();
    const nodeHash = streamHeadLeafHash({ streamId: stream, lastRevision: revision, lastLeafHash: leafHash });
    let slot = this.slotOf.get(stream);
    if (slot === undefined) {
      slot = this.slots.add();
      this.slotOf.set(stream, slot);
      this.pendingNew.add(stream);
    } else if (!this.pendingNew.has(stream)) this.pendingUpdate.add(stream);
    this.slots.revision[slot] = revision;
    this.slots.leafIndex[slot] = leafIndex;
    const base = slot * 2 * HASH_SIZE;
    if (this.slots.hashes.write(leafHash, base, HASH_SIZE, 'hex') !== HASH_SIZE || leafHash.length !== 2 * HASH_SIZE)
      throw new Error(`stream ${stream}: the head's leaf hash is not ${HASH_SIZE} bytes of hex`);
    this.slots.hashes.set(nodeHash, base + HASH_SIZE);
  }

  /** Brings the tree up to date with every set() since the last commit. */
  commit(): void {
    this.unshare();
    let dirtyFrom = Infinity;
    if (this.pendingNew.size) {
      const fresh = [...this.pendingNew].sort(compareStreamIds);
      this.pendingNew.clear();
      dirtyFrom = this.merge(fresh);
    }
    const leaves = this.levels[0];
    const paths: number[] = [];
    for (const s of this.pendingUpdate) {
      const p = findSorted(this.ids, s);
      leaves.put(p, this.slots.nodeHash(this.order[p]));
      if (p < dirtyFrom) paths.push(p);
    }
    this.pendingUpdate.clear();
    if (dirtyFrom !== Infinity) this.rebuildFrom(dirtyFrom);
    for (const p of paths) this.updatePath(p);
  }

  /** Merges new stream ids into the sorted ones; returns the first position that moved. */
  private merge(fresh: string[]): number {
    let dirtyFrom = Infinity;
    const n = this.ids.length + fresh.length;
    const merged: string[] = new Array<string>(n);
    const order = new Int32Array(n);
    let i = 0;
    let j = 0;
    for (let k = 0; k < n; k++) {
      if (j >= fresh.length || (i < this.ids.length && compareStreamIds(this.ids[i], fresh[j]) < 0)) {
        order[k] = this.order[i];
        merged[k] = this.ids[i++];
      } else {
        if (k < dirtyFrom) dirtyFrom = k;
        order[k] = this.slotOf.get(fresh[j]) as number;
        merged[k] = fresh[j++];
      }
    }
    this.ids = merged;
    this.order = order;
    const leaves = this.levels[0];
    leaves.resize(n);
    for (let p = dirtyFrom; p < n; p++) leaves.put(p, this.slots.nodeHash(order[p]));
    return dirtyFrom;
  }

  private rebuildFrom(from: number): void {
    let start = from;
    let level = 0;
    while (this.levels[level].length > 1) {
      const cur = this.levels[level];
      this.levels[level + 1] ??= Level.empty();
      const next = this.levels[level + 1];
      const n = Math.ceil(cur.length / 2);
      next.resize(n);
      const s = start >>> 1;
      for (let i = s; i < n; i++) {
        const l = cur.at(2 * i);
        next.put(i, 2 * i + 1 < cur.length ? hashChildren(l, cur.at(2 * i + 1)) : l);
      }
      start = s;
      level++;
    }
    this.levels.length = level + 1;
  }

  private updatePath(p: number): void {
    let i = p;
    for (let level = 0; level + 1 < this.levels.length; level++) {
      const cur = this.levels[level];
      const parent = i >>> 1;
      const l = cur.at(2 * parent);
      const r = 2 * parent + 1 < cur.length ? cur.at(2 * parent + 1) : null;
      this.levels[level + 1].put(parent, r ? hashChildren(l, r) : l);
      i = parent;
    }
  }

  root(): Buffer {
    if (this.ids.length === 0) return emptyRoot();
    return Buffer.from(this.levels[this.levels.length - 1].at(0));
  }

  /**
   * An immutable view of the committed tree. It shares the levels and the heads until the tree
   * next changes, which copies them first: an export of a log of many streams, whose tree does
   * not change while it proves their heads, holds one tree and not two.
   */
  snapshot(): StreamHeadsSnapshot {
    this.shared = true;
    const levels = this.levels.map((l) => new Level(l.bytes, l.length));
    const ids = this.ids;
    const order = this.order;
    const slots = this.slots.view();
    const root = this.root();
    const headAt = (p: number, streamId: string): StreamHead => {
      const slot = order[p];
      return { streamId, lastRevision: slots.revision[slot], lastLeafHash: slots.leafHash(slot).toString('hex') };
    };
    const last = { sibling: new Float64Array(levels.length).fill(-1), nodes: new Array<Buffer>(levels.length) };
    // Slots never move and later streams take higher ones: the live map serves this snapshot too.
    const slotOf = this.slotOf;
    let positionOfSlot: Int32Array | null = null;
    const positionOf = (streamId: string): number => {
      const slot = slotOf.get(streamId);
      if (slot === undefined) return -1;
      if (!positionOfSlot) {
        positionOfSlot = new Int32Array(slots.count).fill(-1);
        for (let p = 0; p < ids.length; p++) positionOfSlot[order[p]] = p;
      }
      return slot < positionOfSlot.length ? positionOfSlot[slot] : -1;
    };
    return {
      size: ids.length,
      root,
      proof(streamId: string) {
        const p = findSorted(ids, streamId);
        if (p < 0) return null;
        return { head: headAt(p, streamId), index: p, proof: proofFromLevels(levels, p) };
      },
      idAt: (index: number) => ids[index],
      positionOf,
      at(index: number) {
        if (!(index >= 0 && index < ids.length)) throw new RangeError(`no stream head at ${index}`);
        return { head: headAt(index, ids[index]), index, proof: proofFromLevels(levels, index, last) };
      },
    };
  }
}

function findSorted(ids: readonly string[], id: string): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareStreamIds(ids[mid], id);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The siblings of `index` bottom-up; with `last`, a sibling the last call gave is reused. */
function proofFromLevels(levels: Level[], index: number, last?: { sibling: Float64Array; nodes: Buffer[] }): Buffer[] {
  const out: Buffer[] = [];
  let i = index;
  for (let level = 0; level + 1 < levels.length; level++) {
    const sib = i ^ 1;
    if (sib < levels[level].length) {
      if (!last) out.push(levels[level].at(sib));
      else {
        if (last.sibling[level] !== sib) {
          last.sibling[level] = sib;
          last.nodes[level] = levels[level].at(sib);
        }
        out.push(last.nodes[level]);
      }
    }
    i >>>= 1;
  }
  return out;
}
