import { Client } from 'pg';
import { PostgresEventStore } from '@ledger/event-store/postgres';
import type { RecordedEvent } from '@ledger/event-store';
import { LogSigner } from '../keys/signer';
import { PostgresSealerStorage } from '../storage/postgres';
import { fill } from '../testing/fixtures';
import { freshSchema, pgUrl } from '../testing/pg';
import { hashLeaf, rootOf, verifyConsistency, verifyInclusion } from '../verify/merkle';
import { verifyCheckpoint } from '../verify/note';
import { streamHeadLeafHash } from '../verify/stream-heads';
import { verifyStore } from '../store-audit';
import { Sealer } from './sealer';

const ORIGIN = 'governance-ledger.example/kent';

describe('Sealer and verifyStore on PostgreSQL', () => {
  let schema: { schema: string; drop: () => Promise<void> };
  let store: PostgresEventStore;
  let storage: PostgresSealerStorage;
  const signer = LogSigner.generate(ORIGIN);

  beforeAll(async () => {
    schema = await freshSchema('audit');
    store = await PostgresEventStore.connect({ connectionString: pgUrl(), schema: schema.schema });
    storage = await PostgresSealerStorage.open({ connectionString: pgUrl(), schema: schema.schema });
  });
  afterAll(async () => {
    await storage?.close();
    await store?.close();
    await schema?.drop();
  });

  it('seals, checkpoints and proves from the same database', async () => {
    await fill(store, 70, 4);
    const sealer = await Sealer.open({ source: store, storage, signer, origin: ORIGIN, batchSize: 30 });
    expect(await sealer.catchUp()).toBe(70);
    const events: RecordedEvent[] = [];
    for await (const e of store.readAll()) events.push(e);
    const hashes = events.map((e) => hashLeaf(e.entryBytes));
    const cp = verifyCheckpoint(sealer.latestCheckpoint()!.note, [signer.verifier()]);
    expect(cp.root.equals(rootOf(hashes))).toBe(true);
    for (const [i, e] of events.entries()) {
      const p = await sealer.proofs.inclusionProofForEvent(e.eventId);
      verifyInclusion(i, 70, hashes[i], p.proof, cp.root);
    }
    const c = await sealer.proofs.consistencyProof(30);
    verifyConsistency(30, 70, c.proof, (await sealer.proofs.checkpointAt(30)).root, cp.root);
    const hp = (await sealer.proofs.streamHeadProof('case-0001', 60))!;
    verifyInclusion(
      hp.index,
      hp.streamsTreeSize,
      streamHeadLeafHash(hp.head),
      hp.proof,
      (await sealer.proofs.checkpointAt(60)).streamsRoot,
    );
    expect((await storage.listCheckpoints()).map((x) => x.size)).toEqual([70, 60, 30, 0]);

    // A restart resumes from the stored state.
    const again = await Sealer.open({ source: store, storage, signer, origin: ORIGIN });
    expect(again.size).toBe(70);
    const report = await verifyStore({ source: store, storage, trustedKeys: [signer.verifier()] });
    expect(report.failures).toEqual([]);
    expect(report.checkpoints).toBe(4);
  });

  it('verifyStore finds a row changed directly in PostgreSQL', async () => {
    const c = new Client({ connectionString: pgUrl() });
    await c.connect();
    try {
      // A DBA going around the append-only trigger.
      await c.query(`ALTER TABLE "${schema.schema}".events DISABLE TRIGGER events_append_only`);
      const r = await c.query(
        `UPDATE "${schema.schema}".events SET entry = convert_to(replace(convert_from(entry, 'UTF8'), '"event 33"', '"event 3X"'), 'UTF8') WHERE position = (SELECT position FROM "${schema.schema}".events ORDER BY position OFFSET 33 LIMIT 1)`,
      );
      expect(r.rowCount).toBe(1);
      await c.query(`ALTER TABLE "${schema.schema}".events ENABLE TRIGGER events_append_only`);
      const report = await verifyStore({ source: store, storage, trustedKeys: [signer.verifier()] });
      expect(report.ok).toBe(false);
      // The adapter itself may refuse the altered row; either way the audit names it.
      expect(report.failures[0]).toMatch(/leaf 33\): its bytes no longer hash|position 34 cannot be read/);
      // Put the row back, then alter a sealed leaf in the audit tables instead.
      await c.query(`ALTER TABLE "${schema.schema}".events DISABLE TRIGGER events_append_only`);
      await c.query(
        `UPDATE "${schema.schema}".events SET entry = convert_to(replace(convert_from(entry, 'UTF8'), '"event 3X"', '"event 33"'), 'UTF8')`,
      );
      await c.query(`ALTER TABLE "${schema.schema}".events ENABLE TRIGGER events_append_only`);
      expect((await verifyStore({ source: store, storage, trustedKeys: [signer.verifier()] })).ok).toBe(true);
      await c.query(`UPDATE "${schema.schema}".audit_leaf SET leaf_hash = sha256('x') WHERE leaf_index = 5`);
      const report2 = await verifyStore({
        source: store,
        storage,
        trustedKeys: [signer.verifier()],
        maxFailures: 1000,
      });
      expect(report2.failures.join('\n')).toMatch(/leaf 5\): the sealed leaf hash differs/);
    } finally {
      await c.end();
    }
  });
});
