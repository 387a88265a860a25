/**
 * Proofs from stored nodes: every proof element is the MTH of a range [a, b); a range
 * is a run of aligned perfect subtrees, largest first, each one stored node (level 0
 * = leaf). All node ids of a proof are fetched in one storage call.
 */
import {
  big,
  consistencyRanges,
  emptyRoot,
  hashChildren,
  inclusionRanges,
  type Index,
  type LeafRange,
} from '../verify/merkle';
import { nodeKey, type SealerStorage } from '../storage/types';

export interface NodeId {
  level: number;
  index: number;
}

/** Aligned perfect subtrees covering [start, end), left to right. */
export function perfectCover(range: LeafRange): NodeId[] {
  const out: NodeId[] = [];
  if (range.end <= BigInt(Number.MAX_SAFE_INTEGER)) {
    // Number arithmetic (no shifts: they are 32-bit), exact below 2^53.
    let a = Number(range.start);
    const b = Number(range.end);
    while (a < b) {
      let level = 0;
      let size = 1;
      while (a % (size * 2) === 0 && a + size * 2 <= b) {
        size *= 2;
        level++;
      }
      out.push({ level, index: a / size });
      a += size;
    }
    return out;
  }
  let a = range.start;
  const b = range.end;
  while (a < b) {
    let level = 0n;
    // Grow while a stays aligned to the bigger block and the block still fits.
    while ((a & ((1n << (level + 1n)) - 1n)) === 0n && a + (1n << (level + 1n)) <= b) level++;
    out.push({ level: Number(level), index: Number(a >> level) });
    a += 1n << level;
  }
  return out;
}

/** Bounded cache of perfect-subtree hashes; they never change once written. */
export class NodeCache {
  private readonly map = new Map<string, Buffer>();
  constructor(private readonly max = 50_000) {}
  get(k: string): Buffer | undefined {
    return this.map.get(k);
  }
  set(k: string, v: Buffer): void {
    if (this.map.size >= this.max) {
      // Drop the oldest quarter (Map keeps insertion order).
      let n = this.max >> 2;
      for (const key of this.map.keys()) {
        this.map.delete(key);
        if (--n <= 0) break;
      }
    }
    this.map.set(k, v);
  }
}

const LEAF_BLOCK = 256;

export class StoredTree {
  constructor(
    private readonly storage: SealerStorage,
    private readonly cache = new NodeCache(),
  ) {}

  private async hashRanges(ranges: LeafRange[]): Promise<Buffer[]> {
    const covers = ranges.map(perfectCover);
    // Hashes for this call are held locally: the cache may evict while we fill it.
    const local = new Map<string, Buffer>();
    const need = new Map<string, NodeId>();
    for (const c of covers) {
      for (const id of c) {
        const k = nodeKey(id.level, id.index);
        const hit = this.cache.get(k);
        if (hit) local.set(k, hit);
        else need.set(k, id);
      }
    }
    if (need.size) {
      // Leaves are read in aligned blocks: neighbouring proofs (an export) then hit the cache.
      const ids = [...need.values()];
      const blocks = new Set<number>();
      for (const id of ids) if (id.level === 0) blocks.add(Math.floor(id.index / LEAF_BLOCK));
      for (const blk of blocks) {
        const from = blk * LEAF_BLOCK;
        const hashes = await this.storage.leafHashes(from, from + LEAF_BLOCK);
        hashes.forEach((h, i) => {
          const k = nodeKey(0, from + i);
          this.cache.set(k, h);
          if (need.has(k)) {
            local.set(k, h);
            need.delete(k);
          }
        });
      }
      const got = need.size ? await this.storage.getNodes([...need.values()]) : new Map<string, Buffer>();
      for (const [k] of need) {
        const h = got.get(k);
        if (!h) throw new Error(`the audit tables lack node ${k}; run verify-store`);
        local.set(k, h);
        this.cache.set(k, h);
      }
    }
    const at = (id: NodeId) => local.get(nodeKey(id.level, id.index)) as Buffer;
    return covers.map((ids) => {
      if (ids.length === 0) return emptyRoot();
      let r = at(ids[ids.length - 1]);
      for (let i = ids.length - 2; i >= 0; i--) r = hashChildren(at(ids[i]), r);
      return r;
    });
  }

  async root(size: Index): Promise<Buffer> {
    const n = big(size);
    if (n === 0n) return emptyRoot();
    return (await this.hashRanges([{ start: 0n, end: n }]))[0];
  }

  async inclusionProof(index: Index, size: Index): Promise<Buffer[]> {
    return this.hashRanges(inclusionRanges(index, size));
  }

  async consistencyProof(first: Index, second: Index): Promise<Buffer[]> {
    return this.hashRanges(consistencyRanges(first, second));
  }
}
