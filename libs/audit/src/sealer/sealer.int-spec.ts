import { SqliteEventStore, type RecordedEvent } from '@ledger/event-store';
import { join } from 'node:path';
import { LogSigner } from '../keys/signer';
import { SqliteSealerStorage } from '../storage/sqlite';
import { fill, newEvent, tempDir } from '../testing/fixtures';
import { hashLeaf, rootOf, verifyConsistency, verifyInclusion } from '../verify/merkle';
import { verifyCheckpoint } from '../verify/note';
import { streamHeadLeafHash } from '../verify/stream-heads';
import { Sealer } from './sealer';
import { eventually } from '../../../../test/helpers/eventually';

const ORIGIN = 'governance-ledger.example/kent';

async function all(store: SqliteEventStore): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  for await (const e of store.readAll()) out.push(e);
  return out;
}

describe('Sealer over the SQLite event store', () => {
  const t = tempDir();
  const file = join(t.dir, 'ledger.sqlite');
  const signer = LogSigner.generate(ORIGIN);
  let store: SqliteEventStore;
  afterAll(async () => {
    await store?.close();
    t.cleanup();
  });

  it('seals every event, signs checkpoints and serves proofs that verify', async () => {
    store = await SqliteEventStore.open({ file });
    await fill(store, 150, 7);
    const storage = await SqliteSealerStorage.open(file);
    const sealer = await Sealer.open({ source: store, storage, signer, origin: ORIGIN, batchSize: 40 });
    expect(await sealer.catchUp()).toBe(150);
    expect(sealer.size).toBe(150);

    const events = await all(store);
    const leafHashes = events.map((e) => hashLeaf(e.entryBytes));
    const cp = sealer.latestCheckpoint()!;
    const parsed = verifyCheckpoint(cp.note, [signer.verifier()], ORIGIN);
    expect(parsed.size).toBe(150n);
    expect(parsed.root.equals(rootOf(leafHashes))).toBe(true);

    for (const [i, e] of events.entries()) {
      const p = await sealer.proofs.inclusionProofForEvent(e.eventId);
      expect(p.leafIndex).toBe(i);
      verifyInclusion(p.leafIndex, p.treeSize, leafHashes[i], p.proof, parsed.root);
    }

    // The empty tree on first start, then one checkpoint after each batch of 40.
    const cps = await sealer.proofs.listCheckpoints();
    expect(cps.map((c) => c.size)).toEqual([150, 120, 80, 40, 0]);
    for (const a of cps) {
      for (const b of cps) {
        if (a.size > b.size) continue;
        const c = await sealer.proofs.consistencyProof(a.size, b.size);
        verifyConsistency(a.size, b.size, c.proof, a.root, b.root);
      }
    }

    // Stream heads: each stream's last event, proven against the checkpoint.
    for (let k = 0; k < 7; k++) {
      const stream = `case-${String(k).padStart(4, '0')}`;
      const last = events.filter((e) => e.stream === stream).pop()!;
      const hp = (await sealer.proofs.streamHeadProof(stream))!;
      expect(hp.head).toEqual({ streamId: stream, lastRevision: last.streamRevision, lastLeafHash: last.leafHash });
      verifyInclusion(hp.index, hp.streamsTreeSize, streamHeadLeafHash(hp.head), hp.proof, parsed.streamsRoot!);
      // And against an older checkpoint, rebuilt from the stored leaves.
      const old = (await sealer.proofs.streamHeadProof(stream, 80))!;
      const oldLast = events
        .slice(0, 80)
        .filter((e) => e.stream === stream)
        .pop()!;
      expect(old.head.lastRevision).toBe(oldLast.streamRevision);
      verifyInclusion(
        old.index,
        old.streamsTreeSize,
        streamHeadLeafHash(old.head),
        old.proof,
        cps.find((c) => c.size === 80)!.streamsRoot,
      );
    }
    expect(await sealer.proofs.streamHeadProof('no-such-stream')).toBeNull();
    await storage.close();
  });

  it('resumes after a restart and extends the same tree', async () => {
    const storage = await SqliteSealerStorage.open(file);
    const sealer = await Sealer.open({ source: store, storage, signer, origin: ORIGIN });
    expect(sealer.size).toBe(150);
    const before = sealer.latestCheckpoint()!;
    await fill(store, 33, 9, 150);
    const cp = await sealer.checkpointNow();
    expect(cp.size).toBe(183);
    const c = await sealer.proofs.consistencyProof(150);
    verifyConsistency(150, 183, c.proof, before.root, cp.root);
    const events = await all(store);
    expect(cp.root.equals(rootOf(events.map((e) => hashLeaf(e.entryBytes))))).toBe(true);
    // On demand with nothing new: the same checkpoint, not a second one.
    expect((await sealer.checkpointNow()).note).toBe(cp.note);
    await storage.close();
  });

  it('follows the log live and checkpoints each batch', async () => {
    const storage = await SqliteSealerStorage.open(file);
    const seen: number[] = [];
    const sealer = await Sealer.open({
      source: store,
      storage,
      signer,
      origin: ORIGIN,
      flushMs: 5,
      onCheckpoint: (c) => seen.push(c.size),
    });
    sealer.start();
    for (let i = 0; i < 25; i++) await store.append('live-case', [newEvent(1000 + i)], 'any');
    await eventually(() => expect(sealer.size).toBe(208));
    const cp = await sealer.checkpointNow();
    expect(cp.size).toBe(208);
    expect(seen.length).toBeGreaterThan(0);
    await sealer.stop();
    const events = await all(store);
    expect(cp.root.equals(rootOf(events.map((e) => hashLeaf(e.entryBytes))))).toBe(true);
    await storage.close();
  });

  it('refuses to start when the stored tree no longer matches its checkpoint', async () => {
    const storage = await SqliteSealerStorage.open(file);
    expect((await storage.state()).size).toBe(208);
    // 208 = 128 + 64 + 16: corrupt the stored node for leaves [192, 208), part of the right edge.
    expect(
      storage.db.prepare('UPDATE audit_node SET hash = zeroblob(32) WHERE level = 4 AND idx = 12').run().changes,
    ).toBe(1);
    await expect(Sealer.open({ source: store, storage, signer, origin: ORIGIN })).rejects.toThrow(
      /does not match its signed checkpoint/,
    );
    await storage.close();
  });

  it("stores a batch's leaves with its checkpoint: when the checkpoint cannot be stored, neither are the leaves", async () => {
    const other = await SqliteEventStore.open({ file: join(t.dir, 'atomic.sqlite') });
    await fill(other, 30, 3);
    const storage = await SqliteSealerStorage.open(join(t.dir, 'atomic.sqlite'));
    const sealer = await Sealer.open({ source: other, storage, signer, origin: ORIGIN });
    storage.db.exec(`CREATE TRIGGER refuse_checkpoint BEFORE INSERT ON audit_checkpoint WHEN NEW.size > 0
      BEGIN SELECT RAISE(ABORT, 'checkpoint refused'); END`);
    await expect(sealer.catchUp()).rejects.toThrow(/checkpoint refused/);
    expect((await storage.state()).size).toBe(0);
    expect(await storage.leafHashes(0, 30)).toEqual([]);

    // Once the checkpoint can be stored, the sealer goes on from what storage holds.
    storage.db.exec('DROP TRIGGER refuse_checkpoint');
    expect(await sealer.catchUp()).toBe(30);
    const events = await all(other);
    const leafHashes = events.map((e) => hashLeaf(e.entryBytes));
    expect(sealer.latestCheckpoint()!.root.equals(rootOf(leafHashes))).toBe(true);
    expect((await sealer.proofs.listCheckpoints()).map((c) => c.size)).toEqual([30, 0]);
    const hp = (await sealer.proofs.streamHeadProof('case-0000'))!;
    verifyInclusion(
      hp.index,
      hp.streamsTreeSize,
      streamHeadLeafHash(hp.head),
      hp.proof,
      sealer.latestCheckpoint()!.streamsRoot,
    );
    await storage.close();
    await other.close();
  });
});
