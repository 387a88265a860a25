/**
 * Read models over a real SQLite store (temp files), fed only with events the real
 * deciders produced. Covers the views a panel officer relies on, asAt vs recordedOn with a
 * correction recorded after the fact, visibility and cursors (failure isolation and rebuild:
 * projections.guarantees.int-spec.ts).
 */
import { DECIDERS, deciderForStream, foldStream, toStoredDomainEvent } from '@ledger/domain';
import { recordSteps } from '@ledger/governance/testing/record-steps';
import type { OpenedReadModel } from '.';
import { COMPLAINT_STREAM, CSP_STREAM, REGISTER_STREAM, scenarioSteps } from './testing/scenario';
import { sqliteReadModelOver } from './testing/sqlite-read-model';

const TODAY = new Date('2014-01-15T09:00:00Z');
jest.setTimeout(60_000);

/** The scenario recorded through the ledger and projected up to the log's head. */
const setup = (batchSize = 1000) =>
  sqliteReadModelOver((store) => recordSteps(store, scenarioSteps()), TODAY, 'ledger-proj-', batchSize);

describe('projections over SQLite: the scenario', () => {
  let f: Awaited<ReturnType<typeof setup>>;
  let q: OpenedReadModel['queries'];
  beforeAll(async () => {
    f = await setup();
    q = f.rm.queries;
  });
  afterAll(() => f.close());

  it('projects every stream to the state its decider folds from the store', async () => {
    const cases = await q.listCases({ visibility: 'all', limit: 500 });
    expect(cases.items.map((c) => c.stream).sort()).toEqual([COMPLAINT_STREAM, CSP_STREAM, REGISTER_STREAM].sort());
    for (const c of cases.items) {
      const events = [];
      for await (const e of f.store.readStream(c.stream)) events.push(toStoredDomainEvent(e));
      const full = await q.getCase(c.stream, { visibility: 'all', timelineLimit: 0 });
      expect(full!.state).toEqual(JSON.parse(JSON.stringify(foldStream(deciderForStream(c.stream)!.decider, events))));
      expect(full!.eventCount).toBe(events.length);
    }
    expect(DECIDERS.length).toBeGreaterThan(0);
  });

  it('shows the correction as a correction in the case timeline, with the data as corrected', async () => {
    const c = await q.getCase(CSP_STREAM, { visibility: 'all' });
    expect(c!.status).toBe('submitted');
    const [requested, submitted, correction] = c!.timeline.items;
    expect(requested.type).toBe('ReportRequested');
    expect(requested.legalBasis).toBe('CDA 1998 s.7(1), (1A)');
    expect(requested.actor).toEqual({
      id: 'pcc-kent-ann-barnes',
      name: 'Ann Barnes',
      role: 'pcc-office',
      body: 'kent-pcc',
    });
    expect(submitted.data.submittedOn).toBe('2013-06-28');
    expect(submitted.findings.map((x) => x.code)).toEqual(['CSP_REPORT_SUBMITTED_LATE']);
    expect(submitted.corrections).toEqual([
      expect.objectContaining({
        field: 'submittedOn',
        oldValue: '2013-07-05',
        newValue: '2013-06-28',
        eventId: correction.eventId,
      }),
    ]);
    expect(correction.type).toBe('RecordCorrected');
    expect(correction.correctionOf).toEqual(
      expect.objectContaining({ eventId: submitted.eventId, field: 'submittedOn', newValue: '2013-06-28' }),
    );
    expect(c!.deadlines).toEqual([
      expect.objectContaining({
        key: 'csp-report.submission',
        dueOn: '2013-06-30',
        completedOn: '2013-06-28',
        status: 'met',
      }),
    ]);
  });

  it('asAt and recordedOn differ exactly as they should around the correction', async () => {
    const dl = async (v: { asAt?: string; recordedOn?: string }) =>
      (await q.getCase(CSP_STREAM, { ...v, visibility: 'all' }))!;
    // Effective view on 1 Aug 2013: the correction (recorded 1 Sept) is what we now know about 5 July's act.
    const asAt = await dl({ asAt: '2013-08-01' });
    expect(asAt.deadlines[0]).toEqual(expect.objectContaining({ status: 'met', completedOn: '2013-06-28' }));
    expect(asAt.keyDates.submittedOn).toBe('2013-06-28');
    // What the record showed on 1 Aug 2013: no correction yet, the submission was late.
    const recorded = await dl({ recordedOn: '2013-08-01' });
    expect(recorded.deadlines[0]).toEqual(expect.objectContaining({ status: 'late', completedOn: '2013-07-05' }));
    expect(recorded.keyDates.submittedOn).toBe('2013-07-05');
    expect(recorded.timeline.items.map((e) => e.type)).toEqual(['ReportRequested', 'ReportSubmitted']);
    expect(recorded.timeline.items[1].corrections).toEqual([]);
    expect(recorded.corrections).toEqual([]);
    // Both clocks: as at 1 Aug as recorded on 1 Aug = the uncorrected record.
    expect((await dl({ asAt: '2013-08-01', recordedOn: '2013-08-01' })).deadlines[0].status).toBe('late');
    // Once the correction is on record, recordedOn agrees with the effective view.
    expect((await dl({ recordedOn: '2013-09-01' })).deadlines[0].status).toBe('met');
    // Before the submission: outstanding, then (after the due date, nothing on record, no declared coverage) no record.
    expect((await dl({ asAt: '2013-06-15' })).deadlines[0]).toEqual(
      expect.objectContaining({ status: 'outstanding', completedOn: null }),
    );
    expect((await dl({ asAt: '2013-06-15' })).status).toBe('required');
    expect((await dl({ asAt: '2013-07-02' })).deadlines[0].status).toBe('no_record');
    // Before the case existed: nothing.
    expect(await q.getCase(CSP_STREAM, { asAt: '2013-04-30', visibility: 'all' })).toBeNull();
    expect(await q.getCase(CSP_STREAM, { recordedOn: '2013-04-30', visibility: 'all' })).toBeNull();
  });

  it('the deadlines register gives every deadline with its status as at any date', async () => {
    const now = await q.deadlines({ visibility: 'all' });
    expect(now.items.map((d) => [d.stream, d.key, d.status])).toEqual(
      expect.arrayContaining([[CSP_STREAM, 'csp-report.submission', 'met']]),
    );
    const july = await q.deadlines({ visibility: 'all', asAt: '2013-07-02', status: 'no_record' });
    expect(july.items.map((d) => d.key)).toContain('csp-report.submission');
    expect((await q.deadlines({ visibility: 'all', asAt: '2013-07-02', status: 'missed' })).items).toEqual([]);
    const asRecorded = await q.deadlines({ visibility: 'all', recordedOn: '2013-08-01', stream: CSP_STREAM });
    expect(asRecorded.items.map((d) => d.status)).toEqual(['late']);
    expect(
      (await q.deadlines({ visibility: 'all', asAt: '2013-06-01', stream: CSP_STREAM })).items.map((d) => d.status),
    ).toEqual(['outstanding']);
  });

  it('the trail per body and per actor lists each act with power, dates and deadline status', async () => {
    const csp = await q.trail({ body: 'medway-csp', visibility: 'all' });
    expect(csp.items).toHaveLength(1);
    const act = csp.items[0];
    expect(act).toEqual(
      expect.objectContaining({
        type: 'ReportSubmitted',
        command: 'SubmitReport',
        legalBasis: 'CDA 1998 s.7(1), (5)',
        effectiveOn: '2013-07-05',
        recordedAt: '2013-07-05T10:00:00.000Z',
        classification: 'open',
        late: true,
        deadlineStatus: 'met',
        actor: { id: 'medway-csp-officer', name: 'Medway CSP officer', role: 'csp-officer', body: 'medway-csp' },
      }),
    );
    expect(act.deadlines).toEqual([
      expect.objectContaining({ key: 'csp-report.submission', relation: 'discharged', status: 'met' }),
    ]);
    // As the record stood on 1 Aug 2013, the same act was late.
    const before = await q.trail({ body: 'medway-csp', recordedOn: '2013-08-01', visibility: 'all' });
    expect(before.items[0].deadlineStatus).toBe('late');
    // By actor, with the correction act itself on the panel's trail.
    const panel = await q.trail({ actorId: 'kent-pcp-secretariat', visibility: 'all' });
    expect(panel.items.map((i) => i.type)).toEqual(['ComplaintReceived', 'RecordCorrected']);
    expect(panel.items[1].correction).toEqual(
      expect.objectContaining({ field: 'submittedOn', oldValue: '2013-07-05', newValue: '2013-06-28' }),
    );
    const panelAug = await q.trail({ actorId: 'kent-pcp-secretariat', asAt: '2013-08-01', visibility: 'all' });
    expect(panelAug.items.map((i) => i.type)).toEqual(['ComplaintReceived']);
  });

  it('pages with opaque cursors and rejects a cursor from another listing', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof q.trail>> = await q.trail({
        forceArea: 'kent',
        visibility: 'all',
        limit: 3,
        cursor,
      });
      seen.push(...page.items.map((i) => i.eventId));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    const all = await q.trail({ forceArea: 'kent', visibility: 'all', limit: 500 });
    expect(seen).toEqual(all.items.map((i) => i.eventId));
    expect(pages).toBe(Math.ceil(all.items.length / 3));
    const casesPage = await q.listCases({ visibility: 'all', limit: 1 });
    expect(casesPage.nextCursor).not.toBeNull();
    await expect(q.trail({ cursor: casesPage.nextCursor })).rejects.toThrow(/another listing/);
  });

  it('anonymous callers see only open cases and open acts', async () => {
    expect((await q.listCases({})).items.map((c) => c.stream)).not.toContain(COMPLAINT_STREAM);
    expect(await q.getCase(COMPLAINT_STREAM)).toBeNull();
    expect(await q.getCase(COMPLAINT_STREAM, { visibility: 'all' })).not.toBeNull();
    const anon = await q.trail({ forceArea: 'kent' });
    expect(anon.items.every((i) => i.classification === 'open')).toBe(true);
    expect(anon.items.map((i) => i.type)).not.toContain('ComplaintReceived');
    const dashAnon = await q.dashboard('kent');
    expect(dashAnon.counts.openComplaints).toBe(0);
    expect((await q.dashboard('kent', { visibility: 'all' })).counts.openComplaints).toBe(1);
  });

  it('the decision register shows whether and when each significant decision was published', async () => {
    const now = await q.decisions({});
    expect(now.items.map((d) => [d.decisionRef, d.published, d.publishedOn, d.daysToPublish])).toEqual([
      ['D3', false, null, null],
      ['D1', true, '2013-02-10', 9],
    ]);
    expect((await q.decisions({ asAt: '2013-02-05' })).items.map((d) => [d.decisionRef, d.published])).toEqual([
      ['D1', false],
    ]);
    expect((await q.decisions({ published: false })).items.map((d) => d.decisionRef)).toEqual(['D3']);
    expect((await q.decisions({ significantOnly: false })).items.map((d) => d.decisionRef)).toEqual(['D3', 'D2', 'D1']);
  });

  it('the panel dashboard as at given dates', async () => {
    const june = await q.dashboard('kent', { asAt: '2013-06-15', visibility: 'all' });
    expect(june.counts.outstanding).toBeGreaterThanOrEqual(1);
    expect(june.outstanding.map((d) => d.key)).toContain('csp-report.submission');
    expect(june.upcoming.map((d) => d.key)).toContain('csp-report.submission');
    expect(june.counts.unpublishedSignificantDecisions).toBe(1);
    const july = await q.dashboard('kent', { asAt: '2013-07-02', visibility: 'all' });
    expect(july.noRecord.map((d) => d.key)).toContain('csp-report.submission');
    expect(july.overdue).toEqual([]);
    const now = await q.dashboard('kent', { visibility: 'all' });
    expect(now.overdue.map((d) => d.key)).not.toContain('csp-report.submission');
    expect(now.counts.byProcess).toEqual({ Complaint: 1, CspReportRequirement: 1, DecisionRegister: 1 });
    expect(now.counts.vetoes).toBe(0);
    expect((await q.dashboard('kent', { asAt: '2012-12-31', visibility: 'all' })).counts.cases).toBe(0);
  });
});
