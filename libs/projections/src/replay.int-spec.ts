/**
 * As-at replay is exact: for a long stream (snapshots, segments), with an act imported
 * late with an early effective date and a correction of the first event recorded last,
 * every view equals foldStream over exactly the events the view admits, for many dates.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, foldStream } from '@ledger/domain';
import type { ScriptStep } from '@ledger/domain/demo/demo.script';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import type { RecordedEvent } from '@ledger/event-store';
import { deciderForStream, toStoredDomainEvent } from '@ledger/domain';
import { inView, openReadModel, SNAPSHOT_EVERY, TimeView } from '.';
import { recordSteps } from '@ledger/governance/testing/record-steps';
import { ACTORS } from './testing/scenario';

jest.setTimeout(120_000);
const STREAM = 'community-safety-partnership:medway';

function steps(): ScriptStep[] {
  const base = {
    aggregateType: 'CommunitySafetyPartnership',
    caseId: 'medway',
    actor: ACTORS.csp,
    provenance: { datePrecision: 'day' as const, provenance: 'synthetic' as const },
    classification: 'open',
  };
  const out: ScriptStep[] = [
    {
      ...base,
      stepId: 'm-0',
      command: {
        type: 'RegisterPartnership',
        data: {
          forceArea: 'kent',
          name: 'Medway CSP',
          areas: ['Medway'],
          country: 'england',
          policeAreas: ['kent'],
          responsibleAuthorities: [],
          countyStrategyGroup: false,
        },
      },
      effectiveOn: '2013-01-01',
      recordedAt: '2013-01-01T09:00:00.000Z',
    },
  ];
  let day = '2013-01-01';
  for (let i = 1; i <= 3 * SNAPSHOT_EVERY + 10; i++) {
    day = addDays(day, i % 3 === 0 ? 1 : 0);
    out.push({
      ...base,
      stepId: `m-${i}`,
      command: { type: 'RecordCspMeeting', data: { title: `Meeting ${i}`, note: null } },
      effectiveOn: day,
      recordedAt: `${day}T10:00:00.000Z`,
    });
  }
  // An old meeting found and imported late: effective early, recorded last-but-one.
  out.push({
    ...base,
    stepId: 'm-import',
    command: { type: 'RecordCspMeeting', data: { title: 'Meeting found in the archive', note: 'imported' } },
    effectiveOn: '2013-01-05',
    recordedAt: '2013-06-01T10:00:00.000Z',
  });
  // A correction of the very first event, recorded last.
  out.push({
    ...base,
    stepId: 'm-fix',
    actor: ACTORS.panel,
    command: {
      type: 'CorrectRecord',
      data: {
        correctsEventId: 'step:m-0#0',
        field: 'name',
        oldValue: 'Medway CSP',
        newValue: 'Medway Community Safety Partnership',
        reason: 'Full name',
      },
    },
    effectiveOn: '2013-06-10',
    recordedAt: '2013-06-10T10:00:00.000Z',
  });
  return out;
}

describe('as-at replay against a brute-force fold', () => {
  it('matches foldStream over exactly the admitted events, for every view', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-replay-'));
    const store = await SqliteEventStore.open({ file: join(dir, 'ledger.sqlite') });
    const rm = await openReadModel(store, { backend: 'sqlite', file: store.file });
    try {
      await recordSteps(store, steps());
      await rm.runner.start();
      await rm.runner.waitUntilCaughtUp();
      const all: RecordedEvent[] = [];
      for await (const e of store.readStream(STREAM)) all.push(e);
      expect(all.length).toBeGreaterThan(3 * SNAPSHOT_EVERY);
      const decider = deciderForStream(STREAM)!.decider;
      const dates = [
        '2012-12-31',
        '2013-01-01',
        '2013-01-04',
        '2013-01-05',
        '2013-01-20',
        '2013-02-10',
        '2013-03-01',
        '2013-03-30',
        '2013-05-31',
        '2013-06-01',
        '2013-06-09',
        '2013-06-10',
        '2014-01-01',
      ];
      const views: TimeView[] = [
        ...dates.map((d) => ({ asAt: d })),
        ...dates.map((d) => ({ recordedOn: d })),
        ...dates.flatMap((a) => ['2013-03-01', '2013-06-05'].map((r) => ({ asAt: a, recordedOn: r }))),
      ];
      let replayed = 0;
      for (const v of views) {
        const admitted = all.filter((e) =>
          inView(
            {
              type: e.type,
              effectiveOn: e.metadata.effectiveAt.slice(0, 10),
              recordedOn: e.metadata.recordedAt.slice(0, 10),
            },
            v,
          ),
        );
        const acts = admitted.filter((e) => e.type !== 'RecordCorrected');
        const got = await rm.queries.getCase(STREAM, { ...v, visibility: 'all', timelineLimit: 0 });
        if (acts.length === 0) {
          expect({ v, got }).toEqual({ v, got: null });
          continue;
        }
        const want = JSON.parse(JSON.stringify(foldStream(decider, admitted.map(toStoredDomainEvent))));
        expect({ v, state: got!.state }).toEqual({ v, state: want });
        expect({ v, n: got!.eventCount }).toEqual({ v, n: admitted.length });
        if (got!.replayed) replayed++;
      }
      expect(replayed).toBeGreaterThan(20);
      // The correction shows in the effective view long before it was recorded, not in the record of that day.
      expect(
        (
          (await rm.queries.getCase(STREAM, { asAt: '2013-01-02', visibility: 'all', timelineLimit: 0 }))!.state as {
            name: string;
          }
        ).name,
      ).toBe('Medway Community Safety Partnership');
      expect(
        (
          (await rm.queries.getCase(STREAM, { recordedOn: '2013-06-09', visibility: 'all', timelineLimit: 0 }))!
            .state as { name: string }
        ).name,
      ).toBe('Medway CSP');
    } finally {
      await rm.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
