import { createHash } from 'node:crypto';
import { CompactRange, inclusionProofOf } from '../verify/merkle';
import { PostgresSealerStorage } from '../storage/postgres';
import { freshSchema, pgUrl } from '../testing/pg';
import type { StoredLeaf, StoredNode } from '../storage/types';
import { SequentialProver } from './sequential-prover';

describe('SequentialProver on PostgreSQL', () => {
  const N = 300;
  const hashes = Array.from({ length: N }, (_, i) => createHash('sha256').update(`leaf ${i}`).digest());
  let schema: { schema: string; drop: () => Promise<void> };
  let storage: PostgresSealerStorage;

  beforeAll(async () => {
    schema = await freshSchema('prover');
    storage = await PostgresSealerStorage.open({ connectionString: pgUrl(), schema: schema.schema });
    const range = CompactRange.empty();
    const leaves: StoredLeaf[] = [];
    const nodes: StoredNode[] = [];
    hashes.forEach((h, i) => {
      leaves.push({
        leafIndex: i,
        eventId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        stream: 's',
        revision: i,
        leafHash: h,
      });
      range.append(h, (level, index, hash) => nodes.push({ level, index: Number(index), hash }));
    });
    await storage.appendBatch({ leaves, nodes, heads: [], lastPosition: String(N), expectedSize: 0 });
  });
  afterAll(async () => {
    await storage?.close();
    await schema?.drop();
  });

  it.each([1, 3, 100, 257, N])('gives the RFC 9162 proof of every leaf, in order, at size %i', async (size) => {
    const prover = new SequentialProver(storage, size);
    for (let i = 0; i < size; i++) expect(await prover.inclusionProof(i)).toEqual(inclusionProofOf(hashes, i, size));
  });

  it('reads one level of stored nodes in order and stops before a missing one', async () => {
    expect(await storage.nodeHashes(1, 0, 3)).toHaveLength(3);
    expect(await storage.nodeHashes(8, 0, 5)).toHaveLength(1);
  });
});
