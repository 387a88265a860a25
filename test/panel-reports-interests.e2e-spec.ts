/**
 * The panel's own work over HTTP, on SQLite and (with DATABASE_URL) PostgreSQL: a report on a
 * PCC decision with a required response, publication and copies to the councils; an
 * appointment report published; a member's register of interests with a late disclosure and a
 * dispensation; a deputy PCC; and a body declaring its record complete, which is what turns
 * "no record" into "missed".
 */
import { caughtUp } from './helpers/projections';
import { bearer, request } from './helpers/app';
import { BACKENDS } from './helpers/backends';
import { httpFlow } from './helpers/http-flow';
import { kentDeputy } from '../libs/domain/src/testing/kent-cases';

describe.each(BACKENDS)('%s', (store) => {
  describe("The panel's own work over HTTP", () => {
    const { t, post, ok, open, types } = httpFlow(store);

    const findings = (o: { events: Array<{ findings: Array<{ code: string }> }> }) =>
      o.events.flatMap((e) => e.findings.map((f) => f.code));
    async function refused(path: string, token: string, body: object, code: string, citation: string): Promise<void> {
      await caughtUp(t);
      const before = await request(t.http).get('/v1/trail').set(bearer(t.keys.admin)).query({ limit: 500 });
      const res = await post(path, token, body);
      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ code, citation });
      await caughtUp(t);
      const after = await request(t.http).get('/v1/trail').set(bearer(t.keys.admin)).query({ limit: 500 });
      expect(after.body.items.length).toBe(before.body.items.length);
    }

    it('records a report on a PCC decision, its publication, copies to the councils and a late written response (s.28(6)-(8), s.29(3)-(4))', async () => {
      const panel = t.keys['panel-secretariat'];
      await refused(
        '/v1/force-areas/kent/panel-reports',
        panel,
        { effectiveAt: '2014-03-04', subject: 'x', recommendations: [], responseRequiredBy: '2014-03-04' },
        'PANEL_REPORT_RESPONSE_PERIOD_INVALID',
        'PRSRA 2011 s.29(3)',
      );
      const made = await open('/v1/force-areas/kent/panel-reports', panel, {
        effectiveAt: '2014-03-04',
        caseId: 'kent-2014-front-counters',
        subject: 'Decision D14/2014: closure of front counters',
        decisionRef: 'D14/2014',
        recommendations: ['Publish the equality impact assessment'],
        responseRequiredBy: '2014-04-01',
      });
      await ok(`/v1/panel-reports/${made.caseId}/publication`, panel, {
        effectiveAt: '2014-03-05',
        url: 'https://www.kent.gov.uk/pcp/d14',
      });
      await ok(`/v1/panel-reports/${made.caseId}/council-copies`, panel, {
        effectiveAt: '2014-03-06',
        councils: ['Kent County Council', 'Medway Council'],
      });
      // Only the PCC's office or the panel records the response; a CSP cannot.
      expect(
        (await post(`/v1/panel-reports/${made.caseId}/response`, t.keys['csp-officer'], { summary: 'x' })).status,
      ).toBe(403);
      const response = await ok(`/v1/panel-reports/${made.caseId}/response`, t.keys['pcc-office'], {
        effectiveAt: '2014-04-03',
        summary: 'The assessment will be published by 30 April',
      });
      expect(findings(response.body)).toEqual(['PANEL_REPORT_RESPONSE_LATE']);
      expect(await types(made.stream)).toEqual([
        'PanelReportMade',
        'PanelReportPublished',
        'PanelReportCopiesSent',
        'PanelReportResponseReceived',
      ]);

      await caughtUp(t);
      const view = await request(t.http).get(`/v1/cases/${made.stream}`).set(bearer(panel));
      expect(view.body.deadlines).toEqual([
        expect.objectContaining({ key: 'panel-report.response', owner: 'pcc', dueOn: '2014-04-01', status: 'late' }),
      ]);
      const published = await request(t.http).get('/v1/trail').query({ stream: made.stream });
      expect(published.body.items.find((i: { type: string }) => i.type === 'PanelReportPublished').legalBasis).toMatch(
        /s\.28\(7\)/,
      );
      // The viewer lists the process and the PCC's late response.
      const page = await request(t.http).get('/ui/areas/kent/cases').query({ process: 'PanelReport' });
      expect(page.status).toBe(200);
      expect(page.text).toContain('kent-2014-front-counters');
      expect(page.text).toContain('<option value="PanelReport" selected');
      expect(page.text).toContain('data-status="late"');
    });

    it('publishes a chief constable appointment report under Sch 8 para 4(7)', async () => {
      const panel = t.keys['panel-secretariat'];
      const entered = await open('/v1/force-areas/kent/appointment-reports', panel, {
        effectiveAt: '2014-02-10',
        kind: 'chief_constable_appointment',
        appointmentCaseId: 'kent-cc-2014',
        candidate: 'A. Candidate',
        reportMadeOn: '2014-02-07',
      });
      expect(findings(entered)).toEqual(['PANEL_REPORT_APPOINTMENT_UNVERIFIED']);
      await refused(
        `/v1/panel-reports/${entered.caseId}/publication`,
        panel,
        { effectiveAt: '2014-02-06' },
        'PANEL_REPORT_PUBLISHED_BEFORE_MADE',
        'PRSRA 2011 s.28(7); Sch 8 para 4(7); Sch 1 para 10(6); SI 2012/2271 reg 10(4)',
      );
      await ok(`/v1/panel-reports/${entered.caseId}/publication`, panel, { effectiveAt: '2014-02-10' });
      const events = (await request(t.http).get(`/v1/streams/${entered.stream}`).set(bearer(t.keys.admin))).body.events;
      expect(events[1].data.provision).toBe('PRSRA 2011 Sch 8 para 4(7)-(8); s.28(7)');
      expect(
        (
          await post('/v1/force-areas/kent/appointment-reports', panel, {
            kind: 'chief_constable',
            appointmentCaseId: 'x',
            candidate: 'x',
            reportMadeOn: '2014-02-07',
          })
        ).status,
      ).toBe(400);
    });

    it("keeps a member's register: a late notification after a disclosure, a dispensation only on a written request, and a sensitive interest withheld (Localism Act 2011 ss.29-33)", async () => {
      const panel = t.keys['panel-secretariat'];
      const opened = await open('/v1/force-areas/kent/member-interests', panel, {
        effectiveAt: '2013-06-10',
        caseId: 'kent-cllr-a-member',
        panelId: 'kent-pcp',
        memberId: 'm-a-member',
        member: 'Cllr A. Member',
        memberKind: 'councillor',
        becameMemberOn: '2013-06-03',
      });
      const id = opened.caseId;
      const initial = await ok(`/v1/member-interests/${id}/notifications`, panel, {
        effectiveAt: '2013-06-20',
        occasion: 'taking_office',
        interests: [
          {
            interestId: 'land-1',
            category: 'dpi',
            description: 'Freehold of 1 High Street, Maidstone',
            sensitive: false,
          },
          { interestId: 'home', category: 'dpi', description: 'Home at 2 Acacia Avenue', sensitive: true },
        ],
      });
      expect(findings(initial.body)).toEqual([]);
      await ok(`/v1/member-interests/${id}/meeting-disclosures`, panel, {
        effectiveAt: '2014-02-04',
        disclosureId: 'd-1',
        meetingRef: 'kent-pcp-2014-02-04',
        item: 'precept-2014-15',
        category: 'dpi',
        description: 'Spouse employed by Kent Police',
      });
      const late = await ok(`/v1/member-interests/${id}/notifications`, panel, {
        effectiveAt: '2014-03-04',
        occasion: 'meeting_disclosure',
        disclosureId: 'd-1',
        interests: [
          { interestId: 'job-1', category: 'dpi', description: 'Spouse employed by Kent Police', sensitive: false },
        ],
      });
      expect(findings(late.body)).toEqual(['DISCLOSURE_NOTIFIED_LATE']);
      const grant = {
        effectiveAt: '2014-03-10',
        dispensationId: 'disp-1',
        requestRef: 'req-1',
        ground: 'b',
        relievesFrom: ['vote'],
        business: ['precept-2015-16'],
        from: '2014-03-10',
        to: '2015-03-09',
      };
      await refused(
        `/v1/member-interests/${id}/dispensations`,
        panel,
        grant,
        'DISPENSATION_NO_WRITTEN_REQUEST',
        'Localism Act 2011 s.33(1)',
      );
      await ok(`/v1/member-interests/${id}/dispensation-requests`, panel, {
        effectiveAt: '2014-03-07',
        requestRef: 'req-1',
        business: 'precept-2015-16',
      });
      await refused(
        `/v1/member-interests/${id}/dispensations`,
        panel,
        { ...grant, to: '2018-03-10' },
        'DISPENSATION_PERIOD_INVALID',
        'Localism Act 2011 s.33(3)',
      );
      await ok(`/v1/member-interests/${id}/dispensations`, panel, grant);
      await ok(`/v1/member-interests/${id}/removals`, panel, {
        effectiveAt: '2014-05-01',
        interestId: 'land-1',
        reason: 'Property sold',
      });
      expect(
        (await post(`/v1/member-interests/${id}/removals`, t.keys['pcc-office'], { interestId: 'land-1', reason: 'x' }))
          .status,
      ).toBe(403);

      const raw = await request(t.http).get(`/v1/streams/${opened.stream}`).set(bearer(t.keys.admin));
      expect(raw.text).not.toContain('Acacia');
      await caughtUp(t);
      const view = await request(t.http).get(`/v1/cases/${opened.stream}`).set(bearer(panel));
      expect(view.body.deadlines.map((d: { key: string; status: string }) => [d.key, d.status])).toEqual([
        ['interests.initial-notification', 'met'],
        ['interests.disclosure.d-1', 'late'],
      ]);
    });

    it("appoints a deputy PCC within the PCC's term, refuses a constable and a reserved delegation, and ends the appointment (s.18; Sch 1 para 8)", async () => {
      const pcc = t.keys['pcc-office'];
      const base = { effectiveAt: '2014-05-19', ...kentDeputy };
      await refused(
        '/v1/force-areas/kent/deputy-commissioners',
        pcc,
        { ...base, excludedAs: ['constable'] },
        'DEPUTY_PCC_EXCLUDED_PERSON',
        'PRSRA 2011 s.18(3)(a), (6)',
      );
      await refused(
        '/v1/force-areas/kent/deputy-commissioners',
        pcc,
        { ...base, termEndsOn: '2016-05-12' },
        'DEPUTY_PCC_TERM_BEYOND_PCC',
        'PRSRA 2011 Sch 1 para 8(3), (5)',
      );
      expect((await post('/v1/force-areas/kent/deputy-commissioners', t.keys['panel-secretariat'], base)).status).toBe(
        403,
      );
      const appointed = await open('/v1/force-areas/kent/deputy-commissioners', pcc, base);
      expect(findings(appointed)).toEqual(['DEPUTY_PCC_ELIGIBILITY_UNVERIFIED']);
      await refused(
        `/v1/deputy-commissioners/${appointed.caseId}/delegations`,
        pcc,
        { effectiveAt: '2014-06-01', functions: ['issue_plan'] },
        'DEPUTY_PCC_FUNCTION_RESERVED',
        'PRSRA 2011 s.18(3)(b), (7)(a), (e), (f)',
      );
      await ok(`/v1/deputy-commissioners/${appointed.caseId}/delegations`, pcc, {
        effectiveAt: '2014-06-01',
        functions: ['prepare_annual_report'],
      });
      const ended = await ok(`/v1/deputy-commissioners/${appointed.caseId}/end`, pcc, {
        effectiveAt: '2016-05-11',
        reason: 'term_ended',
      });
      expect(findings(ended.body)).toEqual([]);
      expect(await types(appointed.stream)).toEqual([
        'DeputyCommissionerAppointed',
        'FunctionsDelegatedToDeputy',
        'DeputyAppointmentEnded',
      ]);
    });

    it('shows a past-due duty as no record until the body declares its record complete, then as missed (the dashboard says what the record shows)', async () => {
      const panel = t.keys['panel-secretariat'];
      // An Essex report whose required response never came: the PCC owes it.
      const essexPanel = t.essex['panel-secretariat'];
      const report = await open('/v1/force-areas/essex/panel-reports', essexPanel, {
        effectiveAt: '2014-09-01',
        subject: 'Estate strategy',
        recommendations: ['Consult the public'],
        responseRequiredBy: '2014-10-01',
      });
      await caughtUp(t);
      const dash = async () =>
        (
          await request(t.http)
            .get('/v1/force-areas/essex/dashboard')
            .set(bearer(essexPanel))
            .query({ asAt: '2014-11-01' })
        ).body;
      const before = await dash();
      expect(before.counts.overdue).toBe(0);
      expect(before.noRecord.map((d: { stream: string }) => d.stream)).toContain(report.stream);
      // The panel cannot vouch for the PCC's record; the PCC's office can.
      await refused(
        '/v1/force-areas/essex/record-coverage',
        t.essex['panel-secretariat'],
        { effectiveAt: '2014-10-15', body: 'pcc', completeFrom: '2012-11-22', basis: 'x' },
        'RECORD_COVERAGE_NOT_OWN_BODY',
        'Governance Ledger record-keeping (DOMAIN.md §5.1)',
      );
      await open('/v1/force-areas/essex/record-coverage', t.essex['pcc-office'], {
        effectiveAt: '2014-10-15',
        caseId: 'essex-pcc',
        body: 'pcc',
        completeFrom: '2012-11-22',
        basis: 'Every decision and response of the PCC since taking office is on record',
      });
      await caughtUp(t);
      const after = await dash();
      expect(after.overdue.map((d: { stream: string; status: string }) => [d.stream, d.status])).toEqual([
        [report.stream, 'missed'],
      ]);
      expect(after.noRecord.map((d: { stream: string }) => d.stream)).not.toContain(report.stream);
      const html = await request(t.http).get('/ui/areas/essex').set(bearer(essexPanel)).query({ asAt: '2014-11-01' });
      expect(html.status).toBe(200);
      expect(html.text).toContain('data-status="missed"');
      // Kent's record is declared by nobody: nothing of Kent's is missed.
      const kent = (await request(t.http).get('/v1/force-areas/kent/dashboard').set(bearer(panel))).body;
      expect(kent.counts.overdue).toBe(0);
    });
  });
});
