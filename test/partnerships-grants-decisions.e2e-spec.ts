/**
 * Community safety partnerships, their summonses, grants and the decision register over HTTP, on
 * SQLite and (with DATABASE_URL) PostgreSQL: one flow each, every endpoint with a valid body at least once.
 */
import { BACKENDS } from './helpers/backends';
import { httpFlow } from './helpers/http-flow';
import { EXAMPLE_SCENARIO } from '../apps/api/src/openapi/examples';
import { kentCsp } from '../libs/domain/src/testing/kent-cases';

describe.each(BACKENDS)('%s', (store) => {
  describe('Partnerships, summonses, grants and the decision register over HTTP', () => {
    const { t, post, ok, open, refused, types, eventsOf } = httpFlow(store);
    describe('community safety partnerships (CDA 1998 ss.5-6; 2007 Regulations)', () => {
      it('registers a county strategy group and records its meetings, papers, plan, agreement and public meeting', async () => {
        const csp = t.keys['csp-officer'];
        const p = await open('/v1/force-areas/kent/partnerships', csp, { effectiveAt: '2012-03-06', ...kentCsp });
        await ok(`/v1/partnerships/${p.caseId}/meetings`, csp, {
          effectiveAt: '2012-03-06',
          title: 'Kent CSP strategy group',
          note: 'Quorate',
        });
        const paper = await ok(`/v1/partnerships/${p.caseId}/papers`, csp, {
          effectiveAt: '2012-03-06',
          documentRef: 'S0',
          title: 'Community Safety Agreement refresh',
          author: 'Kent County Council Community Safety Unit',
          access: 'open',
          exemptParas: [],
          purpose: 'for_information',
          classificationAsPrinted: 'Classification: For Information',
          recommendations: ['That the partnership notes the refresh'],
          meetingDate: '2012-03-06',
        });
        expect(paper.body.events[0].findings).toEqual([]);
        /** The partnership's plan, sent to the PCC of `pcc` (reg 13A): only the force area's own PCC will do. */
        const plan = (effectiveAt: string, pcc: string) => ({
          effectiveAt,
          pcc,
          planTitle: 'Kent Community Safety Plan 2013-14',
          period: '2013-14',
        });
        await ok(`/v1/partnerships/${p.caseId}/partnership-plans`, csp, plan('2013-04-02', 'kent'));
        await ok(`/v1/partnerships/${p.caseId}/community-safety-agreements`, csp, {
          effectiveAt: '2013-04-03',
          pcc: 'kent',
          agreementTitle: 'Kent Community Safety Agreement 2013-14',
          period: '2013-14',
        });
        await refused(
          `/v1/partnerships/${p.caseId}/partnership-plans`,
          csp,
          plan('2013-04-04', 'essex'),
          'CSP_SENT_TO_WRONG_PCC',
        );
        const pub = await ok(`/v1/partnerships/${p.caseId}/public-meetings`, csp, {
          effectiveAt: '2013-06-12',
          venue: 'Sessions House, Maidstone',
          seniorOfficersAttending: ['Assistant Chief Constable'],
        });
        expect(pub.body.events[0].findings.map((f) => f.code)).toEqual(['CSP_ANNUAL_PUBLIC_MEETING_MISSED']);
        expect(await types(p.stream)).toEqual([
          'PartnershipRegistered',
          'CspMeetingHeld',
          'PaperTabled',
          'PartnershipPlanSentToPCC',
          'CommunitySafetyAgreementSentToPCC',
          'StrategyGroupPublicMeetingHeld',
        ]);
      });
    });

    describe('CSP meeting summonses (2007 Regulations reg 14A)', () => {
      it('summons two authorities after consulting them and records who came', async () => {
        const pcc = t.keys['pcc-office'];
        // The lawful summons the OpenAPI document shows (both authorities consulted), as a new case.
        const example = EXAMPLE_SCENARIO.find((step) => step.op === 'IssueMeetingSummons')!.value;
        const { caseId: _caseId, ...summons } = example as typeof example & { consultedRAs: object[] };
        await refused(
          '/v1/force-areas/kent/csp-meeting-summonses',
          pcc,
          {
            ...summons,
            consultedRAs: summons.consultedRAs.slice(0, 1),
          },
          'CSP_SUMMONS_RA_NOT_CONSULTED',
        );
        const s = await open('/v1/force-areas/kent/csp-meeting-summonses', pcc, summons);
        await ok(`/v1/csp-meeting-summonses/${s.caseId}/meeting`, pcc, {
          effectiveAt: '2013-10-01',
          attendedBy: [
            { authority: 'Medway Council', representatives: ['Head of Community Safety', 'Youth Offending Manager'] },
          ],
        });
        const events = await eventsOf(s.stream, ['MeetingSummonsIssued', 'SummonedMeetingHeld']);
        expect(events[1].data.absent).toEqual(['Kent Police']);
      });
    });

    describe('grants (PRSRA 2011 s.9)', () => {
      it('awards a grant, publishes it late (flagged) and requires repayment under a condition', async () => {
        const pcc = t.keys['pcc-office'];
        const g = await open('/v1/force-areas/kent/grants', pcc, {
          effectiveAt: '2015-04-14',
          recipient: 'Medway Community Safety Partnership',
          amount: 25000,
          purpose: 'Youth diversion scheme in Chatham',
          conditions: ['Quarterly monitoring returns to the PCC'],
          reasons: 'Diversion reduces first-time entrants and so crime and disorder',
          period: { from: '2015-04-01', to: '2018-03-31', description: 'three years' },
        });
        const published = await ok(`/v1/grants/${g.caseId}/publication`, pcc, {
          effectiveAt: '2015-06-15',
          url: 'https://www.kent-pcc.gov.uk/grants/2015-05',
        });
        expect(published.body.events[0].findings.map((f) => f.code)).toEqual(['GRANT_PUBLICATION_LATE']);
        /** Repayment required under `conditionRelied`, which must be one of the grant's conditions. */
        const repayment = (effectiveAt: string, conditionRelied: string) => ({
          effectiveAt,
          amount: 5000,
          conditionRelied,
          reason: 'No returns for two quarters',
        });
        await ok(
          `/v1/grants/${g.caseId}/repayment-requirements`,
          pcc,
          repayment('2015-09-01', 'Quarterly monitoring returns to the PCC'),
        );
        await refused(
          `/v1/grants/${g.caseId}/repayment-requirements`,
          pcc,
          repayment('2015-09-02', 'Not a condition'),
          'GRANT_REPAYMENT_NO_CONDITION',
        );
        expect(
          (
            await post('/v1/force-areas/kent/grants', pcc, {
              effectiveAt: '2015-04-14',
              recipient: 'x',
              purpose: 'x',
              conditions: [],
              reasons: 'x',
            })
          ).status,
        ).toBe(400);
      });
    });

    describe('the decision register (PRSRA 2011 s.11; SI 2011/3050)', () => {
      it('opens the Kent register, records and publishes a significant decision, classifies and reclassifies a document', async () => {
        const pcc = t.keys['pcc-office'];
        const r = await open('/v1/force-areas/kent/decision-registers', pcc, {
          effectiveAt: '2012-11-22',
          office: 'Office of the Kent Police and Crime Commissioner',
        });
        expect(r.caseId).toBe('kent');
        const decision = {
          effectiveAt: '2013-03-01',
          decisionRef: 'PCC/D/2013/004',
          title: 'Victim services',
          decisionMaker: 'PCC',
          significantPublicInterest: true,
          madeAtMeeting: false,
        };
        await refused('/v1/decision-registers/kent/decisions', pcc, decision, 'DECISION_SPI_RECORD_REQUIRED');
        await ok('/v1/decision-registers/kent/decisions', pcc, { ...decision, recordDocumentRef: 'PCC/DR/2013/004' });
        await ok('/v1/decision-registers/kent/publications', pcc, {
          effectiveAt: '2013-03-08',
          orderPara: '5',
          description: 'Decision record: victim services',
          url: 'https://www.kent-pcc.gov.uk/decisions/2013-004',
          decisionRef: 'PCC/D/2013/004',
          documentRef: 'PCC/DR/2013/004',
        });
        await ok('/v1/decision-registers/kent/document-classifications', pcc, {
          effectiveAt: '2013-03-01',
          documentRef: 'PCC/DR/2013/004-A',
          title: 'Tender evaluation',
          access: 'exempt',
          exemptParas: [3],
          publicInterestReason: 'Prices are commercially sensitive',
          purpose: 'for_decision',
        });
        await ok('/v1/decision-registers/kent/document-reclassifications', pcc, {
          effectiveAt: '2014-03-01',
          documentRef: 'PCC/DR/2013/004-A',
          access: 'open',
          exemptParas: [],
          reason: 'The contract has been awarded',
        });
        const events = await eventsOf(r.stream, [
          'DecisionRegisterOpened',
          'DecisionRecorded',
          'SpecifiedInformationPublished',
          'DocumentClassified',
          'DocumentReclassified',
        ]);
        expect(events[4].data).toMatchObject({ access: 'open', previousAccess: 'exempt', previousExemptParas: [3] });
      });
    });
  });
});
