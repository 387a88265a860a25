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

describe('SQLite runs of stored hashes', () => {
  const N = 40;
  const hashes = Array.from({ length: N }, (_, i) => leafHash(i));
  const stored = new Map<string, Buffer>();
  let dir: string;
  let storage: SqliteSealerStorage;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'runs-'));
    storage = await SqliteSealerStorage.open(join(dir, 'audit.sqlite'));
    const range = CompactRange.empty();
    const nodes: StoredNode[] = [];
    hashes.forEach((h) =>
      range.append(h, (level, index, hash) => {
        nodes.push({ level, index: Number(index), hash });
        stored.set(`${level}/${index}`, hash);
      }),
    );
    const leaves = hashes.map((h, i) => ({ leafIndex: i, eventId: `e${i}`, stream: 's', revision: i, leafHash: h }));
    await storage.appendBatch({ leaves, nodes, heads: [], lastPosition: String(N), expectedSize: 0 });
  });
  afterAll(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const hex = (bs: Buffer[]) => bs.map((b) => b.toString('hex'));
  const storedRun = (level: number, from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => stored.get(`${level}/${from + i}`)!);

  it('gives each level in order, each hash its own 32 bytes, fewer past the end', async () => {
    expect(hex(await storage.leafHashes(3, 17))).toEqual(hex(hashes.slice(3, 17)));
    expect(hex(await storage.nodeHashes(0, 30, 60))).toEqual(hex(hashes.slice(30)));
    expect(hex(await storage.nodeHashes(1, 2, 9))).toEqual(hex(storedRun(1, 2, 9)));
    expect(hex(await storage.nodeHashes(3, 0, 9))).toEqual(hex(storedRun(3, 0, 5)));
    expect(await storage.nodeHashes(2, 50, 60)).toEqual([]);
    expect(await storage.leafHashes(50, 60)).toEqual([]);
    expect((await storage.nodeHashes(1, 0, 4)).map((b) => b.length)).toEqual([32, 32, 32, 32]);
  });

  it('ends a run before the first missing node, and gives a hash of another size as stored', async () => {
    storage.db.prepare('DELETE FROM audit_node WHERE level = 1 AND idx = 6').run();
    expect(hex(await storage.nodeHashes(1, 2, 12))).toEqual(hex(storedRun(1, 2, 6)));
    expect(await storage.nodeHashes(1, 6, 12)).toEqual([]);
    storage.db.prepare("UPDATE audit_node SET hash = x'0102' WHERE level = 2 AND idx = 1").run();
    expect(hex(await storage.nodeHashes(2, 0, 3))).toEqual([
      stored.get('2/0')!.toString('hex'),
      '0102',
      stored.get('2/2')!.toString('hex'),
    ]);
    storage.db.prepare("UPDATE audit_leaf SET leaf_hash = x'ff' WHERE leaf_index = 5").run();
    expect(hex(await storage.leafHashes(4, 7))).toEqual([hashes[4].toString('hex'), 'ff', hashes[6].toString('hex')]);
  });
});
