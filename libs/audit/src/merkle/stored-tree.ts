/**
 * Proofs from stored nodes: every proof element is the MTH of a range [a, b); a range
 * is a run of aligned perfect subtrees, largest first, each one stored node (level 0
 * = leaf). All node ids of a proof are fetched in one storage call.
 */
import { big, consistencyRanges, emptyRoot, hashChildren, inclusionRanges, type Index, type LeafRange } from '../verify/merkle';
import { nodeKey, type SealerStorage } from '../storage/types';

export interface NodeId {
  level: number;
  index: number;
}

/** Aligned perfect subtrees covering [start, end), left to right. */
export function perfectCover(range: LeafRange): NodeId[] {
  const out: NodeId[] = [];
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
  constructor(private readonly max = 200_000) {}
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

export class StoredTree {
  constructor(
    private readonly storage: SealerStorage,
    private readonly cache = new NodeCache(),
  ) {}

  private async hashRanges(ranges: LeafRange[]): Promise<Buffer[]> {
    const covers = ranges.map(perfectCover);
    const need = new Map<string, NodeId>();
    for (const c of covers) for (const id of c) {
      const k = nodeKey(id.level, id.index);
      if (!this.cache.get(k)) need.set(k, id);
    }
    if (need.size) {
      const got = await this.storage.getNodes([...need.values()]);
      for (const [k] of need) {
        const h = got.get(k);
        if (!h) throw new Error(`the audit tables lack node ${k}; run verify-store`);
        this.cache.set(k, h);
      }
    }
    return covers.map((ids) => {
      if (ids.length === 0) return emptyRoot();
      let r = this.cache.get(nodeKey(ids[ids.length - 1].level, ids[ids.length - 1].index)) as Buffer;
      for (let i = ids.length - 2; i >= 0; i--) r = hashChildren(this.cache.get(nodeKey(ids[i].level, ids[i].index)) as Buffer, r);
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
