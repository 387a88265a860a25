/**
 * The rebuild's oracle: over a generated log (registers with thousands of decisions,
 * publications, corrections that refold a stream, a long stream with snapshots), the read
 * model a rebuild writes in bulk must equal, row for row in every table, the one the live
 * runner builds by tailing the log as it is appended.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { casesProjection, casesProjectionWith, decisionsProjection, openReadModel, readModelDigest } from '.';
import type { OpenedReadModel, Projection } from '.';
import { generateAppends } from './testing/generate';
import { appendGenerated } from './testing/generated-log';

jest.setTimeout(300_000);

async function digests(rm: OpenedReadModel) {
  return {
    cases: await readModelDigest(rm.db, casesProjection),
    decisions: await readModelDigest(rm.db, decisionsProjection),
  };
}

describe('rebuild against the live runner (generated log)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-rebuild-oracle-'));
  let store: SqliteEventStore;
  let live: Awaited<ReturnType<typeof digests>>;
  let total: number;
  const types = new Map<string, number>();

  beforeAll(async () => {
    store = await SqliteEventStore.open({ file: join(dir, 'ledger.sqlite') });
    // The runner starts on the empty log, so it tails every event as it is appended.
    const rm = await openReadModel(store, { backend: 'sqlite', file: join(dir, 'live.sqlite') }, { batchSize: 64 });
    await rm.runner.start();
    const appends = [...generateAppends(6000, 7, { longStream: { events: 300 } })];
    for (const a of appends) for (const e of a.events) types.set(e.type, (types.get(e.type) ?? 0) + 1);
    total = await appendGenerated(store, appends, 32);
    await rm.runner.waitUntilCaughtUp(240_000);
    live = await digests(rm);
    await rm.close();
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const rebuildInto = async (file: string, options: { projections?: Projection[]; rebuildBatchSize?: number }) => {
    const rm = await openReadModel(store, { backend: 'sqlite', file: join(dir, file) }, options);
    try {
      expect(await rm.runner.rebuild()).toEqual({ cases: 1, decisions: 1 });
      return await digests(rm);
    } finally {
      await rm.close();
    }
  };

  it('the live model holds every event, snapshots, decisions and publications', () => {
    expect(live.cases.rows.events).toBe(total);
    expect(types.get('RecordCorrected')).toBeGreaterThan(5);
    expect(live.cases.rows.snapshots).toBeGreaterThanOrEqual(4);
    expect(live.decisions.rows.decisions).toBeGreaterThan(100);
    expect(live.decisions.rows.decision_publications).toBeGreaterThan(10);
  });

  it('a rebuild with the default settings writes the same rows in every table', async () => {
    const rebuilt = await rebuildInto('rebuilt.sqlite', {});
    expect(rebuilt.cases.rows).toEqual(live.cases.rows);
    expect(rebuilt.cases.tables).toEqual(live.cases.tables);
    expect(rebuilt.decisions.tables).toEqual(live.decisions.tables);
    expect([rebuilt.cases.digest, rebuilt.decisions.digest]).toEqual([live.cases.digest, live.decisions.digest]);
  });

  it('a rebuild that evicts cases from memory at every small batch writes the same rows', async () => {
    const rebuilt = await rebuildInto('small.sqlite', {
      projections: [casesProjectionWith({ rebuildCache: 3 }), decisionsProjection],
      rebuildBatchSize: 37,
    });
    expect(rebuilt.cases.tables).toEqual(live.cases.tables);
    expect(rebuilt.decisions.tables).toEqual(live.decisions.tables);
    expect([rebuilt.cases.digest, rebuilt.decisions.digest]).toEqual([live.cases.digest, live.decisions.digest]);
  });
});
