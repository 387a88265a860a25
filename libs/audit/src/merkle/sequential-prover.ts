/**
 * Inclusion proofs for many leaves against one tree size, asked for in increasing leaf
 * order (an export). Consecutive leaves share most of their proof: each stored node is
 * read once, in runs, and each right-edge range (a range that ends at the tree size and
 * is not a perfect subtree) is hashed once for the whole export instead of once per leaf.
 * Memory: a few stored nodes per level plus one hash per right-edge range (O(log n)).
 */
import { emptyRoot, hashChildren } from '../verify/merkle';
import type { SealerStorage } from '../storage/types';

/** Most nodes of one level read at once; runs start small so scattered leaves read little. */
const MAX_RUN = 256;
const FIRST_RUN = 8;

interface LevelRun {
  from: number;
  hashes: Buffer[];
  span: number;
  /** How many nodes the run asked for: fewer came back when some are missing. */
  asked: number;
}

/** Largest power of two strictly below n (2 <= n <= 2^53), in Number arithmetic. */
function powerBelow(n: number): number {
  let k = 2 ** Math.floor(Math.log2(n - 1));
  // Math.log2 may round at large magnitudes: correct by one step either way.
  if (k >= n) k /= 2;
  else if (k * 2 < n) k *= 2;
  return k;
}

/** A stored node that a proof needs and that no run read so far holds. */
interface Missing {
  level: number;
  index: number;
}

export class SequentialProver {
  private readonly runs = new Map<number, LevelRun>();
  /** Hashes of right-edge ranges [start, size), by start. */
  private readonly edge = new Map<number, Buffer>();
  /** The sibling ranges of the last proof, from the root down. */
  private readonly path: Array<{ from: number; to: number; hash: Buffer } | undefined> = [];
  private missing: Missing | null = null;

  constructor(
    private readonly storage: Pick<SealerStorage, 'nodeHashes'>,
    readonly size: number,
  ) {
    if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`tree size must be a safe integer, got ${size}`);
  }

  /** PATH(index, D[0:size]) (RFC 9162 §2.1.3.1), nearest the leaf first. */
  async inclusionProof(index: number): Promise<Buffer[]> {
    for (;;) {
      const proof = this.proofNow(index);
      if (proof) return proof;
      await this.readMissing();
    }
  }

  /**
   * The proof from the nodes read so far, or null when a node must be read first (then
   * inclusionProof reads it). Neighbouring leaves mostly need nothing new: no promise per proof.
   */
  proofNow(index: number): Buffer[] | null {
    if (!Number.isSafeInteger(index) || index < 0 || index >= this.size)
      throw new RangeError(`leaf index ${index} is outside a tree of size ${this.size}`);
    const out: Buffer[] = [];
    let start = 0;
    let end = this.size;
    for (let depth = 0; end - start > 1; depth++) {
      const k = powerBelow(end - start);
      let from: number;
      let to: number;
      if (index < start + k) {
        from = start + k;
        to = end;
        end = from;
      } else {
        from = start;
        to = start + k;
        start = to;
      }
      const h = this.sibling(depth, from, to);
      if (!h) return null;
      out.push(h);
    }
    return out.reverse();
  }

  /**
   * The sibling range at `depth` of the last proof is usually this proof's too (neighbouring
   * leaves share the top of their path): its hash is reused without looking it up again.
   */
  private sibling(depth: number, from: number, to: number): Buffer | null {
    const last = this.path[depth];
    if (last && last.from === from && last.to === to) return last.hash;
    const hash = this.rangeHash(from, to);
    if (hash) this.path[depth] = { from, to, hash };
    return hash;
  }

  /** MTH(D[start:end]); `end` is either the tree size or closes a perfect subtree. */
  private rangeHash(start: number, end: number): Buffer | null {
    const len = end - start;
    const lg = Math.log2(len);
    if (Number.isInteger(lg) && 2 ** lg === len) return this.node(lg, start / len);
    const hit = this.edge.get(start);
    if (hit) return hit;
    // A right-edge range: its aligned perfect subtrees, largest first, folded right to left.
    const parts: Buffer[] = [];
    let a = start;
    while (a < end) {
      let size = 1;
      while (a % (size * 2) === 0 && a + size * 2 <= end) size *= 2;
      const h = this.node(Math.log2(size), a / size);
      if (!h) return null;
      parts.push(h);
      a += size;
    }
    let r = parts.length ? parts[parts.length - 1] : emptyRoot();
    for (let i = parts.length - 2; i >= 0; i--) r = hashChildren(parts[i], r);
    this.edge.set(start, r);
    return r;
  }

  /** A stored perfect-subtree hash (level 0: a leaf) from the run read along its level, or null (noted as missing). */
  private node(level: number, index: number): Buffer | null {
    const run = this.runs.get(level);
    if (run && index >= run.from && index < run.from + run.hashes.length) return run.hashes[index - run.from];
    if (run && index >= run.from && index < run.from + run.asked)
      throw new Error(`the audit tables lack node ${level}/${index}; run verify-store`);
    this.missing = { level, index };
    return null;
  }

  /** Reads the run that holds the node the last proofNow missed. */
  private async readMissing(): Promise<void> {
    const m = this.missing;
    if (!m) throw new Error('no node to read');
    this.missing = null;
    const { level, index } = m;
    const run = this.runs.get(level);
    // Proofs ask for siblings (1, 0, 3, 2, ...): runs start at an even index. Asking just past
    // the last run means the caller walks this level in order: read more at once.
    const from = index - (index % 2);
    const end = run ? run.from + run.hashes.length : -1;
    const span = run && from >= end - 1 && from <= end ? Math.min(run.span * 2, MAX_RUN) : FIRST_RUN;
    const to = Math.min(from + span, Math.floor(this.size / 2 ** level));
    const hashes = await this.storage.nodeHashes(level, from, to);
    this.runs.set(level, { from, hashes, span, asked: to - from });
    if (index - from >= hashes.length)
      throw new Error(`the audit tables lack node ${level}/${index}; run verify-store`);
  }
}
