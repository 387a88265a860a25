/**
 * The police and crime plan, the annual report and panel meetings over HTTP, on SQLite and
 * (with DATABASE_URL) PostgreSQL: one flow each, every endpoint of these processes with a valid
 * body at least once.
 */
import { bearer, request } from './helpers/app';
import { BACKENDS } from './helpers/backends';
import { PANEL_ID, httpFlow } from './helpers/http-flow';
import { kentTakesOffice, openKentOffice, suspendKentCommissioner } from './helpers/commissioner-office';

describe.each(BACKENDS)('%s', (store) => {
  describe('The plan, the annual report and panel meetings over HTTP', () => {
    const pcc = httpFlow(store, { panel: true });
    const { post, ok, open, advance, refused, types, establishPanel, eventsOf } = pcc;

    describe('Police and crime plan (s.5)', () => {
      it('draft → consult → panel → report → response → issue → publish → copy → variation', async () => {
        // The office record the issue is checked against (s.62(4)): the commissioner in office.
        await openKentOffice(pcc);
        await kentTakesOffice(pcc);
        // Suspended on 3 March 2014, with an acting commissioner from the 4th (s.62).
        await suspendKentCommissioner(pcc);
        const created = await open('/v1/force-areas/kent/police-and-crime-plans', 'pcc-office', {
          caseId: 'kent-plan-2013',
          effectiveAt: '2013-01-07',
          title: "Kent PCC's Police and Crime Plan",
          electionPollDate: '2012-11-15',
        });
        const b = '/v1/police-and-crime-plans/kent-plan-2013';
        await refused(
          `${b}/panel-submission`,
          'pcc-office',
          { effectiveAt: '2013-01-08' },
          'PLAN_CHIEF_CONSTABLE_NOT_CONSULTED',
        );
        await ok(`${b}/chief-constable-consultation`, 'pcc-office', { effectiveAt: '2013-01-14' }, 'W/"0"');
        await ok(`${b}/panel-submission`, 'pcc-office', { effectiveAt: '2013-01-21' }, 'W/"1"');
        expect(
          (await post(`${b}/report`, 'pcc-office', { effectiveAt: '2013-02-05', recommendations: [] })).status,
        ).toBe(403);
        await ok(
          `${b}/report`,
          'panel-secretariat',
          { effectiveAt: '2013-02-05', recommendations: ['Add a measure for rural crime'] },
          'W/"2"',
        );
        await ok(
          `${b}/response`,
          'pcc-office',
          { effectiveAt: '2013-02-12', url: 'https://www.kent-pcc.gov.uk/plan/response' },
          'W/"3"',
        );
        const issue = {
          effectiveAt: '2013-03-19',
          issuedBy: 'commissioner',
          changedFromDraft: false,
          periodFrom: '2013-04-01',
          periodTo: '2017-03-31',
        };
        await refused(
          `${b}/issue`,
          'pcc-office',
          { ...issue, issuedBy: 'acting_commissioner' },
          'PLAN_ACTING_COMMISSIONER_CANNOT_ISSUE',
        );
        const issued = await ok(`${b}/issue`, 'pcc-office', issue, 'W/"4"');
        expect(issued.body.events[0]).toMatchObject({ type: 'PoliceAndCrimePlanIssued', findings: [] });
        await ok(`${b}/publication`, 'pcc-office', {
          effectiveAt: '2013-03-20',
          url: 'https://www.kent-pcc.gov.uk/plan',
        });
        await ok(`${b}/copies`, 'pcc-office', {
          effectiveAt: '2013-03-20',
          recipient: 'Chief Constable of Kent Police',
          recipientKind: 'chief_constable',
        });
        await ok(`${b}/variations`, 'pcc-office', {
          effectiveAt: '2014-01-10',
          description: 'Add a priority on cyber crime',
        });
        await ok(`${b}/chief-constable-consultation`, 'pcc-office', { effectiveAt: '2014-01-13' });
        await ok(`${b}/panel-submission`, 'pcc-office', { effectiveAt: '2014-01-14' });
        // With no panel report the PCC records that the reasonable time has passed (s.5(6)(c)).
        const variationIssue = { effectiveAt: '2014-02-28', issuedBy: 'commissioner', changedFromDraft: false };
        await refused(`${b}/variation-issue`, 'pcc-office', variationIssue, 'PLAN_ISSUED_BEFORE_RESPONSE');
        // s.62(4), from the office record: on 5 March 2014 the PCC is suspended and an acting commissioner is in post.
        await refused(
          `${b}/variation-issue`,
          'pcc-office',
          { ...variationIssue, effectiveAt: '2014-03-05', reasonableTimeElapsed: true },
          'PLAN_ACTING_COMMISSIONER_CANNOT_ISSUE',
        );
        const varied = await ok(`${b}/variation-issue`, 'pcc-office', {
          ...variationIssue,
          reasonableTimeElapsed: true,
        });
        expect(varied.headers.etag).toBe('W/"11"');
        expect(await types(created.stream)).toEqual([
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
        const created = await open('/v1/force-areas/kent/annual-reports', 'pcc-office', {
          caseId: 'kent-ar-2013-14',
          effectiveAt: '2014-06-02',
          financialYear: '2013-14',
        });
        const b = '/v1/annual-reports/kent-ar-2013-14';
        await ok(`${b}/panel-submission`, 'pcc-office', { effectiveAt: '2014-06-05' }, 'W/"0"');
        // A private session is not the s.28(4)(a) meeting: refused, nothing stored.
        await refused(
          `${b}/public-meeting`,
          'panel-secretariat',
          {
            effectiveAt: '2014-06-24',
            inPublic: false,
            pccAttended: true,
          },
          'ANNUAL_REPORT_MEETING_NOT_PUBLIC',
        );
        await ok(
          `${b}/public-meeting`,
          'panel-secretariat',
          { effectiveAt: '2014-06-24', inPublic: true, pccAttended: true, meetingRef: 'kent-pcp-2014-06-24' },
          'W/"1"',
        );
        await ok(
          `${b}/report`,
          'panel-secretariat',
          { effectiveAt: '2014-06-30', recommendations: ['Report outcomes for victims'] },
          'W/"2"',
        );
        await ok(`${b}/response`, 'pcc-office', { effectiveAt: '2014-07-10' }, 'W/"3"');
        await advance(
          `${b}/publication`,
          'pcc-office',
          { effectiveAt: '2014-07-15', url: 'https://www.kent-pcc.gov.uk/annual-report/2013-14' },
          4,
        );
        expect(await types(created.stream)).toEqual([
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
        const created = await open('/v1/force-areas/kent/panel-meetings', 'panel-secretariat', {
          caseId: 'kent-pcp-2013-02-05',
          effectiveAt: '2013-01-28',
          panelId: PANEL_ID,
          meetingDate: '2013-02-05',
          startTimes: ['10:00'],
          venue: 'Council Chamber, Sessions House, Maidstone',
          agenda: [
            { item: '5', title: 'Proposed precept 2013-14' },
            { item: 'C1', title: 'Complaint (exempt)' },
          ],
        });
        const b = '/v1/panel-meetings/kent-pcp-2013-02-05';
        await ok(
          `${b}/documents`,
          'panel-secretariat',
          {
            effectiveAt: '2013-01-28',
            ref: 'PCP-5',
            title: 'Proposed precept 2013-14',
            item: '5',
            author: 'Kent PCC',
            access: 'open',
            exemptParas: [],
            purpose: 'for_decision',
          },
          'W/"0"',
        );
        const ids = pcc.roster.map((m) => m.memberId);
        const present = ids.slice(0, 10);
        await ok(
          `${b}/attendance`,
          'panel-secretariat',
          { effectiveAt: '2013-02-05', present, absent: ids.slice(10), membersAtTime: pcc.roster },
          'W/"1"',
        );
        await ok(`${b}/quorum`, 'panel-secretariat', { effectiveAt: '2013-02-05', minimumPresent: 3 }, 'W/"2"');
        await ok(`${b}/interests`, 'panel-secretariat', {
          effectiveAt: '2013-02-05',
          memberId: 'm3',
          item: '5',
          regime: 'dpi',
          nature: 'Spouse employed by Kent Police',
          withdrew: true,
          dispensationRef: null,
        });
        await ok(`${b}/public-exclusions`, 'panel-secretariat', {
          effectiveAt: '2013-02-05',
          items: ['C1'],
          sched12AParas: [1, 2],
          publicInterestReason: 'The complainant has not consented to disclosure',
        });
        const vote = {
          effectiveAt: '2013-02-05',
          item: '5',
          motion: 'That the panel vetoes the proposed precept',
          against: ['m9', 'm10'],
          abstain: [],
          requiredMajority: 'two_thirds_of_members',
        };
        // m3 declared a DPI in item 5 without a dispensation and voted: the vote happened and is recorded, with the breach (Localism Act 2011 s.31(4)).
        const conflicted = await ok(`${b}/votes`, 'panel-secretariat', {
          ...vote,
          motion: 'Procedural motion (synthetic)',
          for: ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'],
        });
        expect(conflicted.body.events[0].findings.map((f: { code: string }) => f.code)).toEqual([
          'MEETING_CONFLICTED_MEMBER_VOTED',
        ]);
        const voted = await ok(`${b}/votes`, 'panel-secretariat', {
          ...vote,
          for: ['m1', 'm2', 'm4', 'm5', 'm6', 'm7', 'm8'],
        });
        expect(voted.body.events[0].type).toBe('VoteRecorded');
        await ok(`${b}/minutes`, 'panel-secretariat', {
          effectiveAt: '2013-02-12',
          url: 'https://democracy.kent.gov.uk/pcp/2013-02-05/minutes',
        });
        const events = await eventsOf(created.stream, [
          'MeetingConvened',
          'DocumentTabled',
          'AttendanceRecorded',
          'QuorumConfirmed',
          'InterestDeclared',
          'PublicExcluded',
          'VoteRecorded',
          'VoteRecorded',
          'MinutesPublished',
        ]);
        // Two-thirds of the 12 members at the time (absent ones count) is 8; 7 for does not carry.
        expect(events[7].data).toMatchObject({
          requiredMajority: { rule: 'two_thirds_of_members', votesNeeded: 8 },
          carried: false,
        });
      });

      it('a member leaves the panel', async () => {
        // A panel of its own, so that the Kent panel the other tests vote with keeps its members.
        await establishPanel(
          pcc.t.essex,
          'essex',
          'essex-pcp',
          ['Essex Police, Fire and Crime Panel', 'Essex Police and Crime Panel'],
          ['Essex County Council', 'Southend-on-Sea City Council', 'Thurrock Council'],
        );
        const depart = (effectiveAt: string) =>
          request(pcc.t.http)
            .post('/v1/police-and-crime-panels/essex-pcp/member-departures')
            .set(bearer(pcc.t.essex['panel-secretariat']))
            .send({ effectiveAt, memberId: 'm4', reason: 'Lost council seat at the May 2013 elections' });
        const left = await depart('2013-05-03');
        expect(left.status).toBe(200);
        expect(left.body.events[0].type).toBe('MemberLeft');
        expect((await depart('2013-05-04')).body.code).toBe('PANEL_MEMBERSHIP_CHANGE_INVALID');
      });
    });
  });
});
