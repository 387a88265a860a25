import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { CompactRange, inclusionProofOf } from '../verify/merkle';
import { SqliteSealerStorage } from '../storage/sqlite';
import type { StoredLeaf, StoredNode } from '../storage/types';
import { SequentialProver } from './sequential-prover';

const leafHash = (i: number) => createHash('sha256').update(`leaf ${i}`).digest();

describe('SequentialProver', () => {
  const N = 1100;
  const hashes = Array.from({ length: N }, (_, i) => leafHash(i));
  let dir: string;
  let storage: SqliteSealerStorage;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'prover-'));
    storage = await SqliteSealerStorage.open(join(dir, 'audit.sqlite'));
    const range = CompactRange.empty();
    const leaves: StoredLeaf[] = [];
    const nodes: StoredNode[] = [];
    hashes.forEach((h, i) => {
      leaves.push({ leafIndex: i, eventId: `e${i}`, stream: 's', revision: i, leafHash: h });
      range.append(h, (level, index, hash) => nodes.push({ level, index: Number(index), hash }));
    });
    await storage.appendBatch({ leaves, nodes, heads: [], lastPosition: String(N), expectedSize: 0 });
  });
  afterAll(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([1, 2, 3, 5, 8, 13, 64, 100, 257])(
    'gives the RFC 9162 proof of every leaf, in order, at size %i',
    async (size) => {
      const prover = new SequentialProver(storage, size);
      for (let i = 0; i < size; i++) expect(await prover.inclusionProof(i)).toEqual(inclusionProofOf(hashes, i, size));
    },
  );

  it.each([1000, 1099, N])('gives the RFC 9162 proof of leaves walked in order at size %i', async (size) => {
    const prover = new SequentialProver(storage, size);
    // Every leaf is proved (runs are read in order); a sample is compared with the slow reference.
    for (let i = 0; i < size; i++) {
      const proof = await prover.inclusionProof(i);
      if (i % 41 === 0 || i >= size - 3) expect(proof).toEqual(inclusionProofOf(hashes, i, size));
    }
  });

  it('gives the same proofs for leaves asked for out of order and with gaps', async () => {
    const size = 1037;
    const prover = new SequentialProver(storage, size);
    const order = [1036, 0, 513, 512, 3, 900, 901, 902, 7, 1000, 64, 63, 1035];
    for (const i of order) expect(await prover.inclusionProof(i)).toEqual(inclusionProofOf(hashes, i, size));
  });

  it('refuses a leaf outside the tree', async () => {
    const prover = new SequentialProver(storage, 10);
    await expect(prover.inclusionProof(10)).rejects.toThrow(RangeError);
    await expect(prover.inclusionProof(-1)).rejects.toThrow(RangeError);
  });

  it('says which node is missing instead of giving a wrong proof', async () => {
    const prover = new SequentialProver(storage, N + 5);
    await expect(prover.inclusionProof(0)).rejects.toThrow(/lack node/);
  });
});
