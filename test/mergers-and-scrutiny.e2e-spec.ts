/**
 * CSP mergers and scrutiny requirements over HTTP, on SQLite and (with DATABASE_URL) PostgreSQL:
 * a cross-force merger to Secretary of State approval, and the panel requiring attendance and a
 * written response.
 */
import { BACKENDS } from './helpers/backends';
import { httpFlow } from './helpers/http-flow';
import { EXAMPLE_SCENARIO } from '../apps/api/src/openapi/examples';

describe.each(BACKENDS)('%s', (store) => {
  describe('CSP mergers and scrutiny requirements over HTTP', () => {
    const { t, post, ok, open, refused, types, eventsOf } = httpFlow(store);
    /** A national admin key (force area "*"): the Secretary of State and cross-force acts. */
    let national: string;

    beforeAll(async () => {
      national = await t.key('admin', '*');
    });

    describe('a CSP merger across Kent and Essex, to Secretary of State approval (CDA 1998 s.5A)', () => {
      it('requests, collects every signature and both PCC entries, refuses force without the Secretary of State, then comes into force', async () => {
        const csp = t.keys['csp-officer'];
        const w = { documentRef: 'AGR-2014-01', inWriting: true };
        // The request the OpenAPI document shows: Dartford (Kent) with Thurrock (Essex).
        const request = EXAMPLE_SCENARIO.find((step) => step.op === 'RequestMerger')!.value;
        const requested = await open('/v1/force-areas/kent/mergers', csp, request);
        const id = requested.caseId;
        expect(id).toBe('dartford-thurrock');
        for (const authority of ['Dartford Borough Council', 'Thurrock Council']) {
          await ok(`/v1/mergers/${id}/signatures`, csp, { ...w, effectiveAt: '2014-02-01', authority });
        }
        const grounds = {
          interestsGrounds: ['reducing_crime_and_disorder'],
          reasons: 'One partnership for the Thames crossing towns',
        };
        await ok(`/v1/mergers/${id}/pcc-approvals`, t.keys['pcc-office'], {
          ...w,
          ...grounds,
          effectiveAt: '2014-03-01',
          pcc: 'kent',
        });
        // The case belongs to Kent, so the Essex PCC's entry is recorded with a national key.
        await ok(`/v1/mergers/${id}/pcc-approvals`, national, {
          ...w,
          ...grounds,
          effectiveAt: '2014-03-03',
          pcc: 'essex',
        });

        const inForce = {
          ...w,
          effectiveAt: '2014-04-01',
          combinedAreaName: 'Dartford and Thurrock CSP',
          cooperationArrangements: 'Joint tasking group chaired alternately by the two PCCs',
        };
        const early = await post(`/v1/mergers/${id}/commencement`, csp, inForce);
        expect(early.status).toBe(422);
        expect(early.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(early.body.code).toBe('COMBINATION_PARTIES_INCOMPLETE');
        expect(early.body.citation).toBe('CDA 1998 s.5A(1), (5)');
        expect(early.body.detail).toMatch(/secretary-of-state/);

        // Only admin records the Secretary of State's act.
        expect((await post(`/v1/mergers/${id}/secretary-of-state`, t.keys['pcc-office'], {})).status).toBe(403);
        await ok(`/v1/mergers/${id}/secretary-of-state`, national, {
          ...w,
          effectiveAt: '2014-03-20',
          interestsGrounds: ['reducing_reoffending'],
          reasons: 'Shared probation delivery',
          cooperationArrangementsAdequate: true,
        });
        const done = await ok(`/v1/mergers/${id}/commencement`, csp, inForce);
        expect(done.body.events.map((e) => e.type)).toEqual(['CombinationAgreementInForce']);

        const parties = ['Dartford Borough Council', 'Thurrock Council', 'pcc:essex', 'pcc:kent', 'secretary-of-state'];
        await ok(`/v1/mergers/${id}/variations`, csp, {
          documentRef: 'AGR-2015-02',
          inWriting: true,
          effectiveAt: '2015-01-10',
          variation: 'Adds Swanscombe ward',
          agreedBy: parties,
        });
        await ok(`/v1/mergers/${id}/termination`, csp, {
          documentRef: 'AGR-2016-01',
          inWriting: true,
          effectiveAt: '2016-03-31',
          reason: 'The partnerships work separately again',
          agreedBy: parties,
        });

        const events = await eventsOf(requested.stream, [
          'MergerRequested',
          'MergerAgreementSignedByAuthority',
          'MergerAgreementSignedByAuthority',
          'MergerApproved',
          'MergerApproved',
          'SecretaryOfStateJoinedAgreement',
          'CombinationAgreementInForce',
          'CombinationAgreementVaried',
          'CombinationAgreementTerminated',
        ]);
        expect(events[0].data).toMatchObject({ forceArea: 'kent', crossForce: true, policeAreas: ['essex', 'kent'] });
        expect(events[6].data.parties).toEqual([
          'Dartford Borough Council',
          'Thurrock Council',
          'pcc:essex',
          'pcc:kent',
          'secretary-of-state',
        ]);
        expect(events[6].metadata.legalBasis).toBe('CDA 1998 s.5(1A)-(1B), s.5A');
      });
    });

    describe('scrutiny requirements (PRSRA 2011 s.29)', () => {
      it('requires attendance with the chief constable asked too, a late written response, and records non-compliance', async () => {
        const panel = t.keys['panel-secretariat'];
        const pb = { panel: 'Kent and Medway Police and Crime Panel' };
        const att = await open('/v1/force-areas/kent/attendance-requirements', panel, {
          ...pb,
          effectiveAt: '2013-01-10',
          person: 'Ann Barnes',
          role: 'pcc',
          topic: 'The draft precept',
          noticeGivenOn: '2013-01-10',
          meetingDate: '2013-02-05',
        });
        await ok(`/v1/scrutiny-requirements/${att.caseId}/chief-constable-request`, panel, {
          effectiveAt: '2013-01-11',
          chiefConstable: 'Ian Learmonth',
        });
        await ok(`/v1/scrutiny-requirements/${att.caseId}/attendance`, panel, {
          effectiveAt: '2013-02-05',
          attended: ['Ann Barnes'],
          chiefConstableAttended: true,
        });
        expect(await types(att.stream)).toEqual([
          'AttendanceRequired',
          'ChiefConstableAttendanceRequested',
          'AttendanceHeld',
        ]);

        const wr = await open('/v1/force-areas/kent/written-response-requirements', panel, {
          ...pb,
          effectiveAt: '2013-02-06',
          respondent: 'Kent PCC',
          toReport: 'The panel report on the precept',
          dueOn: '2013-03-01',
        });
        const late = await ok(`/v1/scrutiny-requirements/${wr.caseId}/written-response`, panel, {
          effectiveAt: '2013-03-08',
          documentRef: 'PCC/2013/017',
        });
        expect(late.body.events[0].findings.map((f) => f.code)).toEqual(['SCRUTINY_WRITTEN_RESPONSE_LATE']);

        const missed = await open('/v1/force-areas/kent/attendance-requirements', panel, {
          ...pb,
          effectiveAt: '2014-01-06',
          person: 'Deputy PCC',
          role: 'deputy_pcc',
          topic: 'Victim services',
          noticeGivenOn: '2014-01-06',
          meetingDate: '2014-02-04',
        });
        await refused(
          `/v1/scrutiny-requirements/${missed.caseId}/non-compliance`,
          panel,
          {
            effectiveAt: '2014-01-20',
            details: 'Did not attend',
          },
          'SCRUTINY_NON_COMPLIANCE_PREMATURE',
        );
        await ok(`/v1/scrutiny-requirements/${missed.caseId}/non-compliance`, panel, {
          effectiveAt: '2014-02-04',
          details: 'The deputy PCC did not attend and sent no apology',
        });
        const chief = await post('/v1/force-areas/kent/attendance-requirements', panel, {
          ...pb,
          effectiveAt: '2014-01-06',
          person: 'Chief Constable',
          role: 'chief_constable',
          topic: 'x',
          noticeGivenOn: '2014-01-06',
          meetingDate: '2014-02-04',
        });
        expect(chief.status).toBe(400);
      });
    });
  });
});
