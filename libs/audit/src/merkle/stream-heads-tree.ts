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
import { emptyRoot, hashChildren } from '../verify/merkle';
import { compareStreamIds, streamHeadLeafHash, type StreamHead } from '../verify/stream-heads';

interface HeadState {
  revision: number;
  leafHash: string;
  leafIndex: number;
  nodeHash: Buffer;
}

export interface StreamHeadsSnapshot {
  size: number;
  root: Buffer;
  /** Head triple, its position in the tree and its inclusion proof. */
  proof(streamId: string): { head: StreamHead; index: number; proof: Buffer[] } | null;
}

export class StreamHeadsTree {
  private readonly heads = new Map<string, HeadState>();
  /** Sorted stream ids; replaced, never mutated, so snapshots may share it. */
  private ids: string[] = [];
  /** Committed head per position, aligned with ids. */
  private states: HeadState[] = [];
  private levels: Buffer[][] = [[]];
  private readonly pendingNew = new Set<string>();
  private readonly pendingUpdate = new Set<string>();

  get size(): number {
    return this.heads.size;
  }

  static from(
    rows: Iterable<{ stream: string; revision: number; leafHash: string; leafIndex: number }>,
  ): StreamHeadsTree {
    const t = new StreamHeadsTree();
    for (const r of rows) t.set(r.stream, r.revision, r.leafHash, r.leafIndex);
    t.commit();
    return t;
  }

  head(stream: string): { revision: number; leafHash: string; leafIndex: number } | undefined {
    const h = this.heads.get(stream);
    return h && { revision: h.revision, leafHash: h.leafHash, leafIndex: h.leafIndex };
  }

  /** Records a new head; takes effect in the tree at the next commit(). */
  set(stream: string, revision: number, leafHash: string, leafIndex: number): void {
    const nodeHash = streamHeadLeafHash({ streamId: stream, lastRevision: revision, lastLeafHash: leafHash });
    const existed = this.heads.has(stream);
    this.heads.set(stream, { revision, leafHash, leafIndex, nodeHash });
    if (!existed) this.pendingNew.add(stream);
    else if (!this.pendingNew.has(stream)) this.pendingUpdate.add(stream);
  }

  /** Brings the tree up to date with every set() since the last commit. */
  commit(): void {
    let dirtyFrom = Infinity;
    if (this.pendingNew.size) {
      const fresh = [...this.pendingNew].sort(compareStreamIds);
      this.pendingNew.clear();
      const merged: string[] = new Array(this.ids.length + fresh.length);
      let i = 0;
      let j = 0;
      let k = 0;
      while (i < this.ids.length || j < fresh.length) {
        if (j >= fresh.length || (i < this.ids.length && compareStreamIds(this.ids[i], fresh[j]) < 0))
          merged[k++] = this.ids[i++];
        else {
          if (k < dirtyFrom) dirtyFrom = k;
          merged[k++] = fresh[j++];
        }
      }
      this.ids = merged;
      const leaves = this.levels[0];
      leaves.length = merged.length;
      this.states.length = merged.length;
      for (let p = dirtyFrom; p < merged.length; p++) {
        const st = this.heads.get(merged[p]) as HeadState;
        this.states[p] = st;
        leaves[p] = st.nodeHash;
      }
    }
    const paths: number[] = [];
    for (const s of this.pendingUpdate) {
      const p = findSorted(this.ids, s);
      const st = this.heads.get(s) as HeadState;
      this.states[p] = st;
      this.levels[0][p] = st.nodeHash;
      if (p < dirtyFrom) paths.push(p);
    }
    this.pendingUpdate.clear();
    if (dirtyFrom !== Infinity) this.rebuildFrom(dirtyFrom);
    for (const p of paths) this.updatePath(p);
  }

  private rebuildFrom(from: number): void {
    let start = from;
    let level = 0;
    while (this.levels[level].length > 1) {
      const cur = this.levels[level];
      if (!this.levels[level + 1]) this.levels[level + 1] = [];
      const next = this.levels[level + 1];
      const n = Math.ceil(cur.length / 2);
      next.length = n;
      const s = start >>> 1;
      for (let i = s; i < n; i++) {
        const l = cur[2 * i];
        const r = cur[2 * i + 1];
        next[i] = r === undefined ? l : hashChildren(l, r);
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
      const l = cur[2 * parent];
      const r = cur[2 * parent + 1];
      this.levels[level + 1][parent] = r === undefined ? l : hashChildren(l, r);
      i = parent;
    }
  }

  root(): Buffer {
    if (this.ids.length === 0) return emptyRoot();
    return this.levels[this.levels.length - 1][0];
  }

  /** An immutable view of the committed tree (shallow copies of the levels). */
  snapshot(): StreamHeadsSnapshot {
    const levels = this.levels.map((l) => l.slice());
    const ids = this.ids;
    const states = this.states.slice();
    const root = this.root();
    return {
      size: ids.length,
      root,
      proof(streamId: string) {
        const p = findSorted(ids, streamId);
        if (p < 0) return null;
        const h = states[p];
        return {
          head: { streamId, lastRevision: h.revision, lastLeafHash: h.leafHash },
          index: p,
          proof: proofFromLevels(levels, p),
        };
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

function proofFromLevels(levels: Buffer[][], index: number): Buffer[] {
  const out: Buffer[] = [];
  let i = index;
  for (let level = 0; level + 1 < levels.length; level++) {
    const sib = i ^ 1;
    if (sib < levels[level].length) out.push(levels[level][sib]);
    i >>>= 1;
  }
  return out;
}
