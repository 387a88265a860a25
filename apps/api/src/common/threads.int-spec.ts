/**
 * The projection runner's and the sealer's threads (SQLite): they follow appends this thread
 * commits, report through the calls the API makes, and stop cleanly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateSigningKey, SqliteSealerStorage } from '@ledger/audit';
import { hashLeaf, rootOf } from '@ledger/audit/verify/merkle';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { collect, newEvent } from '@ledger/event-store/testing/fixtures';
import { eventually } from '../../../../test/helpers/eventually';
import { SealerThread } from '../ledger/sealer-thread';
import { ProjectionThread } from '../read/projection-thread';

describe('background threads over a SQLite store', () => {
  let dir: string;
  let store: SqliteEventStore;
  const append = async (stream: string, n: number) => {
    for (let i = 0; i < n; i++) await store.append(stream, [newEvent({ i })], 'any');
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-threads-'));
    store = await SqliteEventStore.open({ file: join(dir, 'ledger.sqlite') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('projects on its own thread, up to appends made after it started, and reports it', async () => {
    await append('case-a', 3);
    const thread = new ProjectionThread({ storeFile: store.file, readModelFile: store.file, pollMs: 10 });
    await thread.start();
    await append('case-b', 4);
    const head = await store.headPosition();
    await eventually(async () => {
      const s = await thread.status();
      expect(s).toMatchObject({ role: 'leader', head, healthy: true });
      expect(s.projections.length).toBeGreaterThan(0);
      for (const p of s.projections) expect(p).toMatchObject({ state: 'running', position: head, lagEvents: 0 });
    });
    await thread.stop();
    expect(await thread.status()).toMatchObject({ role: 'stopped', healthy: true, lastError: null });
  });

  it('seals on its own thread, and signs a checkpoint covering the head on demand', async () => {
    const key = { name: 'governance-ledger.example/test', dataDir: dir };
    loadOrCreateSigningKey(key);
    await append('case-a', 5);
    const thread = new SealerThread({
      storeFile: store.file,
      sealerFile: store.file,
      key,
      origin: key.name,
      checkpointIntervalMs: 0,
      pollMs: 10,
    });
    await thread.start();
    await append('case-b', 6);
    const cp = await thread.checkpointCoveringHead(10_000);
    const leaves = (await collect(store.readAll())).map((e) => hashLeaf(e.entryBytes));
    expect(cp.size).toBe(11);
    expect(Buffer.isBuffer(cp.root) && cp.root.equals(rootOf(leaves))).toBe(true);
    await thread.stop();
    const storage = await SqliteSealerStorage.open(store.file);
    expect((await storage.latestCheckpoint())?.note).toBe(cp.note);
    await storage.close();
  });
});
