/**
 * A rebuild may commit without syncing only while it builds a read model that serves nothing,
 * in a file that is not the store's; it syncs everything before the swap and leaves the writer
 * as the live runner needs it (synchronous=NORMAL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { openReadModel, SqliteReadModelDb } from '.';
import { generateAppends } from './testing/generate';
import { appendGenerated } from './testing/generated-log';

describe('rebuild: syncing while it builds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-rebuild-sync-'));
  let store: SqliteEventStore;

  beforeAll(async () => {
    store = await SqliteEventStore.open({ file: join(dir, 'ledger.sqlite') });
    await appendGenerated(store, generateAppends(400, 3, { longStream: { events: 70 } }), 32);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => jest.restoreAllMocks());

  /** Rebuilds into `file` and tells how often the build relaxed and re-synced, and the writer's setting after. */
  const rebuild = async (file: string) => {
    const relax = jest.spyOn(SqliteReadModelDb.prototype, 'relaxSync');
    const durable = jest.spyOn(SqliteReadModelDb.prototype, 'makeDurable');
    const rm = await openReadModel(store, { backend: 'sqlite', file });
    try {
      await rm.runner.rebuild();
      const writer = (rm.db as unknown as { writer: { pragma(s: string, o?: object): unknown } }).writer;
      const synchronous = writer.pragma('synchronous', { simple: true });
      const walFrames = (writer.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number }>)[0].log;
      return { relaxed: relax.mock.calls.length, durable: durable.mock.calls.length, synchronous, walFrames };
    } finally {
      await rm.close();
      jest.restoreAllMocks();
    }
  };

  it('a first build in a file of its own relaxes, then checkpoints and syncs before the swap', async () => {
    const r = await rebuild(join(dir, 'own.sqlite'));
    expect(r).toEqual({ relaxed: 1, durable: 1, synchronous: 1, walFrames: expect.any(Number) });
    // Only the swap's commit is left in the WAL: the build itself was checkpointed.
    expect(r.walFrames).toBeLessThan(20);
  });

  it('a rebuild of a read model that already serves keeps syncing', async () => {
    const r = await rebuild(join(dir, 'own.sqlite'));
    expect(r).toMatchObject({ relaxed: 0, durable: 0, synchronous: 1 });
  });

  it("a build in the store's own file keeps syncing", async () => {
    const r = await rebuild(store.file);
    expect(r).toMatchObject({ relaxed: 0, durable: 0, synchronous: 1 });
  });
});
