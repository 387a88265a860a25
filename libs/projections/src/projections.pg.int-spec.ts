/**
 * The read models on PostgreSQL, fed by the PostgreSQL event store: the same scenario
 * views as on SQLite, the leader lock (one instance projects, the other stands by and
 * takes over), and a read model equal to a fresh rebuild.
 */
import { PostgresEventStore } from '@ledger/event-store/postgres';
import { eventually } from '../../../test/helpers/eventually';
import { freshSchema, pgUrl } from '@ledger/event-store/testing/pg';
import { casesProjection, decisionsProjection, openReadModel, readModelDigest } from '.';
import { recordSteps } from '@ledger/governance/testing/record-steps';
import { COMPLAINT_STREAM, CSP_STREAM, laterDecision, scenarioSteps } from './testing/scenario';

jest.setTimeout(120_000);
const TODAY = new Date('2014-01-15T09:00:00Z');

describe('projections over PostgreSQL', () => {
  let schema: Awaited<ReturnType<typeof freshSchema>>;
  let store: PostgresEventStore;
  beforeAll(async () => {
    schema = await freshSchema('proj');
    store = await PostgresEventStore.connect({ connectionString: pgUrl(), schema: schema.schema });
    await recordSteps(store, scenarioSteps());
  });
  afterAll(async () => {
    await store.close();
    await schema.drop();
  });

  it('projects, answers asAt / recordedOn around the correction, and only one instance leads', async () => {
    const config = { backend: 'postgres' as const, connectionString: pgUrl(), schema: schema.schema };
    const a = await openReadModel(store, config, { clock: () => TODAY, standbyRetryMs: 100 });
    const b = await openReadModel(store, config, { clock: () => TODAY, standbyRetryMs: 100 });
    try {
      await a.runner.start();
      await a.runner.waitUntilCaughtUp();
      await b.runner.start();
      await eventually(async () => expect((await b.runner.status()).role).toBe('standby'));
      expect((await a.runner.status()).role).toBe('leader');
      expect((await b.runner.status()).projections.map((p) => p.lagEvents)).toEqual([0, 0]);

      const q = b.queries; // any instance can serve reads
      const dl = async (v: { asAt?: string; recordedOn?: string }) =>
        (await q.getCase(CSP_STREAM, { ...v, visibility: 'all' }))!.deadlines[0];
      expect(await dl({})).toEqual(expect.objectContaining({ status: 'met', completedOn: '2013-06-28' }));
      expect(await dl({ asAt: '2013-08-01' })).toEqual(expect.objectContaining({ status: 'met' }));
      expect(await dl({ recordedOn: '2013-08-01' })).toEqual(
        expect.objectContaining({ status: 'late', completedOn: '2013-07-05' }),
      );
      expect(await dl({ asAt: '2013-06-15' })).toEqual(expect.objectContaining({ status: 'outstanding' }));
      expect((await q.listCases({})).items.map((c) => c.stream)).not.toContain(COMPLAINT_STREAM);
      expect((await q.decisions({})).items.map((d) => [d.decisionRef, d.published])).toEqual([
        ['D3', false],
        ['D1', true],
      ]);
      const trail = await q.trail({ body: 'medway-csp', recordedOn: '2013-08-01', visibility: 'all' });
      expect(trail.items.map((i) => [i.type, i.deadlineStatus])).toEqual([['ReportSubmitted', 'late']]);
      expect(
        (await q.deadlines({ visibility: 'all', asAt: '2013-07-02', status: 'no_record' })).items.map((d) => d.key),
      ).toContain('csp-report.submission');

      // The leader goes away: the standby takes over and projects new events.
      await a.runner.stop();
      await recordSteps(store, [laterDecision('pg-d9', 'D9', 'After failover')]);
      await eventually(async () => expect((await b.runner.status()).role).toBe('leader'));
      await b.runner.waitUntilCaughtUp();
      expect((await q.decisions({})).items.map((d) => d.decisionRef)).toContain('D9');

      // Byte-equal to a fresh rebuild.
      const before = [
        await readModelDigest(b.db, casesProjection),
        await readModelDigest(b.db, decisionsProjection),
      ].map((d) => d.digest);
      await b.runner.rebuild();
      const after = [
        await readModelDigest(b.db, casesProjection),
        await readModelDigest(b.db, decisionsProjection),
      ].map((d) => d.digest);
      expect(after).toEqual(before);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
