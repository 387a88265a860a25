import fc from 'fast-check';
import { rootOf, verifyInclusion } from '../verify/merkle';
import { compareStreamIds, streamHeadLeafHash } from '../verify/stream-heads';
import { StreamHeadsTree } from './stream-heads-tree';
import { perfectCover } from './stored-tree';

function naive(heads: Map<string, { revision: number; leafHash: string }>) {
  const ids = [...heads.keys()].sort(compareStreamIds);
  return {
    ids,
    root: rootOf(
      ids.map((id) =>
        streamHeadLeafHash({
          streamId: id,
          lastRevision: heads.get(id)!.revision,
          lastLeafHash: heads.get(id)!.leafHash,
        }),
      ),
    ),
  };
}

describe('incremental stream-heads tree', () => {
  it('always equals a from-scratch RFC 9162 tree over the sorted heads, with proofs that verify', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 6 }), fc.nat(5)), { maxLength: 12 }), {
          maxLength: 8,
        }),
        (batches) => {
          const tree = new StreamHeadsTree();
          const model = new Map<string, { revision: number; leafHash: string }>();
          let leaf = 0;
          for (const batch of batches) {
            for (const [id, bump] of batch) {
              const revision = (model.get(id)?.revision ?? -1) + 1 + bump;
              const leafHash = (leaf++).toString(16).padStart(64, '0');
              model.set(id, { revision, leafHash });
              tree.set(id, revision, leafHash, leaf);
            }
            tree.commit();
            const { ids, root } = naive(model);
            expect(tree.size).toBe(ids.length);
            expect(tree.root().equals(root)).toBe(true);
            const snap = tree.snapshot();
            for (const id of ids) {
              const p = snap.proof(id)!;
              expect(p.index).toBe(ids.indexOf(id));
              verifyInclusion(p.index, snap.size, streamHeadLeafHash(p.head), p.proof, root);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('orders stream ids by UTF-8 bytes', () => {
    const ids = ['b', 'a', '\uffff', '\u{1F600}', 'aa', 'é', ''];
    const byBytes = [...ids].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect([...ids].sort(compareStreamIds)).toEqual(byBytes);
  });

  it('a snapshot does not change when the tree moves on', () => {
    const t = new StreamHeadsTree();
    t.set('a', 0, '00'.repeat(32), 0);
    t.commit();
    const snap = t.snapshot();
    t.set('a', 1, '11'.repeat(32), 1);
    t.set('0', 0, '22'.repeat(32), 2);
    t.commit();
    expect(snap.proof('a')!.head.lastRevision).toBe(0);
    expect(snap.proof('0')).toBeNull();
    expect(snap.root.equals(t.root())).toBe(false);
  });

  it("a snapshot's proofs do not change when the tree updates heads in place", () => {
    const t = new StreamHeadsTree();
    const ids = Array.from({ length: 37 }, (_, i) => `s${i}`);
    ids.forEach((id, i) => t.set(id, 0, i.toString(16).padStart(64, '0'), i));
    t.commit();
    const snap = t.snapshot();
    const before = ids.map((id) => snap.proof(id)!.proof.map((b) => b.toString('hex')));
    ids.forEach((id, i) => t.set(id, 1, (100 + i).toString(16).padStart(64, '0'), 100 + i));
    t.commit();
    ids.forEach((id, i) => {
      const p = snap.proof(id)!;
      expect(p.head.lastRevision).toBe(0);
      expect(p.proof.map((b) => b.toString('hex'))).toEqual(before[i]);
      verifyInclusion(p.index, snap.size, streamHeadLeafHash(p.head), p.proof, snap.root);
    });
  });

  it('walks the heads in tree order with the proofs of proof(), neighbours sharing the nodes of their common path', () => {
    const t = new StreamHeadsTree();
    const ids = Array.from({ length: 45 }, (_, i) => `s${(i * 7) % 45}`);
    ids.forEach((id, i) => t.set(id, i, i.toString(16).padStart(64, '0'), i));
    t.commit();
    const snap = t.snapshot();
    const inOrder = [...ids].sort(compareStreamIds);
    let shared = 0;
    let last: Buffer[] = [];
    for (let p = 0; p < snap.size; p++) {
      expect(snap.idAt(p)).toBe(inOrder[p]);
      const at = snap.at(p);
      const byId = snap.proof(inOrder[p])!;
      expect(at.index).toBe(p);
      expect(at.head).toEqual(byId.head);
      expect(at.proof.map((b) => b.toString('hex'))).toEqual(byId.proof.map((b) => b.toString('hex')));
      verifyInclusion(p, snap.size, streamHeadLeafHash(at.head), at.proof, snap.root);
      shared += at.proof.filter((b, i) => b === last[i]).length;
      last = at.proof;
    }
    expect(shared).toBeGreaterThan(snap.size * 3);
    expect(() => snap.at(snap.size)).toThrow(RangeError);
  });

  it('gives the same tree when room for the heads is made first, and keeps growing after', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `s${(i * 7919) % 3000}`);
    const fill = (t: StreamHeadsTree, from: number, to: number) => {
      for (let i = from; i < to; i++) t.set(ids[i], i, i.toString(16).padStart(64, '0'), i);
      t.commit();
      t.trim();
    };
    const plain = new StreamHeadsTree();
    const sized = new StreamHeadsTree();
    fill(plain, 0, 2000);
    sized.reserve(2000);
    sized.reserve(10);
    fill(sized, 0, 2000);
    expect(sized.root().equals(plain.root())).toBe(true);
    fill(plain, 2000, 3000);
    fill(sized, 2000, 3000);
    expect(sized.root().equals(plain.root())).toBe(true);
    const snap = sized.snapshot();
    for (const id of ids.slice(0, 50)) {
      const p = snap.proof(id)!;
      expect(p.head).toEqual(plain.snapshot().proof(id)!.head);
      verifyInclusion(p.index, snap.size, streamHeadLeafHash(p.head), p.proof, snap.root);
    }
  });

  it("finds a stream's position by key, and not a stream added after the snapshot", () => {
    const t = new StreamHeadsTree();
    const ids = ['m', 'b', 'z', 'é', 'a'];
    ids.forEach((id, i) => t.set(id, 0, i.toString(16).padStart(64, '0'), i));
    t.commit();
    const snap = t.snapshot();
    t.set('c', 0, '11'.repeat(32), 9);
    t.set('pending', 0, '22'.repeat(32), 10);
    t.commit();
    t.set('later', 0, '33'.repeat(32), 11);
    for (const id of ids) expect(snap.idAt(snap.positionOf(id))).toBe(id);
    expect(snap.positionOf('c')).toBe(-1);
    expect(snap.positionOf('later')).toBe(-1);
    expect(snap.positionOf('nothing')).toBe(-1);
    expect(t.snapshot().positionOf('c')).toBe(2);
  });

  it('covers a range with aligned perfect subtrees', () => {
    expect(perfectCover({ start: 0n, end: 7n })).toEqual([
      { level: 2, index: 0 },
      { level: 1, index: 2 },
      { level: 0, index: 6 },
    ]);
    expect(perfectCover({ start: 8n, end: 13n })).toEqual([
      { level: 2, index: 2 },
      { level: 0, index: 12 },
    ]);
    expect(perfectCover({ start: 6n, end: 8n })).toEqual([{ level: 1, index: 3 }]);
  });
});

describe('node cache', () => {
  it('serves proofs correctly while it evicts', async () => {
    const { NodeCache, StoredTree } = await import('./stored-tree');
    const { hashLeaf, inclusionProofOf, consistencyProofOf, CompactRange } = await import('../verify/merkle');
    const leaves = Array.from({ length: 300 }, (_, i) => hashLeaf(Buffer.from(`l${i}`)));
    const nodes = new Map<string, Buffer>();
    const cr = CompactRange.empty();
    leaves.forEach((l, i) => {
      nodes.set(`0/${i}`, l);
      cr.append(l, (level, index, h) => nodes.set(`${level}/${index}`, h));
    });
    const storage = {
      getNodes: async (ids: Array<{ level: number; index: number }>) =>
        new Map(ids.map((id) => [`${id.level}/${id.index}`, nodes.get(`${id.level}/${id.index}`)!])),
      leafHashes: async (from: number, to: number) => leaves.slice(from, to),
    };
    const tree = new StoredTree(storage as never, new NodeCache(8));
    for (let m = 0; m < 300; m += 7) {
      expect(await tree.inclusionProof(m, 300)).toEqual(inclusionProofOf(leaves, m, 300));
      expect(await tree.consistencyProof(m, 300)).toEqual(consistencyProofOf(leaves, m, 300));
    }
  });
});
