/**
 * The PCC's and the panel's statutory processes over HTTP, on SQLite and (with DATABASE_URL)
 * PostgreSQL: a full precept cycle with a veto, a chief constable appointment with a veto and
 * a reserve candidate, and one flow for each other process (panel, panel meeting, senior
 * appointments, commissioner office, plan, annual report), so that every endpoint is called at
 * least once with a valid body.
 */
import type { ApiRole } from '@ledger/governance';
import { bearer, request, startApp, TestApp } from './helpers/app';
import { BACKENDS } from './helpers/backends';

interface Envelope {
  type: string;
  revision: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}
interface Member {
  memberId: string;
  name: string;
  kind: 'councillor' | 'coopted';
}

const PANEL_ID = 'kent-pcp';
const COUNCILS = ['Kent County Council', 'Medway Council'];

function expectRule(res: request.Response, code: string, citation: string) {
  expect(res.status).toBe(422);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.code).toBe(code);
  expect(res.body.citation).toBe(citation);
  expect(typeof res.body.detail).toBe('string');
}

describe.each(BACKENDS)('%s', (store) => {
  describe('Precepts, appointments, the panel, the office, the plan and the annual report over HTTP', () => {
    let t: TestApp;
    /** The Kent panel's roster as its stream records it: the panel is set up before any test. */
    let roster: Member[] = [];

    beforeAll(async () => {
      t = await startApp({ store });
      roster = await establishPanel(t.keys, 'kent', PANEL_ID, ['Kent Police and Crime Panel', 'Kent and Medway Police and Crime Panel'], COUNCILS);
    });
    afterAll(async () => t.close());

    const post = (path: string, role: ApiRole, body: object, ifMatch?: string) => {
      const r = request(t.http).post(path).set(bearer(t.keys[role])).set('Content-Type', 'application/json');
      return (ifMatch ? r.set('If-Match', ifMatch) : r).send(body);
    };
    /** Posts and expects success; returns the response. */
    async function ok(path: string, role: ApiRole, body: object, status = 200, ifMatch?: string) {
      const res = await post(path, role, body, ifMatch);
      if (res.status !== status) throw new Error(`${path} as ${role}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
      return res;
    }
    async function streamOf(stream: string): Promise<Envelope[]> {
      const res = await request(t.http).get(`/v1/streams/${stream}`).set(bearer(t.keys.auditor));
      expect(res.status).toBe(200);
      return res.body.events as Envelope[];
    }
    /** A panel of 10 councillors and 2 co-optees, as its secretariat records it; returns its roster. */
    async function establishPanel(keys: Record<ApiRole, string>, forceArea: string, caseId: string, names: [string, string], councils: string[]): Promise<Member[]> {
      const send = async (path: string, body: object, status = 200, ifMatch?: string) => {
        const r = request(t.http).post(path).set(bearer(keys['panel-secretariat'])).set('Content-Type', 'application/json');
        const res = await (ifMatch ? r.set('If-Match', ifMatch) : r).send(body);
        if (res.status !== status) throw new Error(`${path}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
        return res;
      };
      const created = await send(`/v1/force-areas/${forceArea}/police-and-crime-panels`, { caseId, effectiveAt: '2012-07-02', name: names[0], country: 'england', councils }, 201);
      const base = `/v1/police-and-crime-panels/${caseId}`;
      await send(`${base}/arrangements-notification`, { effectiveAt: '2012-07-10' }, 200, 'W/"0"');
      await send(`${base}/aliases`, { effectiveAt: '2012-07-10', alias: names[1] });
      await send(`${base}/co-opted-number`, { effectiveAt: '2012-09-03', number: 2 });
      await send(`${base}/rules-of-procedure`, { effectiveAt: '2012-09-03', quorumRule: { minimumPresent: 3, text: 'The quorum of the Panel shall be 3 voting Members' }, documentRef: 'KPCP Rules of Procedure' });
      for (let i = 1; i <= 10; i++) {
        await send(`${base}/members`, { effectiveAt: '2012-10-01', memberId: `m${i}`, person: `Councillor ${String.fromCharCode(64 + i)}`, council: councils[i % councils.length], politicalGroup: null, isCommissioner: false });
      }
      for (const n of [11, 12]) {
        await send(`${base}/co-opted-members`, { effectiveAt: '2012-10-15', memberId: `m${n}`, person: `Independent Member ${n - 10}`, independent: true, councillorOfArea: false, isCommissioner: false, disqualifyingRoles: [], homeOfficeNotifiedOn: '2012-10-20' });
      }
      const res = await request(t.http).get(`/v1/streams/${created.body.stream}`).set(bearer(keys.auditor));
      return (res.body.events as Envelope[])
        .filter((e) => e.type === 'MemberAppointed' || e.type === 'MemberCoopted')
        .map((e) => ({ memberId: String(e.data.memberId), name: String(e.data.person), kind: e.type === 'MemberAppointed' ? 'councillor' : 'coopted' }));
    }
    const types = async (stream: string) => (await streamOf(stream)).map((e) => e.type);

    describe('Police and crime panel (Sch 6)', () => {
      it('establishes the panel and records its roster: 10 councillors and 2 co-optees', async () => {
        const base = `/v1/police-and-crime-panels/${PANEL_ID}`;
        // The eleventh councillor has no seat (Sch 6 para 4(1)): 422 with the rule.
        const full = await post(`${base}/members`, 'panel-secretariat', { effectiveAt: '2012-10-01', memberId: 'm99', person: 'Councillor Z', council: COUNCILS[0], isCommissioner: false });
        expect(full.status).toBe(422);
        expect(full.body.code).toBe('PANEL_COUNCILLOR_SEATS_FULL');

        const events = await streamOf(`police-and-crime-panel:${PANEL_ID}`);
        expect(events[0].metadata).toMatchObject({ forceArea: 'kent' });
        expect(events[1].metadata).toMatchObject({ findings: [] });
        expect(events.map((e) => e.type)).toEqual([
          'PanelEstablished',
          'PanelArrangementsNotified',
          'PanelAliasAdded',
          'CoOptedNumberResolved',
          'RulesOfProcedureAdopted',
          ...Array(10).fill('MemberAppointed'),
          'MemberCoopted',
          'MemberCoopted',
        ]);
        expect(events[0].data).toMatchObject({ forceArea: 'kent', relevantNumber: 10, establishedOn: '2012-07-02' });
        expect(roster.map((m) => [m.memberId, m.kind])).toEqual([...Array.from({ length: 10 }, (_, i) => [`m${i + 1}`, 'councillor']), ['m11', 'coopted'], ['m12', 'coopted']]);
      });

      it('the panel secretariat may not act for another force area, and the PCC office may not change the roster', async () => {
        const base = `/v1/police-and-crime-panels/${PANEL_ID}`;
        const essex = await request(t.http).post(`${base}/members`).set(bearer(t.essex['panel-secretariat'])).send({ memberId: 'm50', person: 'X', council: COUNCILS[0], isCommissioner: false });
        // Another area's case is answered as one that does not exist.
        expect(essex.status).toBe(404);
        expect((await post(`${base}/members`, 'pcc-office', { memberId: 'm50', person: 'X', council: COUNCILS[0], isCommissioner: false })).status).toBe(403);
      });
    });

    describe('Roster snapshots are checked against the panel record (PRSRA 2011 Sch 5 para 4(4))', () => {
      it('refuses a veto whose roster leaves out a member, accepts the true one, and counts an unnamed panel from the record', async () => {
        const id = 'kent-2014-15-roster';
        const base = `/v1/precept-cycles/${id}`;
        await ok('/v1/force-areas/kent/precept-cycles', 'pcc-office', { caseId: id, effectiveAt: '2014-01-30', financialYear: '2014-15', amount: 150 }, 201);
        const veto = (members: typeof roster, panelId?: string) => ({ effectiveAt: '2014-02-05', recommendations: ['Hold it'], reason: 'too_high', votesFor: 8, membersAtTime: members, ...(panelId ? { panelId } : {}) });
        // Eleven of twelve members: the threshold would drop from 8 to 8 here, but any shrinking is refused.
        const shrunk = await post(`${base}/veto`, 'panel-secretariat', veto(roster.slice(1), PANEL_ID));
        expectRule(shrunk, 'PANEL_ROSTER_MISMATCH', 'PRSRA 2011 Sch 5 para 4(4); Sch 8 para 5(4)');
        expect(shrunk.body.detail).toMatch(/Missing from the vote's roster/);
        expect((await post(`${base}/veto`, 'panel-secretariat', veto(roster, 'no-such-panel'))).body.code).toBe('PANEL_ROSTER_MISMATCH');
        const checked = await ok(`${base}/veto`, 'panel-secretariat', veto(roster, PANEL_ID), 200);
        expect(checked.body.events.flatMap((e: { findings: Array<{ code: string }> }) => e.findings.map((f) => f.code))).not.toContain('PANEL_ROSTER_UNVERIFIED');

        const other = 'kent-2015-16-roster';
        await ok('/v1/force-areas/kent/precept-cycles', 'pcc-office', { caseId: other, effectiveAt: '2015-01-30', financialYear: '2015-16', amount: 150 }, 201);
        const fromRecord = await ok(`/v1/precept-cycles/${other}/veto`, 'panel-secretariat', { ...veto(roster), effectiveAt: '2015-02-05' }, 200);
        expect(fromRecord.body.events[1].type).toBe('PreceptVetoed');
      });
    });

    describe('Precept cycle 2013-14 with a veto (PRSRA 2011 Sch 5; SI 2012/2271)', () => {
      const id = 'kent-2013-14';
      const base = `/v1/precept-cycles/${id}`;
      const veto = (votesFor: number) => ({ effectiveAt: '2013-02-05', recommendations: ['Hold the increase below 2%'], recommendedAmount: 146.5, reason: 'too_high', votesFor, membersAtTime: roster });

      it('notify by 1 Feb → veto by 8 Feb → revised precept by 15 Feb → second report by 22 Feb → response → issue', async () => {
        expect(roster).toHaveLength(12);
        const notified = await ok('/v1/force-areas/kent/precept-cycles', 'pcc-office', { caseId: id, effectiveAt: '2013-01-31', financialYear: '2013-14', amount: 147.15 }, 201);
        expect(notified.headers.etag).toBe('W/"0"');
        expect(notified.headers.location).toBe(`/v1/cases/${encodeURIComponent(`precept-cycle:${id}`)}`);
        expect(notified.body).toMatchObject({ caseId: id, stream: `precept-cycle:${id}`, revision: '0' });
        expect(notified.body.events.map((e: { type: string }) => e.type)).toEqual(['ProposedPreceptNotified']);
        expect(notified.body.events[0].findings).toEqual([]);

        // The panel's veto needs two-thirds of the 12 members at the time: 8. Seven is not enough.
        const short = await post(`${base}/veto`, 'panel-secretariat', veto(7), 'W/"0"');
        expectRule(short, 'PRECEPT_VETO_THRESHOLD', 'PRSRA 2011 Sch 5 para 4(4)');
        expect(short.body.detail).toMatch(/7 of 12.*at least 8/);
        // The PCC's office cannot veto its own precept.
        expect((await post(`${base}/veto`, 'pcc-office', veto(8))).status).toBe(403);

        const vetoed = await ok(`${base}/veto`, 'panel-secretariat', veto(8), 200, 'W/"0"');
        expect(vetoed.headers.etag).toBe('W/"2"');
        expect(vetoed.body.revision).toBe('2');
        expect(vetoed.body.events.map((e: { type: string; revision: string }) => [e.type, e.revision])).toEqual([
          ['PreceptReportMade', '1'],
          ['PreceptVetoed', '2'],
        ]);
        // A stale If-Match is refused.
        expect((await post(`${base}/responses`, 'pcc-office', { effectiveAt: '2013-02-12', stage: 'first' }, 'W/"0"')).status).toBe(412);

        const responded = await ok(`${base}/responses`, 'pcc-office', { effectiveAt: '2013-02-12', stage: 'first', url: 'https://www.kent-pcc.gov.uk/precept/2013-14/response' }, 200, 'W/"2"');
        expect(responded.headers.etag).toBe('W/"3"');

        // Vetoed as too high: the revised precept must be lower (reg 5(3)).
        const wrongWay = await post(`${base}/revised-precept`, 'pcc-office', { effectiveAt: '2013-02-14', amount: 150 }, 'W/"3"');
        expectRule(wrongWay, 'PRECEPT_REVISED_WRONG_DIRECTION', 'SI 2012/2271 reg 5(3)');
        const same = await post(`${base}/revised-precept`, 'pcc-office', { effectiveAt: '2013-02-14', amount: 147.15 }, 'W/"3"');
        expectRule(same, 'PRECEPT_REVISED_WRONG_DIRECTION', 'SI 2012/2271 reg 5(3)');

        const revised = await ok(`${base}/revised-precept`, 'pcc-office', { effectiveAt: '2013-02-14', amount: 146.9 }, 200, 'W/"3"');
        expect(revised.headers.etag).toBe('W/"4"');
        expect(revised.body.events[0]).toMatchObject({ type: 'RevisedPreceptNotified', findings: [] });

        // There is no second veto (reg 6).
        expectRule(await post(`${base}/veto`, 'panel-secretariat', { ...veto(12), effectiveAt: '2013-02-20' }), 'PRECEPT_SECOND_VETO', 'PRSRA 2011 Sch 5 para 4; SI 2012/2271 reg 6(1)-(2)');

        const second = await ok(`${base}/second-report`, 'panel-secretariat', { effectiveAt: '2013-02-21', accepts: true, recommendations: [] }, 200, 'W/"4"');
        expect(second.headers.etag).toBe('W/"5"');

        // Scrutiny ends only when the PCC responds to the second report (reg 7).
        expectRule(await post(`${base}/issue`, 'pcc-office', { effectiveAt: '2013-02-22', amount: 146.9 }), 'PRECEPT_ISSUED_DURING_SCRUTINY', 'PRSRA 2011 Sch 5 para 1(2); SI 2012/2271 regs 4(2), 6(3), 8');

        const secondResponse = await ok(`${base}/responses`, 'pcc-office', { effectiveAt: '2013-02-27', stage: 'second' }, 200, 'W/"5"');
        expect(secondResponse.headers.etag).toBe('W/"6"');

        // After a too-high veto, a higher amount than the revised precept is not allowed.
        expectRule(await post(`${base}/issue`, 'pcc-office', { effectiveAt: '2013-02-28', amount: 147 }), 'PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED', 'PRSRA 2011 Sch 5 paras 5-6; SI 2012/2271 regs 4(2), 6(3), 8');
        const issued = await ok(`${base}/issue`, 'pcc-office', { effectiveAt: '2013-02-28', amount: 146.9 }, 200, 'W/"6"');
        expect(issued.headers.etag).toBe('W/"7"');
        expect(issued.body.events[0]).toMatchObject({ type: 'PreceptIssued', revision: '7', findings: [] });

        const events = await streamOf(`precept-cycle:${id}`);
        expect(events.map((e) => e.type)).toEqual([
          'ProposedPreceptNotified',
          'PreceptReportMade',
          'PreceptVetoed',
          'PreceptResponsePublished',
          'RevisedPreceptNotified',
          'SecondPreceptReportMade',
          'PreceptResponsePublished',
          'PreceptIssued',
        ]);
        expect(events.map((e) => e.revision)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
        const vetoEvent = events[2];
        expect(vetoEvent.data).toMatchObject({ reason: 'too_high', votesFor: 8, requiredVotes: 8, effective: true, vetoedOn: '2013-02-05' });
        expect(vetoEvent.data.membersAtTime).toEqual(roster);
        expect(vetoEvent.metadata).toMatchObject({ legalBasis: 'PRSRA 2011 Sch 5 para 4', effectiveAt: '2013-02-05', forceArea: 'kent', command: 'VetoProposedPrecept' });
        expect((vetoEvent.metadata.actor as { role: string }).role).toBe('panel-secretariat');
        expect(events[7].data).toMatchObject({ amount: 146.9, variant: 'revised', scrutinyEndedBy: 'second_response', issuedOn: '2013-02-28' });
        expect((events[7].metadata.actor as { role: string }).role).toBe('pcc-office');
      });

      it('a later cycle without a veto: report, response, issue at the recommended amount', async () => {
        const created = await ok('/v1/force-areas/kent/precept-cycles', 'pcc-office', { caseId: 'kent-2014-15', effectiveAt: '2014-01-30', financialYear: '2014-15', amount: 149.98 }, 201);
        const b = '/v1/precept-cycles/kent-2014-15';
        await ok(`${b}/report`, 'panel-secretariat', { effectiveAt: '2014-02-04', recommendations: ['Freeze the precept'], recommendedAmount: 147.15 }, 200, 'W/"0"');
        await ok(`${b}/responses`, 'pcc-office', { effectiveAt: '2014-02-10', stage: 'first' }, 200, 'W/"1"');
        const issued = await ok(`${b}/issue`, 'pcc-office', { effectiveAt: '2014-02-14', amount: 147.15 }, 200, 'W/"2"');
        expect(issued.headers.etag).toBe('W/"3"');
        const events = await streamOf(created.body.stream);
        expect(events.map((e) => e.type)).toEqual(['ProposedPreceptNotified', 'PreceptReportMade', 'PreceptResponsePublished', 'PreceptIssued']);
        expect(events[3].data).toMatchObject({ variant: 'first_report_recommendation', scrutinyEndedBy: 'first_response' });
      });

      it('validates the body (400) and keeps the path\'s force area', async () => {
        const bad = await post('/v1/force-areas/kent/precept-cycles', 'pcc-office', { financialYear: '2015', amount: -1, forceArea: 'essex' });
        expect(bad.status).toBe(400);
        expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['amount', 'financialYear', 'forceArea']);
        const essex = await request(t.http).post('/v1/force-areas/kent/precept-cycles').set(bearer(t.essex['pcc-office'])).send({ financialYear: '2015-16', amount: 150, effectiveAt: '2015-01-20' });
        expect(essex.status).toBe(403);
      });
    });

    describe('Chief constable appointment with a veto and a reserve candidate (Sch 8)', () => {
      const id = 'kent-cc-2014';
      const base = `/v1/chief-constable-appointments/${id}`;
      const candidate = (name: string, receivedByPanelOn: string) => ({
        candidate: name,
        isOrWasConstable: true,
        constableService: 'Deputy Chief Constable',
        criteria: 'Published role profile',
        reasons: 'Meets every criterion',
        terms: 'Five-year fixed term',
        receivedByPanelOn,
      });

      it('proposed → hearing → veto → reserve → hearing → report → accepted → appointed', async () => {
        const created = await ok('/v1/force-areas/kent/chief-constable-appointments', 'pcc-office', { caseId: id, effectiveAt: '2014-01-06', ...candidate('Candidate One', '2014-01-06') }, 201);
        expect(created.headers.etag).toBe('W/"0"');
        // The veto is stated in the report after a public hearing.
        expectRule(await post(`${base}/veto`, 'panel-secretariat', { effectiveAt: '2014-01-15', votesFor: 8, membersAtTime: roster }), 'CC_REPORT_BEFORE_HEARING', 'PRSRA 2011 Sch 8 para 6(1); SI 2012/2271 reg 10');
        const hearing = await ok(`${base}/confirmation-hearing`, 'panel-secretariat', { effectiveAt: '2014-01-20', inPublic: true, appearance: 'in_person', meetingRef: 'kent-pcp-2014-01-20' }, 200, 'W/"0"');
        expect(hearing.headers.etag).toBe('W/"1"');
        expect((await post(`${base}/veto`, 'panel-secretariat', { effectiveAt: '2014-01-20', votesFor: 7, membersAtTime: roster })).body.code).toBe('CC_VETO_THRESHOLD');
        const vetoed = await ok(`${base}/veto`, 'panel-secretariat', { effectiveAt: '2014-01-20', votesFor: 8, membersAtTime: roster, url: 'https://democracy.kent.gov.uk/pcp/cc-veto' }, 200, 'W/"1"');
        expect(vetoed.headers.etag).toBe('W/"3"');
        expect(vetoed.body.events.map((e: { type: string }) => e.type)).toEqual(['AppointmentReportMade', 'AppointmentVetoed']);

        // A vetoed candidate can never be appointed.
        expect((await post(`${base}/appointment`, 'pcc-office', { effectiveAt: '2014-01-24', candidate: 'Candidate One' })).body.code).toBe('CC_VETOED_CANDIDATE');

        const reserve = await ok(`${base}/reserve-candidate`, 'pcc-office', { effectiveAt: '2014-01-27', ...candidate('Candidate Two', '2014-01-27') }, 200, 'W/"3"');
        expect(reserve.headers.etag).toBe('W/"4"');
        await ok(`${base}/confirmation-hearing`, 'panel-secretariat', { effectiveAt: '2014-02-03', inPublic: true, appearance: 'live_link' }, 200, 'W/"4"');
        // The reserve candidate cannot be vetoed.
        expect((await post(`${base}/veto`, 'panel-secretariat', { effectiveAt: '2014-02-03', votesFor: 12, membersAtTime: roster })).body.code).toBe('CC_RESERVE_CANNOT_BE_VETOED');
        await ok(`${base}/report`, 'panel-secretariat', { effectiveAt: '2014-02-03', recommend: 'appoint', url: 'https://democracy.kent.gov.uk/pcp/cc-report' }, 200, 'W/"5"');
        await ok(`${base}/response`, 'pcc-office', { effectiveAt: '2014-02-05', accept: true }, 200, 'W/"6"');
        const appointed = await ok(`${base}/appointment`, 'pcc-office', { effectiveAt: '2014-02-06', candidate: 'Candidate Two' }, 200, 'W/"7"');
        expect(appointed.headers.etag).toBe('W/"8"');

        const events = await streamOf(created.body.stream);
        expect(events.map((e) => e.type)).toEqual([
          'ProposedAppointmentNotified',
          'ConfirmationHearingHeld',
          'AppointmentReportMade',
          'AppointmentVetoed',
          'ReserveCandidateNotified',
          'ConfirmationHearingHeld',
          'AppointmentReportMade',
          'RecommendationAccepted',
          'ChiefConstableAppointed',
        ]);
        expect(events[3].data).toMatchObject({ candidate: 'Candidate One', votesFor: 8, requiredVotes: 8 });
        expect(events[4].data).toMatchObject({ candidate: 'Candidate Two', reportDueBy: '2014-02-16' });
        expect(events[8].data).toMatchObject({ candidate: 'Candidate Two', appointedOn: '2014-02-06' });
        expect(events[3].metadata.legalBasis).toBe('PRSRA 2011 Sch 8 para 5');
      });

      it('an appointment process that is abandoned', async () => {
        const created = await ok('/v1/force-areas/kent/chief-constable-appointments', 'pcc-office', { effectiveAt: '2015-03-02', ...candidate('Candidate Three', '2015-03-03'), postElectionPeriods: [] }, 201);
        const abandoned = await ok(`/v1/chief-constable-appointments/${created.body.caseId}/abandonment`, 'pcc-office', { effectiveAt: '2015-03-10', reason: 'The candidate withdrew' }, 200, 'W/"0"');
        expect(abandoned.body.events[0].type).toBe('AppointmentAbandoned');
        expect(await types(created.body.stream)).toEqual(['ProposedAppointmentNotified', 'AppointmentAbandoned']);
      });
    });

    describe('Senior appointments (Sch 1 paras 9-12)', () => {
      it('deputy PCC: notified → hearing → report → accepted → appointed', async () => {
        const created = await ok(
          '/v1/force-areas/kent/senior-appointments',
          'pcc-office',
          { caseId: 'kent-dpcc-2014', effectiveAt: '2014-05-01', role: 'deputy_pcc', candidate: 'Tim Smith', criteria: 'Role profile', reasons: 'Experience of victim services', terms: 'For the term of the PCC', receivedByPanelOn: '2014-05-01' },
          201,
        );
        const b = '/v1/senior-appointments/kent-dpcc-2014';
        await ok(`${b}/confirmation-hearing`, 'panel-secretariat', { effectiveAt: '2014-05-13', inPublic: true, appearance: 'in_person' }, 200, 'W/"0"');
        await ok(`${b}/report`, 'panel-secretariat', { effectiveAt: '2014-05-13', recommend: 'appoint' }, 200, 'W/"1"');
        await ok(`${b}/response`, 'pcc-office', { effectiveAt: '2014-05-15', accept: true }, 200, 'W/"2"');
        const appointed = await ok(`${b}/appointment`, 'pcc-office', { effectiveAt: '2014-05-19', person: 'Tim Smith' }, 200, 'W/"3"');
        expect(appointed.headers.etag).toBe('W/"4"');
        expect(await types(created.body.stream)).toEqual(['SeniorAppointmentNotified', 'SeniorConfirmationHearingHeld', 'SeniorAppointmentReportMade', 'SeniorRecommendationAccepted', 'SeniorOfficerAppointed']);
      });

      it('a withdrawn appointment, and a transferred first chief executive (SI 2012/2892 art 4)', async () => {
        const notified = await ok(
          '/v1/force-areas/kent/senior-appointments',
          'pcc-office',
          { effectiveAt: '2014-06-02', role: 'chief_finance_officer', candidate: 'A. Candidate', criteria: 'CIPFA qualified', reasons: 'Qualified and experienced', terms: 'Permanent', receivedByPanelOn: '2014-06-03', postElectionPeriods: [] },
          201,
        );
        await ok(`/v1/senior-appointments/${notified.body.caseId}/withdrawal`, 'pcc-office', { effectiveAt: '2014-06-10', reason: 'The candidate withdrew' });
        expect(await types(notified.body.stream)).toEqual(['SeniorAppointmentNotified', 'SeniorAppointmentWithdrawn']);

        expectRule(
          await post('/v1/force-areas/kent/transferred-senior-appointments', 'pcc-office', { effectiveAt: '2012-11-22', role: 'chief_executive', person: 'Mark Gilmartin', formerPoliceAuthorityRole: 'treasurer' }),
          'SENIOR_TRANSFER_EXEMPTION_NOT_APPLICABLE',
          'SI 2012/2892 art 4',
        );
        const transferred = await ok('/v1/force-areas/kent/transferred-senior-appointments', 'pcc-office', { caseId: 'kent-ce-2012', effectiveAt: '2012-11-22', role: 'chief_executive', person: 'Mark Gilmartin', formerPoliceAuthorityRole: 'chief_executive' }, 201);
        expect(transferred.headers.etag).toBe('W/"0"');
        const [e] = await streamOf(transferred.body.stream);
        expect(e.type).toBe('SeniorOfficerAppointed');
        expect(e.data).toMatchObject({ forceArea: 'kent', role: 'chief_executive', confirmationExemption: 'SI 2012/2892 art 4' });
      });
    });

    describe('Commissioner office (ss.30, 50-63)', () => {
      const b = '/v1/commissioner-offices/kent-2012';
      it('election → office → deputy → suspension with an acting PCC → incapacity → vacancy', async () => {
        // The election result is the returning officer's: not the PCC's office.
        expect((await post('/v1/force-areas/kent/commissioner-offices', 'pcc-office', { effectiveAt: '2012-11-15', electedPerson: 'Ann Barnes', kind: 'ordinary' })).status).toBe(403);
        const created = await ok('/v1/force-areas/kent/commissioner-offices', 'admin', { caseId: 'kent-2012', effectiveAt: '2012-11-15', electedPerson: 'Ann Barnes', kind: 'ordinary' }, 201);
        expect((await streamOf(created.body.stream))[0].data).toMatchObject({ policeArea: 'kent', pollDate: '2012-11-15' });
        expect((await post(`${b}/acceptance`, 'pcc-office', { effectiveAt: '2012-11-21', person: 'Ann Barnes' })).body.code).toBe('OFFICE_TERM_START_NOT_POLL_PLUS_7');
        await ok(`${b}/acceptance`, 'pcc-office', { effectiveAt: '2012-11-22', person: 'Ann Barnes' }, 200, 'W/"0"');
        await ok(`${b}/deputy`, 'pcc-office', { effectiveAt: '2013-01-10', person: 'Tim Smith', seniorAppointmentCaseId: null });
        await ok(`${b}/suspension`, 'panel-secretariat', { effectiveAt: '2014-03-03', chargeRef: 'CPS-2014-0001', offence: 'Misconduct in public office', offenceMaxTermYears: null, lifeSentence: true, chargedIn: 'uk', panelResolutionRef: 'KPCP/2014/07' });
        await ok(`${b}/acting-commissioner`, 'panel-secretariat', { effectiveAt: '2014-03-04', person: 'Mark Gilmartin', staffRole: 'Chief Executive', isCommissionerStaff: true, isPoliceCivilianStaff: false, trigger: 'suspended', panelResolutionRef: 'KPCP/2014/08' });
        const ended = await ok(`${b}/suspension-end`, 'panel-secretariat', { effectiveAt: '2014-04-01', reason: 'charge_dropped' });
        // s.62(7): the acting appointment made because of the suspension ends with it.
        expect(ended.body.events.map((e: { type: string }) => e.type)).toEqual(['SuspensionEnded', 'ActingAppointmentEnded']);
        await ok(`${b}/acting-commissioner`, 'panel-secretariat', { effectiveAt: '2014-06-02', person: 'Mark Gilmartin', staffRole: 'Chief Executive', isCommissionerStaff: true, isPoliceCivilianStaff: false, trigger: 'incapacitated', panelResolutionRef: 'KPCP/2014/12' });
        await ok(`${b}/acting-commissioner-end`, 'panel-secretariat', { effectiveAt: '2014-07-01', reason: 'incapacity_ended' });
        expect((await post(`${b}/vacancy`, 'panel-secretariat', { effectiveAt: '2015-01-05', reason: 'resigned' })).status).toBe(403);
        const vacated = await ok(`${b}/vacancy`, 'admin', { effectiveAt: '2015-01-05', reason: 'resigned' });
        expect(vacated.headers.etag).toBe('W/"9"');
        expect(await types(created.body.stream)).toEqual([
          'ElectionHeld',
          'CommissionerTookOffice',
          'DeputyAppointed',
          'CommissionerSuspended',
          'ActingCommissionerAppointed',
          'SuspensionEnded',
          'ActingAppointmentEnded',
          'ActingCommissionerAppointed',
          'ActingAppointmentEnded',
          'OfficeVacated',
        ]);
      });
    });

    describe('Police and crime plan (s.5)', () => {
      it('draft → consult → panel → report → response → issue → publish → copy → variation', async () => {
        const created = await ok('/v1/force-areas/kent/police-and-crime-plans', 'pcc-office', { caseId: 'kent-plan-2013', effectiveAt: '2013-01-07', title: "Kent PCC's Police and Crime Plan", electionPollDate: '2012-11-15' }, 201);
        const b = '/v1/police-and-crime-plans/kent-plan-2013';
        expect((await post(`${b}/panel-submission`, 'pcc-office', { effectiveAt: '2013-01-08' })).body.code).toBe('PLAN_CHIEF_CONSTABLE_NOT_CONSULTED');
        await ok(`${b}/chief-constable-consultation`, 'pcc-office', { effectiveAt: '2013-01-14' }, 200, 'W/"0"');
        await ok(`${b}/panel-submission`, 'pcc-office', { effectiveAt: '2013-01-21' }, 200, 'W/"1"');
        expect((await post(`${b}/report`, 'pcc-office', { effectiveAt: '2013-02-05', recommendations: [] })).status).toBe(403);
        await ok(`${b}/report`, 'panel-secretariat', { effectiveAt: '2013-02-05', recommendations: ['Add a measure for rural crime'] }, 200, 'W/"2"');
        await ok(`${b}/response`, 'pcc-office', { effectiveAt: '2013-02-12', url: 'https://www.kent-pcc.gov.uk/plan/response' }, 200, 'W/"3"');
        const issue = { effectiveAt: '2013-03-19', issuedBy: 'commissioner', changedFromDraft: false, periodFrom: '2013-04-01', periodTo: '2017-03-31' };
        expect((await post(`${b}/issue`, 'pcc-office', { ...issue, issuedBy: 'acting_commissioner' })).body.code).toBe('PLAN_ACTING_COMMISSIONER_CANNOT_ISSUE');
        const issued = await ok(`${b}/issue`, 'pcc-office', issue, 200, 'W/"4"');
        expect(issued.body.events[0]).toMatchObject({ type: 'PoliceAndCrimePlanIssued', findings: [] });
        await ok(`${b}/publication`, 'pcc-office', { effectiveAt: '2013-03-20', url: 'https://www.kent-pcc.gov.uk/plan' });
        await ok(`${b}/copies`, 'pcc-office', { effectiveAt: '2013-03-20', recipient: 'Chief Constable of Kent Police', recipientKind: 'chief_constable' });
        await ok(`${b}/variations`, 'pcc-office', { effectiveAt: '2014-01-10', description: 'Add a priority on cyber crime' });
        await ok(`${b}/chief-constable-consultation`, 'pcc-office', { effectiveAt: '2014-01-13' });
        await ok(`${b}/panel-submission`, 'pcc-office', { effectiveAt: '2014-01-14' });
        // With no panel report the PCC records that the reasonable time has passed (s.5(6)(c)).
        expect((await post(`${b}/variation-issue`, 'pcc-office', { effectiveAt: '2014-02-28', issuedBy: 'commissioner', changedFromDraft: false })).body.code).toBe('PLAN_ISSUED_BEFORE_RESPONSE');
        // s.62(4), from the office record: on 5 March 2014 the PCC is suspended and an acting commissioner is in post.
        expect((await post(`${b}/variation-issue`, 'pcc-office', { effectiveAt: '2014-03-05', issuedBy: 'commissioner', changedFromDraft: false, reasonableTimeElapsed: true })).body.code).toBe('PLAN_ACTING_COMMISSIONER_CANNOT_ISSUE');
        const varied = await ok(`${b}/variation-issue`, 'pcc-office', { effectiveAt: '2014-02-28', issuedBy: 'commissioner', changedFromDraft: false, reasonableTimeElapsed: true });
        expect(varied.headers.etag).toBe('W/"11"');
        expect(await types(created.body.stream)).toEqual([
          'DraftPlanPrepared',
          'ChiefConstableConsulted',
          'DraftPlanSentToPanel',
          'PlanReportMade',
          'PlanResponsePublished',
          'PoliceAndCrimePlanIssued',
          'PoliceAndCrimePlanPublished',
          'PlanCopySent',
          'PlanVariationDrafted',
          'ChiefConstableConsulted',
          'DraftPlanSentToPanel',
          'PlanVariationIssued',
        ]);
      });
    });

    describe('Annual report (s.12, s.28(4))', () => {
      it('produced → sent → public meeting with the PCC → panel report → response → published', async () => {
        const created = await ok('/v1/force-areas/kent/annual-reports', 'pcc-office', { caseId: 'kent-ar-2013-14', effectiveAt: '2014-06-02', financialYear: '2013-14' }, 201);
        const b = '/v1/annual-reports/kent-ar-2013-14';
        await ok(`${b}/panel-submission`, 'pcc-office', { effectiveAt: '2014-06-05' }, 200, 'W/"0"');
        // A private session is not the s.28(4)(a) meeting: refused, nothing stored.
        expect((await post(`${b}/public-meeting`, 'panel-secretariat', { effectiveAt: '2014-06-24', inPublic: false, pccAttended: true })).body.code).toBe('ANNUAL_REPORT_MEETING_NOT_PUBLIC');
        await ok(`${b}/public-meeting`, 'panel-secretariat', { effectiveAt: '2014-06-24', inPublic: true, pccAttended: true, meetingRef: 'kent-pcp-2014-06-24' }, 200, 'W/"1"');
        await ok(`${b}/report`, 'panel-secretariat', { effectiveAt: '2014-06-30', recommendations: ['Report outcomes for victims'] }, 200, 'W/"2"');
        await ok(`${b}/response`, 'pcc-office', { effectiveAt: '2014-07-10' }, 200, 'W/"3"');
        const published = await ok(`${b}/publication`, 'pcc-office', { effectiveAt: '2014-07-15', url: 'https://www.kent-pcc.gov.uk/annual-report/2013-14' }, 200, 'W/"4"');
        expect(published.headers.etag).toBe('W/"5"');
        expect(await types(created.body.stream)).toEqual([
          'AnnualReportProduced',
          'AnnualReportSentToPanel',
          'AnnualReportPublicMeetingHeld',
          'AnnualReportPanelReportMade',
          'AnnualReportResponsePublished',
          'AnnualReportPublished',
        ]);
      });
    });

    describe('Panel meeting (Sch 6 para 25; LGA 1972 Part VA)', () => {
      it('convene → paper → attendance → quorum → interest → exclusion → vote → minutes', async () => {
        const created = await ok(
          '/v1/force-areas/kent/panel-meetings',
          'panel-secretariat',
          { caseId: 'kent-pcp-2013-02-05', effectiveAt: '2013-01-28', panelId: PANEL_ID, meetingDate: '2013-02-05', startTimes: ['10:00'], venue: 'Council Chamber, Sessions House, Maidstone', agenda: [{ item: '5', title: 'Proposed precept 2013-14' }, { item: 'C1', title: 'Complaint (exempt)' }] },
          201,
        );
        const b = '/v1/panel-meetings/kent-pcp-2013-02-05';
        await ok(`${b}/documents`, 'panel-secretariat', { effectiveAt: '2013-01-28', ref: 'PCP-5', title: 'Proposed precept 2013-14', item: '5', author: 'Kent PCC', access: 'open', exemptParas: [], purpose: 'for_decision' }, 200, 'W/"0"');
        const ids = roster.map((m) => m.memberId);
        const present = ids.slice(0, 10);
        await ok(`${b}/attendance`, 'panel-secretariat', { effectiveAt: '2013-02-05', present, absent: ids.slice(10), membersAtTime: roster }, 200, 'W/"1"');
        await ok(`${b}/quorum`, 'panel-secretariat', { effectiveAt: '2013-02-05', minimumPresent: 3 }, 200, 'W/"2"');
        await ok(`${b}/interests`, 'panel-secretariat', { effectiveAt: '2013-02-05', memberId: 'm3', item: '5', regime: 'dpi', nature: 'Spouse employed by Kent Police', withdrew: true, dispensationRef: null });
        await ok(`${b}/public-exclusions`, 'panel-secretariat', { effectiveAt: '2013-02-05', items: ['C1'], sched12AParas: [1, 2], publicInterestReason: 'The complainant has not consented to disclosure' });
        const vote = { effectiveAt: '2013-02-05', item: '5', motion: 'That the panel vetoes the proposed precept', against: ['m9', 'm10'], abstain: [], requiredMajority: 'two_thirds_of_members' };
        // m3 declared a DPI in item 5 without a dispensation and voted: the vote happened and is recorded, with the breach (Localism Act 2011 s.31(4)).
        const conflicted = await ok(`${b}/votes`, 'panel-secretariat', { ...vote, motion: 'Procedural motion (synthetic)', for: ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'] });
        expect(conflicted.body.events[0].findings.map((f: { code: string }) => f.code)).toEqual(['MEETING_CONFLICTED_MEMBER_VOTED']);
        const voted = await ok(`${b}/votes`, 'panel-secretariat', { ...vote, for: ['m1', 'm2', 'm4', 'm5', 'm6', 'm7', 'm8'] });
        expect(voted.body.events[0].type).toBe('VoteRecorded');
        await ok(`${b}/minutes`, 'panel-secretariat', { effectiveAt: '2013-02-12', url: 'https://democracy.kent.gov.uk/pcp/2013-02-05/minutes' });
        const events = await streamOf(created.body.stream);
        expect(events.map((e) => e.type)).toEqual(['MeetingConvened', 'DocumentTabled', 'AttendanceRecorded', 'QuorumConfirmed', 'InterestDeclared', 'PublicExcluded', 'VoteRecorded', 'VoteRecorded', 'MinutesPublished']);
        // Two-thirds of the 12 members at the time (absent ones count) is 8; 7 for does not carry.
        expect(events[7].data).toMatchObject({ requiredMajority: { rule: 'two_thirds_of_members', votesNeeded: 8 }, carried: false });
      });

      it('a member leaves the panel', async () => {
        // A panel of its own, so that the Kent panel the other tests vote with keeps its members.
        await establishPanel(t.essex, 'essex', 'essex-pcp', ['Essex Police, Fire and Crime Panel', 'Essex Police and Crime Panel'], ['Essex County Council', 'Southend-on-Sea City Council', 'Thurrock Council']);
        const depart = (effectiveAt: string) => request(t.http).post('/v1/police-and-crime-panels/essex-pcp/member-departures').set(bearer(t.essex['panel-secretariat'])).send({ effectiveAt, memberId: 'm4', reason: 'Lost council seat at the May 2013 elections' });
        const left = await depart('2013-05-03');
        expect(left.status).toBe(200);
        expect(left.body.events[0].type).toBe('MemberLeft');
        expect((await depart('2013-05-04')).body.code).toBe('PANEL_MEMBERSHIP_CHANGE_INVALID');
      });
    });
  });
});

