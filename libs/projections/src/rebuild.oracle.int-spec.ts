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
import type { NewEvent } from '@ledger/event-store';
import {
  casesProjection,
  casesProjectionWith,
  decisionsProjection,
  generationTable,
  openReadModel,
  readMeta,
  readModelDigest,
} from '.';
import type { OpenedReadModel, Projection } from '.';
import { generateAppends } from './testing/generate';
import { appendGenerated, type GeneratedAppend } from './testing/generated-log';

jest.setTimeout(300_000);

/** A correction of a decision's title, recorded a day after the log's last act. */
function titleCorrection(decision: NewEvent, n: number, recordedAt: string): NewEvent {
  return {
    eventId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    type: 'RecordCorrected',
    schemaVersion: 1,
    data: {
      correctsEventId: decision.eventId,
      field: 'title',
      oldValue: (decision.data as { title: string }).title,
      newValue: `Corrected title ${n}`,
      reason: 'Misprint',
    },
    metadata: { ...decision.metadata, recordedAt, effectiveAt: recordedAt.slice(0, 10), causationId: null },
  };
}

/** Corrections of the first, a middle and the last decision: each corrects a row committed batches earlier. */
function decisionCorrections(appends: GeneratedAppend[]): Array<{ stream: string; event: NewEvent }> {
  const decisions = appends.flatMap((a) =>
    a.events.filter((e) => e.type === 'DecisionRecorded').map((event) => ({ stream: a.stream, event })),
  );
  const last = appends[appends.length - 1].events[0].metadata.recordedAt;
  const later = new Date(Date.parse(last) + 86_400_000).toISOString();
  return [0, Math.floor(decisions.length / 2), decisions.length - 1].map((i, n) => ({
    stream: decisions[i].stream,
    event: titleCorrection(decisions[i].event, n + 1, later),
  }));
}

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
  let corrected: Array<{ stream: string; event: NewEvent }>;
  let liveTitles: Array<{ title: string; corrected_recorded_on: string | null }>;
  const types = new Map<string, number>();

  beforeAll(async () => {
    store = await SqliteEventStore.open({ file: join(dir, 'ledger.sqlite') });
    // The runner starts on the empty log, so it tails every event as it is appended.
    const rm = await openReadModel(store, { backend: 'sqlite', file: join(dir, 'live.sqlite') }, { batchSize: 64 });
    await rm.runner.start();
    const appends = [...generateAppends(6000, 7, { longStream: { events: 300 } })];
    for (const a of appends) for (const e of a.events) types.set(e.type, (types.get(e.type) ?? 0) + 1);
    total = await appendGenerated(store, appends, 32);
    corrected = decisionCorrections(appends);
    for (const c of corrected) await store.append(c.stream, [c.event], 'any');
    total += corrected.length;
    await rm.runner.waitUntilCaughtUp(240_000);
    live = await digests(rm);
    const gen = Number((await readMeta(rm.db, 'decisions'))?.live_generation);
    liveTitles = [];
    for (const c of corrected)
      liveTitles.push(
        ...(await rm.db.all<{ title: string; corrected_recorded_on: string | null }>(
          `SELECT title, corrected_recorded_on FROM ${rm.db.table(generationTable('decisions', gen))} WHERE decision_event_id = ?`,
          [(c.event.data as { correctsEventId: string }).correctsEventId],
        )),
      );
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

  it('the live model holds every event, snapshots, decisions, publications and corrected decisions', () => {
    expect(live.cases.rows.events).toBe(total);
    expect(types.get('RecordCorrected')).toBeGreaterThan(5);
    expect(liveTitles.map((t) => t.title)).toEqual(['Corrected title 1', 'Corrected title 2', 'Corrected title 3']);
    expect(liveTitles.every((t) => t.corrected_recorded_on !== null)).toBe(true);
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
