import { createHash } from 'node:crypto';
import {
  CompactRange,
  consistencyProofOf,
  edgeNodes,
  emptyRoot,
  hashChildren,
  hashLeaf,
  inclusionProofOf,
  rootFromInclusionProof,
  rootOf,
  verifyConsistency,
  verifyInclusion,
} from '../merkle';
import { CONSISTENCY, HASHER_VECTORS, INCLUSION, LEAVES, ROOTS, SOME_HASH } from './merkle-vectors';

const h = (x: string) => Buffer.from(x, 'hex');
const leafHashes = LEAVES.map((l) => hashLeaf(h(l)));
const EMPTY = h(HASHER_VECTORS.emptyRoot);

function rejectsInclusion(index: bigint, size: bigint, leaf: Buffer, proof: Buffer[], root: Buffer): boolean {
  try {
    verifyInclusion(index, size, leaf, proof, root);
    return false;
  } catch {
    return true;
  }
}

function rejectsConsistency(s1: bigint, s2: bigint, proof: Buffer[], r1: Buffer, r2: Buffer): boolean {
  try {
    verifyConsistency(s1, s2, proof, r1, r2);
    return false;
  } catch {
    return true;
  }
}

function flip(proof: Buffer[], i: number, mask: number): Buffer[] {
  return proof.map((p, j) => {
    if (j !== i) return p;
    const c = Buffer.from(p);
    c[0] ^= mask;
    return c;
  });
}

/** Every corruption proof/verify_test.go applies to an inclusion proof. */
function inclusionMutations(index: bigint, size: bigint, proof: Buffer[], root: Buffer, leaf: Buffer) {
  const out: Array<{ desc: string; args: [bigint, bigint, Buffer, Buffer[], Buffer] }> = [
    { desc: 'leafIndex - 1', args: [index - 1n, size, leaf, proof, root] },
    { desc: 'leafIndex - 1 as uint64', args: [(index - 1n) & 0xffffffffffffffffn, size, leaf, proof, root] },
    { desc: 'leafIndex + 1', args: [index + 1n, size, leaf, proof, root] },
    { desc: 'leafIndex ^ 2', args: [index ^ 2n, size, leaf, proof, root] },
    { desc: 'treeSize * 2', args: [index, size * 2n, leaf, proof, root] },
    { desc: 'treeSize / 2', args: [index, size / 2n, leaf, proof, root] },
    { desc: 'wrong leaf', args: [index, size, Buffer.from('WrongLeaf'), proof, root] },
    { desc: 'empty root', args: [index, size, leaf, proof, EMPTY] },
    { desc: 'random root', args: [index, size, leaf, proof, h(SOME_HASH)] },
    { desc: 'trailing garbage', args: [index, size, leaf, [...proof, Buffer.alloc(0)], root] },
    { desc: 'trailing root', args: [index, size, leaf, [...proof, root], root] },
    { desc: 'preceding garbage', args: [index, size, leaf, [Buffer.alloc(0), ...proof], root] },
    { desc: 'preceding root', args: [index, size, leaf, [root, ...proof], root] },
  ];
  proof.forEach((_, i) =>
    out.push({ desc: `modified proof[${i}] bit 3`, args: [index, size, leaf, flip(proof, i, 8), root] }),
  );
  // Every bit of every element, not only bit 3 of the first byte.
  proof.forEach((p, i) => {
    for (let byte = 0; byte < p.length; byte++) {
      const c = proof.map((x) => Buffer.from(x));
      c[i][byte] ^= 1 << (byte % 8);
      out.push({ desc: `proof[${i}] byte ${byte}`, args: [index, size, leaf, c, root] });
    }
  });
  if (proof.length > 0) out.push({ desc: 'removed component', args: [index, size, leaf, proof.slice(0, -1), root] });
  if (proof.length > 1)
    out.push({
      desc: 'inserted component',
      args: [index, size, leaf, [proof[0], h(SOME_HASH), ...proof.slice(1)], root],
    });
  return out;
}

function consistencyMutations(s1: bigint, s2: bigint, r1: Buffer, r2: Buffer, proof: Buffer[]) {
  const out: Array<{ desc: string; args: [bigint, bigint, Buffer[], Buffer, Buffer] }> = [
    { desc: 'size1 - 1', args: [s1 - 1n, s2, proof, r1, r2] },
    { desc: 'size1 + 1', args: [s1 + 1n, s2, proof, r1, r2] },
    { desc: 'size1 ^ 2', args: [s1 ^ 2n, s2, proof, r1, r2] },
    { desc: 'size2 * 2', args: [s1, s2 * 2n, proof, r1, r2] },
    { desc: 'size2 / 2', args: [s1, s2 / 2n, proof, r1, r2] },
    { desc: 'wrong root1', args: [s1, s2, proof, Buffer.from('WrongRoot'), r2] },
    { desc: 'wrong root2', args: [s1, s2, proof, r1, Buffer.from('WrongRoot')] },
    { desc: 'swapped roots', args: [s1, s2, proof, r2, r1] },
    { desc: 'empty proof', args: [s1, s2, [], r1, r2] },
    { desc: 'trailing garbage', args: [s1, s2, [...proof, Buffer.alloc(0)], r1, r2] },
    { desc: 'trailing root1', args: [s1, s2, [...proof, r1], r1, r2] },
    { desc: 'trailing root2', args: [s1, s2, [...proof, r2], r1, r2] },
    { desc: 'preceding garbage', args: [s1, s2, [Buffer.alloc(0), ...proof], r1, r2] },
    { desc: 'preceding root1', args: [s1, s2, [r1, ...proof], r1, r2] },
    { desc: 'preceding root2', args: [s1, s2, [r2, ...proof], r1, r2] },
    { desc: 'preceding proof[0]', args: [s1, s2, [proof[0], ...proof], r1, r2] },
  ];
  if (proof.length > 0) out.push({ desc: 'truncated proof', args: [s1, s2, proof.slice(0, -1), r1, r2] });
  proof.forEach((_, i) => out.push({ desc: `modified proof[${i}] bit 4`, args: [s1, s2, flip(proof, i, 16), r1, r2] }));
  return out;
}

describe('RFC 6962 hasher (transparency-dev vectors)', () => {
  it('hashes the empty tree, leaves and nodes', () => {
    expect(emptyRoot().toString('hex')).toBe(HASHER_VECTORS.emptyRoot);
    expect(hashLeaf(Buffer.alloc(0)).toString('hex')).toBe(HASHER_VECTORS.emptyLeaf);
    expect(hashLeaf(Buffer.from('L123456')).toString('hex')).toBe(HASHER_VECTORS.leafL123456);
    expect(hashChildren(Buffer.from('N123'), Buffer.from('N456')).toString('hex')).toBe(HASHER_VECTORS.nodeN123N456);
  });

  it('separates leaves from nodes and depends on order', () => {
    const a = hashLeaf(Buffer.from('Hello'));
    const b = hashLeaf(Buffer.from('World'));
    expect(a.equals(b)).toBe(false);
    expect(hashChildren(a, b).equals(hashLeaf(Buffer.concat([a, b])))).toBe(false);
    expect(hashChildren(a, b).equals(hashChildren(b, a))).toBe(false);
  });

  it('computes the published roots of every prefix of the reference tree', () => {
    ROOTS.forEach((r, i) => expect(rootOf(leafHashes.slice(0, i + 1)).toString('hex')).toBe(r));
    expect(rootOf([]).toString('hex')).toBe(HASHER_VECTORS.emptyRoot);
  });
});

describe('inclusion proofs (transparency-dev vectors)', () => {
  it.each(INCLUSION)('generates and verifies leaf $index in size $size', ({ index, size, proof }) => {
    const expected = proof.map(h);
    const got = inclusionProofOf(leafHashes, index, size);
    expect(got.map((x) => x.toString('hex'))).toEqual(proof);
    const root = h(ROOTS[size - 1]);
    expect(rootFromInclusionProof(index, size, leafHashes[index], expected).equals(root)).toBe(true);
    expect(() => verifyInclusion(index, size, leafHashes[index], expected, root)).not.toThrow();
  });

  it.each(INCLUSION)('rejects every mutation of leaf $index in size $size', ({ index, size, proof }) => {
    const root = h(ROOTS[size - 1]);
    const muts = inclusionMutations(BigInt(index), BigInt(size), proof.map(h), root, leafHashes[index]);
    const accepted = muts.filter((m) => !rejectsInclusion(...m.args)).map((m) => m.desc);
    expect(accepted).toEqual([]);
    expect(muts.length).toBeGreaterThan(10);
  });

  it('rejects a single-entry tree with a wrong or empty root or leaf', () => {
    const leaf = hashLeaf(Buffer.from('data'));
    expect(() => verifyInclusion(0, 1, leaf, [], leaf)).not.toThrow();
    expect(rejectsInclusion(0n, 1n, Buffer.alloc(0), [], leaf)).toBe(true);
    expect(rejectsInclusion(0n, 1n, leaf, [], Buffer.alloc(0))).toBe(true);
    expect(rejectsInclusion(0n, 1n, Buffer.alloc(0), [], Buffer.alloc(0))).toBe(true);
  });

  it.each([
    [0n, 0n],
    [0n, 1n],
    [1n, 0n],
    [2n, 1n],
  ])('rejects empty proofs with invalid roots or leaves at (%s, %s)', (index, size) => {
    expect(rejectsInclusion(index, size, h(SOME_HASH), [], Buffer.alloc(0))).toBe(true);
    expect(rejectsInclusion(index, size, Buffer.alloc(0), [], EMPTY)).toBe(true);
    expect(rejectsInclusion(index, size, h(SOME_HASH), [], EMPTY)).toBe(true);
  });
});

describe('consistency proofs (transparency-dev vectors)', () => {
  const r1 = Buffer.from("don't care 1");
  const r2 = Buffer.from("don't care 2");
  it.each([
    [0n, 0n, r1, r2, [] as Buffer[], true],
    [1n, 1n, r1, r2, [], true],
    [0n, 0n, r1, r1, [], false],
    [0n, 1n, r1, r2, [], false],
    [1n, 1n, r2, r2, [], false],
    [1n, 0n, r1, r2, [], true],
    [2n, 1n, r1, r2, [], true],
    [1n, 2n, r1, r2, [], true],
    [0n, 0n, EMPTY, r2, [], true],
    [1n, 1n, EMPTY, r2, [], true],
    [0n, 0n, EMPTY, EMPTY, [EMPTY], true],
    [0n, 1n, EMPTY, EMPTY, [EMPTY], true],
    [1n, 1n, EMPTY, EMPTY, [EMPTY], true],
  ])('trivial case %s -> %s (case %#) wantErr=%s', (s1, s2, a, b, proof, wantErr) => {
    expect(rejectsConsistency(s1, s2, proof, a, b)).toBe(wantErr);
  });

  it.each(CONSISTENCY)('generates and verifies $size1 -> $size2', ({ size1, size2, proof }) => {
    expect(consistencyProofOf(leafHashes, size1, size2).map((x) => x.toString('hex'))).toEqual(proof);
    expect(() => verifyConsistency(size1, size2, proof.map(h), h(ROOTS[size1 - 1]), h(ROOTS[size2 - 1]))).not.toThrow();
  });

  it.each(CONSISTENCY.filter((c) => c.proof.length > 0))(
    'rejects every mutation of $size1 -> $size2',
    ({ size1, size2, proof }) => {
      const muts = consistencyMutations(
        BigInt(size1),
        BigInt(size2),
        h(ROOTS[size1 - 1]),
        h(ROOTS[size2 - 1]),
        proof.map(h),
      );
      const accepted = muts.filter((m) => !rejectsConsistency(...m.args)).map((m) => m.desc);
      expect(accepted).toEqual([]);
    },
  );

  it('needs the first-is-a-power-of-two step: proofs from size 1, 2, 4 verify only with it', () => {
    // The proofs for sizes that are powers of two omit first_hash; the verifier prepends it.
    for (const m of [1, 2, 4]) {
      const proof = consistencyProofOf(leafHashes, m, 7);
      expect(() =>
        verifyConsistency(m, 7, proof, rootOf(leafHashes.slice(0, m)), rootOf(leafHashes.slice(0, 7))),
      ).not.toThrow();
      expect(proof.some((p) => p.equals(rootOf(leafHashes.slice(0, m))))).toBe(false);
    }
  });
});

describe('round trips', () => {
  const leaves = Array.from({ length: 64 }, (_, i) => hashLeaf(createHash('sha256').update(`leaf ${i}`).digest()));
  const roots = [emptyRoot(), ...leaves.map((_, i) => rootOf(leaves.slice(0, i + 1)))];

  it('inclusion for every (m, n), n <= 64, with mutated neighbours rejected', () => {
    let checked = 0;
    for (let n = 1; n <= 64; n++) {
      for (let m = 0; m < n; m++) {
        const proof = inclusionProofOf(leaves, m, n);
        verifyInclusion(m, n, leaves[m], proof, roots[n]);
        expect(rejectsInclusion(BigInt(m), BigInt(n), leaves[(m + 1) % 64], proof, roots[n])).toBe(true);
        if (n > 1) expect(rejectsInclusion(BigInt(m), BigInt(n), leaves[m], proof, roots[n - 1])).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe((64 * 65) / 2);
  });

  it('consistency for every (m, n), m <= n <= 64', () => {
    let checked = 0;
    for (let n = 0; n <= 64; n++) {
      for (let m = 0; m <= n; m++) {
        const proof = consistencyProofOf(leaves, m, n);
        verifyConsistency(m, n, proof, roots[m], roots[n]);
        if (m > 0 && m < n) {
          expect(rejectsConsistency(BigInt(m), BigInt(n), proof, roots[n], roots[m])).toBe(true);
          expect(rejectsConsistency(BigInt(m), BigInt(n), proof, roots[m - 1], roots[n])).toBe(true);
        }
        checked++;
      }
    }
    expect(checked).toBe((65 * 66) / 2);
  });

  it('the compact range gives the same root as MTH at every size and reports completed nodes', () => {
    const cr = CompactRange.empty();
    const nodes = new Map<string, Buffer>();
    for (let i = 0; i < 64; i++) {
      cr.append(leaves[i], (level, index, hash) => nodes.set(`${level}/${index}`, hash));
      expect(cr.root().equals(roots[i + 1])).toBe(true);
      const edge = edgeNodes(i + 1);
      expect(edge.length).toBe(cr.hashes.length);
      edge.forEach((e, j) => {
        const hash = e.level === 0 ? leaves[Number(e.index)] : nodes.get(`${e.level}/${e.index}`);
        expect(hash?.equals(cr.hashes[j])).toBe(true);
      });
    }
    expect(nodes.get('6/0')?.equals(roots[64])).toBe(true);
    expect(nodes.size).toBe(63);
  });

  it('handles sizes beyond 2^32 and 2^53 with BigInt arithmetic', () => {
    const size = (1n << 60n) + 5n;
    const index = (1n << 59n) + 3n;
    // A proof of the wrong length is rejected without overflowing.
    expect(rejectsInclusion(index, size, leaves[0], [leaves[1]], roots[2])).toBe(true);
    expect(edgeNodes(size).map((e) => e.level)).toEqual([60, 2, 0]);
    expect(edgeNodes(size)[1].index).toBe((1n << 60n) >> 2n);
  });
});
