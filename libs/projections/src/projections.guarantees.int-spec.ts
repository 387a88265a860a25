/**
 * What the runner guarantees over a real SQLite store: the read model does not depend on
 * batch size, an event a projection cannot handle stops that projection only, and a rebuild
 * swaps in an identical model while the old one serves.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { recordSteps } from '@ledger/governance/testing/record-steps';
import { casesProjection, casesProjectionWith, decisionsProjection, openReadModel, readModelDigest } from '.';
import { CSP_STREAM, laterDecision, scenarioSteps } from './testing/scenario';
import { sqliteReadModelOver } from './testing/sqlite-read-model';
import { eventually } from '../../../test/helpers/eventually';

const TODAY = new Date('2014-01-15T09:00:00Z');
jest.setTimeout(60_000);

/** The scenario recorded through the ledger and projected up to the log's head. */
const setup = (batchSize = 1000) =>
  sqliteReadModelOver((store) => recordSteps(store, scenarioSteps()), TODAY, 'ledger-guarantees-', batchSize);

describe('projections over SQLite: guarantees', () => {
  it('the read model does not depend on batch size', async () => {
    const a = await setup(1);
    const b = await setup(1000);
    try {
      for (const p of [casesProjection, decisionsProjection]) {
        expect((await readModelDigest(a.rm.db, p)).digest).toBe((await readModelDigest(b.rm.db, p)).digest);
      }
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('events appended in quick succession are applied together, in one transaction', async () => {
    // A window far longer than the appends take: this batch is cut by its size (8), not by the clock.
    const f = await sqliteReadModelOver(
      (store) => recordSteps(store, scenarioSteps()),
      TODAY,
      'ledger-gather-',
      8,
      60_000,
    );
    const refs = async () => (await f.rm.queries.decisions({})).items.map((d) => d.decisionRef);
    const db = new Database(f.store.file);
    try {
      // After a quiet spell the first event is applied at once.
      await recordSteps(f.store, [laterDecision('reg-d4', 'D4', 'Decision 4')]);
      await eventually(async () => expect(await refs()).toContain('D4'));
      db.exec(`CREATE TABLE test_checkpoint_writes (projection TEXT);
        CREATE TRIGGER test_count_checkpoint_writes AFTER UPDATE ON rm_checkpoints
        BEGIN INSERT INTO test_checkpoint_writes VALUES (NEW.projection); END`);
      const head = Number(await f.store.headPosition());
      // Eight decisions, each its own command and its own append.
      const later = [5, 6, 7, 8, 9, 10, 11, 12].map((n) => laterDecision(`reg-d${n}`, `D${n}`, `Decision ${n}`));
      await recordSteps(f.store, later);
      expect(Number(await f.store.headPosition()) - head).toBe(8);
      await eventually(async () => expect(await refs()).toContain('D12'));
      const writes = db
        .prepare('SELECT COUNT(*) FROM test_checkpoint_writes WHERE projection = ?')
        .pluck()
        .get(decisionsProjection.name);
      expect(writes).toBe(1);
    } finally {
      db.close();
      await f.close();
    }
  });

  it('an event a projection cannot handle stops that projection only, records the error, and is not retried in a loop', async () => {
    const f = await setup();
    try {
      // A valid envelope on a CSP stream, of a type its decider does not know (e.g. written by a newer version).
      const head = (await f.rm.runner.status()).projections[0].position;
      const bad = await f.store.append(
        CSP_STREAM,
        [
          {
            eventId: randomUUID(),
            type: 'ReportWithdrawn',
            schemaVersion: 1,
            data: {},
            metadata: {
              actor: { id: 'x', name: 'X', role: 'admin', body: 'kent-pcc' },
              effectiveAt: '2013-10-01',
              recordedAt: '2013-10-01T00:00:00.000Z',
              legalBasis: null,
              correlationId: CSP_STREAM,
              causationId: null,
              classification: 'open',
            },
          },
        ],
        'any',
      );
      // A later, valid decision still reaches the decision register.
      await recordSteps(f.store, [laterDecision('reg-d4', 'D4', 'Later decision')]);
      const st = await eventually(async () => {
        const s = await f.rm.runner.status();
        expect([s.projections[0].state, s.projections[1].lagEvents]).toEqual(['failed', 0]);
        return s;
      });
      const [cases, decisions] = st.projections;
      expect(cases.state).toBe('failed');
      expect(cases.position).toBe(head);
      expect(cases.error).toEqual(
        expect.objectContaining({ eventId: bad.events[0].eventId, position: bad.events[0].position }),
      );
      expect(cases.error!.message).toMatch(/ReportWithdrawn/);
      expect(cases.lagEvents).toBe(2);
      expect(decisions.state).toBe('running');
      expect(decisions.lagEvents).toBe(0);
      expect(st.healthy).toBe(false);
      expect((await f.rm.queries.decisions({})).items.map((d) => d.decisionRef)).toContain('D4');
      // The old state keeps serving.
      expect((await f.rm.queries.getCase(CSP_STREAM, { visibility: 'all' }))!.status).toBe('submitted');
      // It stays stopped (no loop) until retried: a later event reaches the decision register
      // (the runner went on working) while the cases projection stays where it stopped.
      await recordSteps(f.store, [laterDecision('reg-d5', 'D5', 'Decision after the failure')]);
      await eventually(async () =>
        expect((await f.rm.queries.decisions({})).items.map((d) => d.decisionRef)).toContain('D5'),
      );
      expect((await f.rm.runner.status()).projections[0]).toEqual(
        expect.objectContaining({ state: 'failed', position: head }),
      );
      // A retry meets the same event and stops again: retry() clears the failure, so 'failed'
      // is seen again only once the retry has run.
      await f.rm.runner.retry('cases');
      const again = await eventually(async () => {
        const p = (await f.rm.runner.status()).projections[0];
        expect(p.state).toBe('failed');
        return p;
      });
      expect(again.position).toBe(head);
    } finally {
      await f.close();
    }
  });

  it('rebuilds into shadow tables while the old model serves, then swaps to an identical model', async () => {
    const f = await setup();
    try {
      const before = await readModelDigest(f.rm.db, casesProjection);
      const served: number[] = [];
      const progress: string[] = [];
      const rebuilding = f.rm.runner.rebuild(undefined, (p) => progress.push(p.phase));
      // Queries keep working during the rebuild.
      served.push((await f.rm.queries.listCases({ visibility: 'all' })).items.length);
      const gens = await rebuilding;
      served.push((await f.rm.queries.listCases({ visibility: 'all' })).items.length);
      expect(served).toEqual([3, 3]);
      expect(gens).toEqual({ cases: 2, decisions: 2 });
      expect(progress).toContain('swapped');
      const after = await readModelDigest(f.rm.db, casesProjection);
      expect(after.digest).toBe(before.digest);
      // The runner carries on in the new generation.
      await recordSteps(f.store, [laterDecision('reg-d5', 'D5', 'After the swap')]);
      await f.rm.runner.waitUntilCaughtUp();
      const st = await f.rm.runner.status();
      expect(st.projections.map((p) => [p.name, p.generation, p.lagEvents])).toEqual([
        ['cases', 2, 0],
        ['decisions', 2, 0],
      ]);
      expect((await f.rm.queries.decisions({})).items.map((d) => d.decisionRef)).toContain('D5');
    } finally {
      await f.close();
    }
  });

  it('a rebuild that keeps one case in memory, writing each case as it leaves, gives the same model', async () => {
    const f = await setup();
    try {
      await f.rm.runner.stop();
      const before = await readModelDigest(f.rm.db, casesProjection);
      const small = await openReadModel(
        f.store,
        { backend: 'sqlite', file: f.store.file },
        { projections: [casesProjectionWith({ rebuildCache: 1 }), decisionsProjection], rebuildBatchSize: 2 },
      );
      try {
        expect(await small.runner.rebuild()).toEqual({ cases: 2, decisions: 2 });
        const after = await readModelDigest(small.db, casesProjection);
        expect(after.rows).toEqual(before.rows);
        expect(after.digest).toBe(before.digest);
      } finally {
        await small.close();
      }
    } finally {
      await f.close();
    }
  });
});
