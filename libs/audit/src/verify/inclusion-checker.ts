/**
 * Checks many inclusion proofs against one signed root, as an export is read. Each proof
 * is checked in full (RFC 9162 §2.1.3.2, the same steps as rootFromInclusionProof), but
 * a node hash is not recomputed when the previous proof hashed the same two children at
 * that step: neighbouring leaves share almost all of their path, so a whole export costs
 * about one hash per leaf instead of one per proof element. Number arithmetic (exact
 * below 2^53); larger trees take the BigInt path.
 */
import { big, equalHashes, HASH_SIZE, hashChildren, ProofError, verifyInclusion, type Index } from './merkle';

interface Step {
  left: Uint8Array;
  right: Uint8Array;
  out: Buffer;
}

function checkHash(h: Uint8Array, what: string): void {
  if (!(h instanceof Uint8Array) || h.length !== HASH_SIZE)
    throw new ProofError(`${what} is not a ${HASH_SIZE}-byte hash`);
}

export class InclusionChecker {
  private readonly steps: Array<Step | undefined> = [];
  private readonly sizeBig: bigint;
  private readonly size: number | null;

  constructor(
    size: Index,
    private readonly root: Uint8Array,
  ) {
    this.sizeBig = big(size, 'tree size');
    this.size = this.sizeBig <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(this.sizeBig) : null;
    checkHash(root, 'the root');
  }

  /** Throws ProofError unless `proof` shows `leafHash` at `index` in the tree. */
  verify(index: number, leafHash: Uint8Array, proof: readonly Uint8Array[]): void {
    const n = this.size;
    if (n === null || !Number.isSafeInteger(index))
      return verifyInclusion(index, this.sizeBig, leafHash, proof, this.root);
    if (index < 0) throw new ProofError('leaf index and tree size must not be negative');
    if (index >= n) throw new ProofError(`leaf index ${index} is not inside a tree of size ${n}`);
    checkHash(leafHash, 'the leaf hash');
    proof.forEach((p, i) => checkHash(p, `proof element ${i}`));
    let fn = index;
    let sn = n - 1;
    let r: Uint8Array = leafHash;
    for (let i = 0; i < proof.length; i++) {
      const p = proof[i];
      if (sn === 0) throw new ProofError('the inclusion proof is longer than the tree is deep');
      if (fn % 2 === 1 || fn === sn) {
        r = this.hash(i, p, r);
        if (fn % 2 === 0) {
          while (fn % 2 === 0 && fn !== 0) {
            fn /= 2;
            sn = Math.floor(sn / 2);
          }
        }
      } else {
        r = this.hash(i, r, p);
      }
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    if (sn !== 0) throw new ProofError('the inclusion proof is shorter than the tree is deep');
    if (!equalHashes(r, this.root))
      throw new ProofError(`the inclusion proof for leaf ${index} does not lead to the root of the tree of size ${n}`);
  }

  /** hashChildren(left, right), reusing the last result of this step when its inputs are byte-equal. */
  private hash(step: number, left: Uint8Array, right: Uint8Array): Buffer {
    const s = this.steps[step];
    // The same objects (a proof element reused by ProofDecoder) need no byte comparison.
    if (
      s &&
      (s.left === left || Buffer.compare(s.left, left) === 0) &&
      (s.right === right || Buffer.compare(s.right, right) === 0)
    )
      return s.out;
    const out = hashChildren(left, right);
    this.steps[step] = { left, right, out };
    return out;
  }
}
