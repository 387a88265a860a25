/**
 * A case view replays once. What the caller may see depends on the case's force area;
 * the query learns it from the case row and settles visibility before it reads the log,
 * so a reader of another area costs no extra replay, and a hidden case none at all.
 * The log is a real SQLite store, wrapped only to count its stream reads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore } from '@ledger/event-store';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { openReadModel, OpenedReadModel } from '../open';
import { recordSteps } from '@ledger/governance/testing/record-steps';
import { COMPLAINT_STREAM, CSP_STREAM, scenarioSteps } from '../testing/scenario';
import { LedgerQueries } from '.';

describe('a case view: one replay, visibility settled from the case row', () => {
  let dir: string;
  let store: SqliteEventStore;
  let rm: OpenedReadModel;
  let reads = 0;
  let queries: LedgerQueries;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-case-view-'));
    store = await SqliteEventStore.open({ file: join(dir, 'ledger.sqlite') });
    await recordSteps(store, scenarioSteps());
    rm = await openReadModel(store, { backend: 'sqlite', file: store.file });
    await rm.runner.start();
    await rm.runner.waitUntilCaughtUp();
    const counted = new Proxy(store, {
      get(target, key) {
        const value = Reflect.get(target, key) as unknown;
        if (key === 'readStream')
          return (...args: Parameters<EventStore['readStream']>) => (reads++, target.readStream(...args));
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as EventStore;
    queries = new LedgerQueries({ db: rm.db, store: counted });
  });
  afterAll(async () => {
    await rm.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function readsOf(run: () => Promise<unknown>): Promise<number> {
    reads = 0;
    await run();
    return reads;
  }

  it('asks for visibility once, with the case force area, and reads the log as often as a view with fixed visibility', async () => {
    const asked: Array<string | null> = [];
    const view = { asAt: '2013-06-01', timelineLimit: 0 };
    const fixed = await readsOf(() => queries.getCase(CSP_STREAM, { ...view, visibility: 'open' }));
    expect(fixed).toBeGreaterThan(0);
    const resolved = await readsOf(async () => {
      const found = await queries.getCase(CSP_STREAM, { ...view, visibility: (area) => (asked.push(area), 'open') });
      expect(found?.replayed).toBe(true);
    });
    expect(asked).toEqual(['kent']);
    expect(resolved).toBe(fixed);
  });

  it('shows an exempt case to its own area and reads nothing of it for another area', async () => {
    const kent = (area: string | null) => (area === 'kent' ? 'all' : 'open');
    const essex = (area: string | null) => (area === 'essex' ? 'all' : 'open');
    expect(await queries.getCase(COMPLAINT_STREAM, { visibility: kent, timelineLimit: 5 })).not.toBeNull();
    expect(
      await readsOf(async () =>
        expect(await queries.getCase(COMPLAINT_STREAM, { visibility: essex, timelineLimit: 5 })).toBeNull(),
      ),
    ).toBe(0);
  });
});
