import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { inclusionProofOf, rootOf, verifyInclusion } from './merkle';
import { InclusionChecker } from './inclusion-checker';

const leaves = Array.from({ length: 300 }, (_, i) => createHash('sha256').update(`leaf ${i}`).digest());

/** What the one-proof-at-a-time verifier says: null for a valid proof, else its message. */
function reference(index: number, size: number, leaf: Buffer, proof: Buffer[], root: Buffer): string | null {
  try {
    verifyInclusion(index, size, leaf, proof, root);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

function checked(c: InclusionChecker, index: number, leaf: Buffer, proof: Buffer[]): string | null {
  try {
    c.verify(index, leaf, proof);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('InclusionChecker', () => {
  it('accepts every leaf of a tree, in order, with one checker', () => {
    for (const size of [1, 2, 3, 7, 8, 9, 100, 255, 300]) {
      const root = rootOf(leaves.slice(0, size));
      const c = new InclusionChecker(size, root);
      for (let i = 0; i < size; i++) expect(checked(c, i, leaves[i], inclusionProofOf(leaves, i, size))).toBeNull();
    }
  });

  it('gives the same answer as verifyInclusion for any sequence of valid and altered proofs', () => {
    const step = fc.record({
      index: fc.nat(299),
      alter: fc.constantFrom('none', 'element', 'leaf', 'index', 'drop', 'extra'),
      at: fc.nat(20),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.array(step, { minLength: 1, maxLength: 40 }), (size, steps) => {
        const root = rootOf(leaves.slice(0, size));
        const c = new InclusionChecker(size, root);
        for (const s of steps) {
          let index = s.index % size;
          let leaf = leaves[index];
          let proof = inclusionProofOf(leaves, index, size);
          if (s.alter === 'element' && proof.length) {
            proof = proof.map((p, i) =>
              i === s.at % proof.length ? Buffer.from(p.map((b, j) => (j === 0 ? b ^ 1 : b))) : p,
            );
          } else if (s.alter === 'leaf') leaf = leaves[(index + 1) % 300];
          else if (s.alter === 'index') index = (index + 1 + s.at) % size;
          else if (s.alter === 'drop') proof = proof.slice(1);
          else if (s.alter === 'extra') proof = [...proof, leaves[0]];
          expect(checked(c, index, leaf, proof)).toBe(reference(index, size, leaf, proof, root));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an index outside the tree and a proof element of the wrong length', () => {
    const root = rootOf(leaves.slice(0, 10));
    const c = new InclusionChecker(10, root);
    expect(checked(c, 10, leaves[0], [])).toMatch(/not inside a tree of size 10/);
    expect(checked(c, -1, leaves[0], [])).toMatch(/must not be negative/);
    expect(checked(c, 0, leaves[0], [leaves[1].subarray(1)])).toMatch(/proof element 0 is not a 32-byte hash/);
  });
});
