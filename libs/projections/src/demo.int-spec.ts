/**
 * Scenario over the demo scripts (libs/domain/src/demo): the Kent seed timeline and the
 * synthetic Northshire flows, loaded through the real deciders into a real SQLite store.
 * Asserts what a panel would see on given dates.
 */
import { deciderByAggregate } from '@ledger/domain';
import { KENT_CASES, kentDemoScript, SYNTHETIC_CASES, syntheticDemoScript } from '@ledger/domain/demo';
import type { OpenedReadModel } from '.';
import { recordSteps } from '@ledger/governance/testing/record-steps';
import { sqliteReadModelOver, type LoadedReadModel } from './testing/sqlite-read-model';

jest.setTimeout(60_000);

describe('demo scripts: what the panel sees', () => {
  let loaded: LoadedReadModel;
  let rm: OpenedReadModel;
  beforeAll(async () => {
    loaded = await sqliteReadModelOver(
      (store) => recordSteps(store, [...kentDemoScript(), ...syntheticDemoScript()]),
      new Date('2016-01-01T00:00:00Z'),
      'ledger-demo-',
    );
    rm = loaded.rm;
  });
  afterAll(async () => loaded.close());

  it("Kent's dashboard shows no missed duty from gaps in the source papers: they have no record", async () => {
    const kent = await rm.queries.dashboard('kent', { visibility: 'all' });
    expect(kent.overdue).toEqual([]);
    expect(kent.counts.noRecord).toBeGreaterThan(0);
    expect(kent.noRecord.every((d) => d.status === 'no_record' && d.completedOn === null)).toBe(true);
  });

  it('Northshire panel dashboard through the 2014/15 precept cycle', async () => {
    const q = rm.queries;
    const feb10 = await q.dashboard('northshire', { asAt: '2014-02-10', visibility: 'all' });
    expect(feb10.vetoes.map((v) => [v.type, v.effectiveOn, v.legalBasis])).toEqual([
      ['PreceptVetoed', '2014-02-06', 'PRSRA 2011 Sch 5 para 4'],
    ]);
    expect(feb10.counts.outstanding).toBeGreaterThan(0);
    expect(feb10.outstanding.every((d) => d.dueOn >= '2014-02-10')).toBe(true);
    expect(feb10.upcoming.map((d) => d.stream)).toContain(`precept-cycle:${SYNTHETIC_CASES.precept}`);
    const mar1 = await q.dashboard('northshire', { asAt: '2014-03-01', visibility: 'all' });
    expect(mar1.counts.outstanding).toBeLessThan(feb10.counts.outstanding);
    const now = await q.dashboard('northshire', { visibility: 'all' });
    expect(now.vetoes.map((v) => v.type)).toEqual(['PreceptVetoed', 'AppointmentVetoed']);
    // The CSP report required in January 2014 has no submission on record since 31 March;
    // nobody declared the CSP's record complete, so it is "no record", never "missed".
    expect(now.noRecord.map((d) => [d.stream, d.key, d.dueOn])).toContainEqual([
      `csp-report-requirement:${SYNTHETIC_CASES.reportRequirement}`,
      'csp-report.submission',
      '2014-03-31',
    ]);
    expect(now.overdue.map((d) => d.key)).not.toContain('csp-report.submission');
    expect(
      (await q.dashboard('northshire', { asAt: '2014-03-31', visibility: 'all' })).noRecord.map((d) => d.key),
    ).not.toContain('csp-report.submission');
    // Complaints are exempt (Sch 12A paras 1, 2): counted for officers, invisible to the public.
    expect(now.counts.openComplaints).toBeGreaterThanOrEqual(1);
    expect((await q.dashboard('northshire')).counts.openComplaints).toBe(0);
    expect((await q.dashboard('northshire')).counts.byProcess.Complaint).toBeUndefined();
  });

  it('Kent: the election as the record showed it before the S3 year was corrected, and after', async () => {
    const q = rm.queries;
    const stream = `${deciderByAggregate('CommissionerOffice')!.decider.streamPrefix}:${KENT_CASES.office}`;
    const before = await q.getCase(stream, { recordedOn: '2014-01-01', visibility: 'all' });
    expect((before!.state as { pollDate: string }).pollDate).toBe('2013-11-15');
    expect(before!.timeline.items.map((e) => e.type)).not.toContain('RecordCorrected');
    const now = await q.getCase(stream, { visibility: 'all' });
    expect((now!.state as { pollDate: string }).pollDate).toBe('2012-11-15');
    expect(now!.keyDates.termStart).toBe('2012-11-22');
    const fix = now!.timeline.items.find((e) => e.type === 'RecordCorrected')!;
    expect(fix.correctionOf).toEqual(
      expect.objectContaining({ field: 'pollDate', oldValue: '2013-11-15', newValue: '2012-11-15' }),
    );
    const election = now!.timeline.items.find((e) => e.eventId === fix.correctionOf!.eventId)!;
    expect(election.data.pollDate).toBe('2012-11-15');
    expect(election.corrections.map((c) => c.newValue)).toEqual(['2012-11-15']);
    // Kent's panel: on record (recorded) only from 19 March 2013, though it met on 5 February.
    const panel = `${deciderByAggregate('PoliceAndCrimePanel')!.decider.streamPrefix}:${KENT_CASES.panel}`;
    expect(await q.getCase(panel, { asAt: '2013-02-10', visibility: 'all' })).not.toBeNull();
    expect(await q.getCase(panel, { asAt: '2013-02-10', recordedOn: '2013-03-01', visibility: 'all' })).toBeNull();
  });
});
