/**
 * Declared coverage over a real SQLite store: "missed" only where a body's record is
 * declared complete, and the trail never blames an act for a deadline it only started.
 */
import type { OpenedReadModel } from '.';
import { recordSteps } from '@ledger/governance/testing/record-steps';
import { sqliteReadModelOver, type LoadedReadModel } from './testing/sqlite-read-model';
import { ACTORS, CSP_STREAM, scenarioSteps } from './testing/scenario';

jest.setTimeout(60_000);

describe('declared record coverage (the record says what it shows)', () => {
  let loaded: LoadedReadModel;
  let rm: OpenedReadModel;
  beforeAll(async () => {
    const coverage = {
      stepId: 'csp-coverage',
      aggregateType: 'RecordCoverage',
      caseId: 'kent-csp',
      command: {
        type: 'DeclareRecordCoverage',
        data: {
          forceArea: 'kent',
          body: 'csp',
          completeFrom: '2013-01-01',
          basis: 'Every CSP paper since January 2013 is on record',
        },
      },
      effectiveOn: '2013-05-02',
      recordedAt: '2013-05-02T10:00:00.000Z',
      actor: ACTORS.csp,
      provenance: { datePrecision: 'day' as const, provenance: 'synthetic' as const },
      classification: 'open',
    };
    loaded = await sqliteReadModelOver(
      (store) => recordSteps(store, [...scenarioSteps(), coverage]),
      new Date('2014-01-15T09:00:00Z'),
      'ledger-coverage-',
    );
    rm = loaded.rm;
  });
  afterAll(async () => loaded.close());

  it("given the CSP's record declared complete from January 2013, when its report is past due with nothing on record, then it is missed", async () => {
    const q = rm.queries;
    const july = await q.dashboard('kent', { asAt: '2013-07-02', visibility: 'all' });
    expect(july.overdue.map((d) => [d.key, d.status])).toEqual([['csp-report.submission', 'missed']]);
    expect(july.noRecord.map((d) => d.key)).not.toContain('csp-report.submission');
    expect(
      (await q.deadlines({ visibility: 'all', asAt: '2013-07-02', status: 'missed' })).items.map((d) => d.key),
    ).toEqual(['csp-report.submission']);
    expect((await q.getCase(CSP_STREAM, { asAt: '2013-07-02', visibility: 'all' }))!.deadlines[0].status).toBe(
      'missed',
    );
  });

  it('given the same view before the declaration was recorded, when judged, then there is no record, not a missed duty', async () => {
    const q = rm.queries;
    // The request was recorded on 1 May, the declaration on 2 May.
    expect(
      (await q.getCase(CSP_STREAM, { asAt: '2013-07-02', recordedOn: '2013-05-01', visibility: 'all' }))!.deadlines[0]
        .status,
    ).toBe('no_record');
    expect(
      (await q.getCase(CSP_STREAM, { asAt: '2013-07-02', recordedOn: '2013-05-02', visibility: 'all' }))!.deadlines[0]
        .status,
    ).toBe('missed');
  });

  it('given the request was made on time, when the report it started is missed, then the trail does not mark the request as missed', async () => {
    const trail = await rm.queries.trail({ stream: CSP_STREAM, asAt: '2013-07-02', visibility: 'all' });
    const requested = trail.items.find((i) => i.type === 'ReportRequested')!;
    expect(requested.deadlines).toEqual([
      expect.objectContaining({ key: 'csp-report.submission', relation: 'triggered', status: 'missed' }),
    ]);
    expect(requested.deadlineStatus).toBeNull();
  });
});
