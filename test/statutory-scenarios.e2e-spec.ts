/**
 * Statutory scenarios over HTTP, on SQLite and (with DATABASE_URL) PostgreSQL. Each scenario
 * acts for its own force area with its own keys, so no scenario depends on another's records.
 * Each names the provision it checks.
 */
import type { ApiRole } from '@ledger/governance';
import type { request } from './helpers/app';
import { BACKENDS } from './helpers/backends';
import { httpFlow } from './helpers/http-flow';
import { independentMember } from '../libs/domain/src/demo/independent-member';

type Finding = { code: string; citation: string };

describe.each(BACKENDS)('%s', (store) => {
  describe('Statutory scenarios over HTTP', () => {
    const flow = httpFlow(store);
    const { t } = flow;

    /** A force area of the scenario's own, with a key per role. */
    async function area(forceArea: string) {
      const keys = {} as Record<ApiRole, string>;
      for (const role of ['pcc-office', 'panel-secretariat', 'admin'] as ApiRole[])
        keys[role] = await t.key(role, forceArea);
      const post = (path: string, role: ApiRole, body: object) => flow.post(path, keys[role], body);
      const ok = (path: string, role: ApiRole, body: object) => flow.ok(path, keys[role], body);
      /** Opens a case (201); returns the command's result. */
      const open = (path: string, role: ApiRole, body: object) => flow.open(path, keys[role], body);
      /** The code of the rule that refuses `body` (422). */
      const refusal = async (path: string, role: ApiRole, body: object) => {
        const res = await post(path, role, body);
        expect(res.status).toBe(422);
        return res.body.code as string;
      };
      /** The area's 2013-14 precept, notified on 31 January 2013 (case `<area>-2013-14`). */
      const notifyPrecept = () =>
        open(`/v1/force-areas/${forceArea}/precept-cycles`, 'pcc-office', {
          caseId: `${forceArea}-2013-14`,
          effectiveAt: '2013-01-31',
          financialYear: '2013-14',
          amount: 150,
        });
      return { post, ok, open, refusal, stream: flow.streamOf, notifyPrecept };
    }
    const codes = (res: request.Response, i = 0) => (res.body.events[i].findings as Finding[]).map((f) => f.code);

    it('PRSRA 2011 Sch 5 para 4(4): with no panel on record a veto is refused and nothing is stored; with the 12-member panel on record, 7 votes and a roster of the 9 present are refused, and 8 of 12 carries', async () => {
      const a = await area('surrey');
      await a.notifyPrecept();
      const members = Array.from({ length: 12 }, (_, i) => ({
        memberId: `s${i + 1}`,
        name: `Surrey Member ${i + 1}`,
        kind: i < 10 ? 'councillor' : 'coopted',
      }));
      const veto = (votesFor: number, membersAtTime: object[]) => ({
        effectiveAt: '2013-02-07',
        recommendations: ['Too high'],
        reason: 'too_high',
        votesFor,
        membersAtTime,
      });
      const none = await a.post('/v1/precept-cycles/surrey-2013-14/veto', 'panel-secretariat', veto(8, members));
      expect(none.status).toBe(422);
      expect(none.body).toMatchObject({
        code: 'PANEL_NOT_ON_RECORD',
        citation: 'PRSRA 2011 s.28, Sch 6; Sch 5 para 4(4); Sch 8 para 5(4)',
      });
      expect(none.body.detail).toMatch(
        /No police and crime panel for surrey is on record on 2013-02-07: record the panel and its members first/,
      );
      expect(await a.stream('precept-cycle:surrey-2013-14')).toHaveLength(1);

      await a.open('/v1/force-areas/surrey/police-and-crime-panels', 'panel-secretariat', {
        caseId: 'surrey-pcp',
        effectiveAt: '2012-07-02',
        name: 'Surrey Police and Crime Panel',
        country: 'england',
        councils: ['Surrey County Council'],
      });
      for (const m of members.slice(0, 10))
        await a.ok('/v1/police-and-crime-panels/surrey-pcp/members', 'panel-secretariat', {
          effectiveAt: '2012-10-01',
          memberId: m.memberId,
          person: m.name,
          council: 'Surrey County Council',
          isCommissioner: false,
        });
      for (const m of members.slice(10))
        await a.ok('/v1/police-and-crime-panels/surrey-pcp/co-opted-members', 'panel-secretariat', {
          effectiveAt: '2012-10-15',
          ...independentMember(m.memberId, m.name),
        });

      expect(
        await a.refusal('/v1/precept-cycles/surrey-2013-14/veto', 'panel-secretariat', veto(7, members.slice(0, 9))),
      ).toBe('PANEL_ROSTER_MISMATCH');
      expect(await a.refusal('/v1/precept-cycles/surrey-2013-14/veto', 'panel-secretariat', veto(7, members))).toBe(
        'PRECEPT_VETO_THRESHOLD',
      );
      await a.ok('/v1/precept-cycles/surrey-2013-14/veto', 'panel-secretariat', veto(8, members));
      const vetoed = (await a.stream('precept-cycle:surrey-2013-14'))[2];
      expect(vetoed.data).toMatchObject({ votesFor: 8, requiredVotes: 8 });
    });

    it('PRSRA 2011 s.51(8)(a): a PCC returned at a vacancy election takes office on the day declared elected, not poll + 7', async () => {
      const a = await area('sussex');
      await a.open('/v1/force-areas/sussex/commissioner-offices', 'admin', {
        caseId: 'sussex-2014-by',
        effectiveAt: '2014-07-03',
        electedPerson: 'New PCC',
        kind: 'vacancy',
        vacancyOn: '2014-06-01',
        declaredOn: '2014-07-04',
      });
      expect(
        await a.refusal('/v1/commissioner-offices/sussex-2014-by/acceptance', 'admin', {
          effectiveAt: '2014-07-10',
          person: 'New PCC',
        }),
      ).toBe('OFFICE_TERM_START_NOT_POLL_PLUS_7');
      await a.ok('/v1/commissioner-offices/sussex-2014-by/acceptance', 'admin', {
        effectiveAt: '2014-07-04',
        person: 'New PCC',
      });
      expect((await a.stream('commissioner-office:sussex-2014-by'))[1].data).toMatchObject({ termStart: '2014-07-04' });
    });

    it('PRSRA 2011 Sch 5 paras 1(2)(a), 5: a report made late without a veto still counts; the PCC issues only after responding, and may issue the recommended amount', async () => {
      const a = await area('hampshire');
      await a.notifyPrecept();
      const late = await a.ok('/v1/precept-cycles/hampshire-2013-14/report', 'panel-secretariat', {
        effectiveAt: '2013-02-10',
        recommendations: ['Lower it'],
        recommendedAmount: 148,
      });
      expect(codes(late)).toEqual(['PRECEPT_REPORT_LATE']);
      expect(late.body.events[0].findings[0].message).not.toMatch(/had already ended/);
      expect(
        await a.refusal('/v1/precept-cycles/hampshire-2013-14/issue', 'pcc-office', {
          effectiveAt: '2013-02-20',
          amount: 150,
        }),
      ).toBe('PRECEPT_ISSUED_DURING_SCRUTINY');
      await a.ok('/v1/precept-cycles/hampshire-2013-14/responses', 'pcc-office', {
        effectiveAt: '2013-02-14',
        stage: 'first',
      });
      await a.ok('/v1/precept-cycles/hampshire-2013-14/issue', 'pcc-office', {
        effectiveAt: '2013-02-20',
        amount: 148,
      });
      expect((await a.stream('precept-cycle:hampshire-2013-14')).at(-1)!.data).toMatchObject({
        variant: 'first_report_recommendation',
        scrutinyEndedBy: 'first_response',
      });
    });

    it("PRSRA 2011 s.12(3): the annual report meeting the PCC did not attend is recorded with the PCC's breach, and the panel then reports (s.28(4)(d))", async () => {
      const a = await area('devon');
      await a.open('/v1/force-areas/devon/annual-reports', 'pcc-office', {
        caseId: 'devon-ar-2013-14',
        effectiveAt: '2014-06-02',
        financialYear: '2013-14',
      });
      await a.ok('/v1/annual-reports/devon-ar-2013-14/panel-submission', 'pcc-office', { effectiveAt: '2014-06-05' });
      const held = await a.ok('/v1/annual-reports/devon-ar-2013-14/public-meeting', 'panel-secretariat', {
        effectiveAt: '2014-06-24',
        inPublic: true,
        pccAttended: false,
      });
      expect(held.body.events[0].findings).toEqual([
        expect.objectContaining({ code: 'ANNUAL_REPORT_PCC_MUST_ATTEND', citation: 'PRSRA 2011 s.12(3)' }),
      ]);
      await a.ok('/v1/annual-reports/devon-ar-2013-14/report', 'panel-secretariat', {
        effectiveAt: '2014-06-30',
        recommendations: ['Attend the next meeting'],
      });
    });

    it("SI 2011/3050 Sch para 8 (as made): independent custody visitors' reports are published under para 8", async () => {
      const a = await area('suffolk');
      await a.open('/v1/force-areas/suffolk/decision-registers', 'pcc-office', {
        caseId: 'suffolk',
        effectiveAt: '2013-01-02',
        office: 'Office of the Suffolk Police and Crime Commissioner',
      });
      const pub = await a.ok('/v1/decision-registers/suffolk/publications', 'pcc-office', {
        effectiveAt: '2013-07-10',
        orderPara: '8',
        description: 'Independent custody visiting: quarter to June 2013',
      });
      expect(pub.body.events[0].type).toBe('SpecifiedInformationPublished');
    });

    it('SI 2012/62 reg 14(2)(a), regs 27-28(1): a criminal allegation the IPCC refers back is informally resolved in the same case', async () => {
      const a = await area('cumbria');
      const receipt = {
        effectiveAt: '2013-03-04',
        panel: 'Cumbria Police and Crime Panel',
        against: 'PCC',
        complainant: { name: 'A Complainant', contact: 'complainant@example.org' },
        criminalAllegation: true,
        subjectMatter: 'Alleged misuse of a police vehicle',
      };
      const c = await a.open('/v1/force-areas/cumbria/complaints', 'panel-secretariat', receipt);
      await a.ok(`/v1/complaints/${c.caseId}/recording`, 'panel-secretariat', {
        effectiveAt: '2013-03-05',
        criminalAllegation: true,
      });
      await a.ok(`/v1/complaints/${c.caseId}/referral`, 'panel-secretariat', {
        effectiveAt: '2013-03-05',
        type: 'serious_complaint',
        complainantNotified: true,
        officeHolderNotified: true,
      });
      await a.ok(`/v1/complaints/${c.caseId}/referral-back`, 'admin', {
        effectiveAt: '2013-04-10',
        ipccReference: '2013/004512',
      });
      await a.ok(`/v1/complaints/${c.caseId}/informal-resolution`, 'panel-secretariat', {
        effectiveAt: '2013-04-15',
        conductedBy: 'sub_committee',
        conductedByName: 'Complaints sub-committee',
        isRelevantOfficeHolder: false,
      });
      expect((await a.stream(c.stream)).map((e) => e.type)).toEqual([
        'ComplaintReceived',
        'ComplaintRecorded',
        'ComplaintReferredToIPCC',
        'ComplaintReferredBack',
        'InformalResolutionStarted',
      ]);
    });
  });
});
