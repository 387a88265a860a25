import fc from 'fast-check';
import { financialYearBounds, financialYearOf } from '../core/calendar';
import { deadlinesAsAt, foldStream } from '../core/fold';
import { vetoThreshold } from '../core/threshold';
import { on, spec } from '../testing/spec';
import type { MemberAtTime } from '../police-and-crime-panel/police-and-crime-panel.events';
import { preceptTimetable } from './precept-cycle.calendar';
import type { VetoProposedPrecept } from './precept-cycle.commands';
import { preceptCycle as decider } from './precept-cycle.decider';
import type { PreceptCycleEvent, PreceptVetoed } from './precept-cycle.events';

const roster = (n: number, coopted = 2): MemberAtTime[] =>
  Array.from({ length: n }, (_, i) => ({
    memberId: `m${i + 1}`,
    name: `Member ${i + 1}`,
    kind: i < n - coopted ? 'councillor' : 'coopted',
  }));

const notified: PreceptCycleEvent = {
  type: 'ProposedPreceptNotified',
  data: { forceArea: 'kent', financialYear: '2013-14', amount: 100, notifiedOn: '2013-01-30' },
};
const reported: PreceptCycleEvent = {
  type: 'PreceptReportMade',
  data: { recommendations: ['Support'], recommendedAmount: 98, containsVeto: false, madeOn: '2013-02-05' },
};
const vetoReport: PreceptCycleEvent = {
  type: 'PreceptReportMade',
  data: { recommendations: ['Too high'], recommendedAmount: null, containsVeto: true, madeOn: '2013-02-07' },
};
const vetoed = (effective = true, reason: 'too_high' | 'too_low' = 'too_high'): PreceptVetoed => ({
  type: 'PreceptVetoed',
  data: { reason, votesFor: 8, membersAtTime: roster(12), requiredVotes: 8, effective, vetoedOn: '2013-02-07' },
});
const firstResponse: PreceptCycleEvent = {
  type: 'PreceptResponsePublished',
  data: { stage: 'first', publishedOn: '2013-02-12', url: null },
};
const revised: PreceptCycleEvent = { type: 'RevisedPreceptNotified', data: { amount: 95, notifiedOn: '2013-02-14' } };
const secondReport: PreceptCycleEvent = {
  type: 'SecondPreceptReportMade',
  data: { accepts: false, recommendations: ['Lower still'], recommendedAmount: 97, madeOn: '2013-02-20' },
};
const secondResponse: PreceptCycleEvent = {
  type: 'PreceptResponsePublished',
  data: { stage: 'second', publishedOn: '2013-02-27', url: null },
};

const history = (...events: PreceptCycleEvent[]) => events.map((e) => on(dateOf(e), e));
function dateOf(e: PreceptCycleEvent): string {
  const d = e.data as unknown as Record<string, string>;
  return d.notifiedOn ?? d.madeOn ?? d.vetoedOn ?? d.publishedOn ?? d.issuedOn;
}

const pan = (members: MemberAtTime[]) => ({
  panel: { panelId: 'kent-pcp', name: 'Kent Police and Crime Panel', membersAtTime: members, quorumRule: null },
});
const veto = (
  votesFor: number,
  members: MemberAtTime[],
  reason: 'too_high' | 'too_low' = 'too_high',
): VetoProposedPrecept => ({
  type: 'VetoProposedPrecept',
  data: { recommendations: ['Too high'], reason, votesFor, membersAtTime: members },
});

describe('PreceptCycle (PRSRA 2011 Sch 5; SI 2012/2271)', () => {
  describe('notification (reg 3)', () => {
    it('records the proposed precept for the year after the relevant financial year', () => {
      spec(decider)
        .given()
        .when(
          { type: 'NotifyProposedPrecept', data: { forceArea: 'kent', financialYear: '2013-14', amount: 100 } },
          { effectiveOn: '2013-01-30' },
        )
        .then([notified]);
    });
    it('flags a notification after 1 February', () => {
      spec(decider)
        .given()
        .when(
          { type: 'NotifyProposedPrecept', data: { forceArea: 'kent', financialYear: '2013-14', amount: 100 } },
          { effectiveOn: '2013-02-02' },
        )
        .thenFlags('PRECEPT_NOTIFIED_LATE');
    });
    it('rejects a notification without a valid financial year or amount', () => {
      spec(decider)
        .given()
        .when({ type: 'NotifyProposedPrecept', data: { forceArea: 'kent', financialYear: '2013', amount: 100 } })
        .thenThrows('PRECEPT_NOTIFICATION_INVALID');
      spec(decider)
        .given()
        .when({ type: 'NotifyProposedPrecept', data: { forceArea: 'kent', financialYear: '2013-14', amount: -1 } })
        .thenThrows('PRECEPT_NOTIFICATION_INVALID');
    });
    it('rejects a second notification for the same cycle', () => {
      spec(decider)
        .given(notified)
        .when({ type: 'NotifyProposedPrecept', data: { forceArea: 'kent', financialYear: '2013-14', amount: 100 } })
        .thenThrows('CASE_ALREADY_EXISTS');
    });
    it('rejects steps on a cycle that was never opened', () => {
      spec(decider)
        .given()
        .when({ type: 'IssuePrecept', data: { amount: 100 } })
        .thenThrows('CASE_NOT_FOUND');
    });
  });

  describe('report and veto (reg 4, Sch 5 para 4)', () => {
    it('records a report by 8 February with no finding', () => {
      spec(decider)
        .given(...history(notified))
        .when(
          { type: 'ReportOnProposedPrecept', data: { recommendations: ['Support'], recommendedAmount: 98 } },
          { effectiveOn: '2013-02-05' },
        )
        .then([reported]);
    });
    it('flags a report after 8 February', () => {
      spec(decider)
        .given(...history(notified))
        .when({ type: 'ReportOnProposedPrecept', data: { recommendations: [] } }, { effectiveOn: '2013-02-09' })
        .thenFlags('PRECEPT_REPORT_LATE');
    });
    it('records a veto by exactly two-thirds of the 12 members at the time (8 votes), co-optees counted', () => {
      spec(decider)
        .given(...history(notified))
        .when(veto(8, roster(12)), { effectiveOn: '2013-02-07', facts: pan(roster(12)) })
        .then([vetoReport, vetoed()]);
    });
    it('rejects a veto one vote short of two-thirds of the members at the time (7 of 12)', () => {
      const err = spec(decider)
        .given(...history(notified))
        .when(veto(7, roster(12)), { effectiveOn: '2013-02-07', facts: pan(roster(12)) })
        .thenThrows('PRECEPT_VETO_THRESHOLD');
      expect(err.message).toContain('at least 8');
    });
    it('counts members at the time, not those present: 10 of 14 is needed (Devon and Cornwall 20 → 14)', () => {
      spec(decider)
        .given(...history(notified))
        .when(veto(9, roster(14)), { effectiveOn: '2013-02-07', facts: pan(roster(14)) })
        .thenThrows('PRECEPT_VETO_THRESHOLD');
      spec(decider)
        .given(...history(notified))
        .when(veto(14, roster(20)), { effectiveOn: '2013-02-07', facts: pan(roster(20)) })
        .thenFlags();
    });
    it('rejects more votes for than members on record, and a roster that is not the record', () => {
      spec(decider)
        .given(...history(notified))
        .when(veto(13, roster(12)), { facts: pan(roster(12)) })
        .thenThrows('PRECEPT_VETO_ROSTER_INVALID');
      spec(decider)
        .given(...history(notified))
        .when(veto(8, [...roster(11), roster(1)[0]]), { facts: pan(roster(12)) })
        .thenThrows('PANEL_ROSTER_MISMATCH');
      spec(decider)
        .given(...history(notified))
        .when(veto(0, []), { facts: pan([]) })
        .thenThrows('PANEL_NOT_ON_RECORD');
    });
    it('given a 12-member panel on record, when a veto by 7 votes is sent with the 9 members present as the roster, then it is refused; without a roster the threshold is 8 of 12 (Sch 5 para 4(4))', () => {
      const present = roster(12).slice(0, 9);
      spec(decider)
        .given(...history(notified))
        .when(veto(7, present), { effectiveOn: '2013-02-07', facts: pan(roster(12)) })
        .thenThrows('PANEL_ROSTER_MISMATCH');
      const noRoster: VetoProposedPrecept = {
        type: 'VetoProposedPrecept',
        data: { recommendations: ['Too high'], reason: 'too_high', votesFor: 7 },
      };
      const err = spec(decider)
        .given(...history(notified))
        .when(noRoster, { effectiveOn: '2013-02-07', facts: pan(roster(12)) })
        .thenThrows('PRECEPT_VETO_THRESHOLD');
      expect(err.message).toBe('7 of 12 members voted to veto; at least 8 are needed.');
      const [, v] = spec(decider)
        .given(...history(notified))
        .when(
          { ...noRoster, data: { ...noRoster.data, votesFor: 8 } },
          { effectiveOn: '2013-02-07', facts: pan(roster(12)) },
        )
        .events();
      expect(v.data).toMatchObject({ membersAtTime: roster(12), requiredVotes: 8 });
    });
    it('given no panel on record for the force area, when a veto is recorded, then it is refused with a clear message to record the panel first', () => {
      const err = spec(decider)
        .given(...history(notified))
        .when(veto(8, roster(12)), { effectiveOn: '2013-02-07', facts: { panel: null } })
        .thenThrows('PANEL_NOT_ON_RECORD');
      expect(err.message).toMatch(
        /No police and crime panel for kent is on record on 2013-02-07: record the panel and its members first/,
      );
    });
    it('records a late veto as made but without effect (reg 4(2))', () => {
      const [report, v] = spec(decider)
        .given(...history(notified))
        .when(veto(8, roster(12)), { effectiveOn: '2013-02-09', facts: pan(roster(12)) })
        .thenFlags('PRECEPT_REPORT_LATE', 'PRECEPT_VETO_LATE');
      expect(report.type).toBe('PreceptReportMade');
      expect(v.type === 'PreceptVetoed' && v.data.effective).toBe(false);
    });
    it('treats a report made on 8 February itself as on time (reg 4(1): "by 8 February")', () => {
      spec(decider)
        .given(...history(notified))
        .when(
          { type: 'ReportOnProposedPrecept', data: { recommendations: ['Support'] } },
          { effectiveOn: '2013-02-08' },
        )
        .thenFlags();
    });
    it('gives full effect to a veto reported on 8 February itself', () => {
      const [report, v] = spec(decider)
        .given(...history(notified))
        .when(veto(8, roster(12)), { effectiveOn: '2013-02-08', facts: pan(roster(12)) })
        .thenFlags();
      expect(report.type).toBe('PreceptReportMade');
      expect(v.type === 'PreceptVetoed' && v.data.effective).toBe(true);
    });
    it('lets the PCC issue the proposed precept after a late veto (reg 4(2))', () => {
      const late = { ...vetoed(false), data: { ...vetoed(false).data, vetoedOn: '2013-02-09' } };
      spec(decider)
        .given(
          ...history(notified),
          on('2013-02-09', { ...vetoReport, data: { ...vetoReport.data, madeOn: '2013-02-09' } }),
          on('2013-02-09', late),
        )
        .when({ type: 'IssuePrecept', data: { amount: 100 } }, { effectiveOn: '2013-02-20' })
        .then([
          {
            type: 'PreceptIssued',
            data: { amount: 100, variant: 'proposed', scrutinyEndedBy: 'veto_reported_late', issuedOn: '2013-02-20' },
          },
        ]);
    });
    it('allows at most one veto per cycle', () => {
      spec(decider)
        .given(...history(notified, vetoReport), on('2013-02-07', vetoed()), ...history(revised))
        .when(veto(12, roster(12)), { effectiveOn: '2013-02-20', facts: pan(roster(12)) })
        .thenThrows('PRECEPT_SECOND_VETO');
    });
    it('requires the veto to be in the report, not after it', () => {
      spec(decider)
        .given(...history(notified, reported))
        .when(veto(12, roster(12)), { effectiveOn: '2013-02-07', facts: pan(roster(12)) })
        .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    });
  });

  describe('no veto: response and issue (Sch 5 paras 1(2), 5)', () => {
    it('blocks issue while the panel can still report', () => {
      spec(decider)
        .given(...history(notified))
        .when({ type: 'IssuePrecept', data: { amount: 100 } }, { effectiveOn: '2013-02-08' })
        .thenThrows('PRECEPT_ISSUED_DURING_SCRUTINY');
    });
    it('blocks issue after a report until the PCC responds', () => {
      spec(decider)
        .given(...history(notified, reported))
        .when({ type: 'IssuePrecept', data: { amount: 100 } }, { effectiveOn: '2013-02-20' })
        .thenThrows('PRECEPT_ISSUED_DURING_SCRUTINY');
    });
    it('issues the proposed or the recommended amount after the response', () => {
      spec(decider)
        .given(...history(notified, reported, firstResponse))
        .when({ type: 'IssuePrecept', data: { amount: 98 } }, { effectiveOn: '2013-02-20' })
        .then([
          {
            type: 'PreceptIssued',
            data: {
              amount: 98,
              variant: 'first_report_recommendation',
              scrutinyEndedBy: 'first_response',
              issuedOn: '2013-02-20',
            },
          },
        ]);
      spec(decider)
        .given(...history(notified, reported, firstResponse))
        .when({ type: 'IssuePrecept', data: { amount: 100 } }, { effectiveOn: '2013-02-20' })
        .thenFlags();
    });
    it('rejects an amount that is neither proposed nor recommended', () => {
      spec(decider)
        .given(...history(notified, reported, firstResponse))
        .when({ type: 'IssuePrecept', data: { amount: 99 } }, { effectiveOn: '2013-02-20' })
        .thenThrows('PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED');
    });
    it('given no report at all, when the PCC issues the proposed precept after 8 February, then it is recorded with a ⚠️ finding that the end of scrutiny is deemed (Sch 5 para 1(2) names none)', () => {
      const [e] = spec(decider)
        .given(...history(notified))
        .when({ type: 'IssuePrecept', data: { amount: 100 } }, { effectiveOn: '2013-02-09' })
        .thenFlags('PRECEPT_ISSUED_WITHOUT_ANY_REPORT');
      expect(e.findings?.[0].confidence).toBe('unconfirmed');
      expect(e.data).toMatchObject({ scrutinyEndedBy: 'no_report_by_8_february', variant: 'proposed' });
      spec(decider)
        .given(...history(notified))
        .when({ type: 'IssuePrecept', data: { amount: 90 } }, { effectiveOn: '2013-02-09' })
        .thenThrows('PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED');
    });

    describe('a report made late without a veto (Sch 5 paras 1(2)(a), 5; reg 4(2) covers only a late veto)', () => {
      const lateReport: PreceptCycleEvent = {
        type: 'PreceptReportMade',
        data: { recommendations: ['Lower it'], recommendedAmount: 98, containsVeto: false, madeOn: '2013-02-10' },
      };
      const lateResponse: PreceptCycleEvent = {
        type: 'PreceptResponsePublished',
        data: { stage: 'first', publishedOn: '2013-02-14', url: null },
      };
      it('given a report on 10 February, then the late finding does not claim that scrutiny had ended', () => {
        const [e] = spec(decider)
          .given(...history(notified))
          .when(
            { type: 'ReportOnProposedPrecept', data: { recommendations: ['Lower it'], recommendedAmount: 98 } },
            { effectiveOn: '2013-02-10' },
          )
          .thenFlags('PRECEPT_REPORT_LATE');
        expect(e.findings?.[0].message).not.toMatch(/had already ended/);
        expect(e.findings?.[0].message).toMatch(/paras 1\(2\)\(a\), 5/);
      });
      it('given a report on 10 February and no response, when the PCC issues, then it is refused: scrutiny ends with the response (para 1(2)(a))', () => {
        spec(decider)
          .given(...history(notified, lateReport))
          .when({ type: 'IssuePrecept', data: { amount: 100 } }, { effectiveOn: '2013-02-20' })
          .thenThrows('PRECEPT_ISSUED_DURING_SCRUTINY');
      });
      it('given a report on 10 February and the response, when the PCC issues the recommended amount, then it is recorded (para 5(3)(b))', () => {
        spec(decider)
          .given(...history(notified, lateReport, lateResponse))
          .when({ type: 'IssuePrecept', data: { amount: 98 } }, { effectiveOn: '2013-02-20' })
          .then([
            {
              type: 'PreceptIssued',
              data: {
                amount: 98,
                variant: 'first_report_recommendation',
                scrutinyEndedBy: 'first_response',
                issuedOn: '2013-02-20',
              },
            },
          ]);
      });
    });
    it('warns (⚠️ LGFA 1992 s.40, not confirmed) when issued on or after 1 March', () => {
      const [e] = spec(decider)
        .given(...history(notified, reported, firstResponse))
        .when({ type: 'IssuePrecept', data: { amount: 100 } }, { effectiveOn: '2013-03-01' })
        .thenFlags('PRECEPT_ISSUED_AFTER_1_MARCH');
      expect(e.findings?.[0].confidence).toBe('unconfirmed');
    });
    it('cannot issue twice', () => {
      const issued: PreceptCycleEvent = {
        type: 'PreceptIssued',
        data: { amount: 100, variant: 'proposed', scrutinyEndedBy: 'first_response', issuedOn: '2013-02-20' },
      };
      spec(decider)
        .given(...history(notified, reported, firstResponse, issued))
        .when({ type: 'IssuePrecept', data: { amount: 100 } })
        .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    });
  });

  describe('after a veto (regs 5-8)', () => {
    const afterVeto = [...history(notified, vetoReport), on('2013-02-07', vetoed())];
    it('flags a response to the veto report after 15 February', () => {
      spec(decider)
        .given(...afterVeto)
        .when({ type: 'PublishPreceptResponse', data: { stage: 'first' } }, { effectiveOn: '2013-02-16' })
        .thenFlags('PRECEPT_VETO_RESPONSE_LATE');
      spec(decider)
        .given(...afterVeto)
        .when({ type: 'PublishPreceptResponse', data: { stage: 'first' } }, { effectiveOn: '2013-02-15' })
        .thenFlags();
    });
    it('requires the revised precept to move in the direction of the veto (reg 5(3))', () => {
      spec(decider)
        .given(...afterVeto)
        .when({ type: 'NotifyRevisedPrecept', data: { amount: 101 } }, { effectiveOn: '2013-02-14' })
        .thenThrows('PRECEPT_REVISED_WRONG_DIRECTION');
      spec(decider)
        .given(...afterVeto)
        .when({ type: 'NotifyRevisedPrecept', data: { amount: 100 } }, { effectiveOn: '2013-02-14' })
        .thenThrows('PRECEPT_REVISED_WRONG_DIRECTION');
      spec(decider)
        .given(...afterVeto)
        .when({ type: 'NotifyRevisedPrecept', data: { amount: 95 } }, { effectiveOn: '2013-02-14' })
        .then([revised]);
      const tooLow = [...history(notified, vetoReport), on('2013-02-07', vetoed(true, 'too_low'))];
      spec(decider)
        .given(...tooLow)
        .when({ type: 'NotifyRevisedPrecept', data: { amount: 95 } })
        .thenThrows('PRECEPT_REVISED_WRONG_DIRECTION');
      spec(decider)
        .given(...tooLow)
        .when({ type: 'NotifyRevisedPrecept', data: { amount: 105 } }, { effectiveOn: '2013-02-14' })
        .thenFlags();
    });
    it('after a too-low veto, refuses a revised precept equal to the proposed one: it must be higher (reg 5(3))', () => {
      const tooLow = [...history(notified, vetoReport), on('2013-02-07', vetoed(true, 'too_low'))];
      spec(decider)
        .given(...tooLow)
        .when({ type: 'NotifyRevisedPrecept', data: { amount: 100 } }, { effectiveOn: '2013-02-14' })
        .thenThrows('PRECEPT_REVISED_WRONG_DIRECTION');
      spec(decider)
        .given(...tooLow)
        .when({ type: 'NotifyRevisedPrecept', data: { amount: 100.01 } }, { effectiveOn: '2013-02-14' })
        .thenFlags();
    });
    it('flags a revised precept after 15 February', () => {
      spec(decider)
        .given(...afterVeto)
        .when({ type: 'NotifyRevisedPrecept', data: { amount: 95 } }, { effectiveOn: '2013-02-16' })
        .thenFlags('PRECEPT_REVISED_NOTIFIED_LATE');
    });
    it('accepts a revised precept only after a veto', () => {
      spec(decider)
        .given(...history(notified, reported))
        .when({ type: 'NotifyRevisedPrecept', data: { amount: 95 } })
        .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    });
    it('never issues the vetoed proposed precept before a revised one is notified', () => {
      spec(decider)
        .given(...afterVeto)
        .when({ type: 'IssuePrecept', data: { amount: 100 } }, { effectiveOn: '2013-03-05' })
        .thenThrows('PRECEPT_ISSUED_DURING_SCRUTINY');
    });
    it('records the second report; late after 22 February', () => {
      spec(decider)
        .given(...afterVeto, ...history(revised))
        .when(
          {
            type: 'MakeSecondPreceptReport',
            data: { accepts: false, recommendations: ['Lower still'], recommendedAmount: 97 },
          },
          { effectiveOn: '2013-02-20' },
        )
        .then([secondReport]);
      spec(decider)
        .given(...afterVeto, ...history(revised))
        .when(
          { type: 'MakeSecondPreceptReport', data: { accepts: true, recommendations: [] } },
          { effectiveOn: '2013-02-23' },
        )
        .thenFlags('PRECEPT_SECOND_REPORT_LATE');
    });
    it('flags a response to the second report after 1 March', () => {
      spec(decider)
        .given(...afterVeto, ...history(revised, secondReport))
        .when({ type: 'PublishPreceptResponse', data: { stage: 'second' } }, { effectiveOn: '2013-03-02' })
        .thenFlags('PRECEPT_SECOND_RESPONSE_LATE');
    });
    it('blocks issue until the second response (reg 7-8)', () => {
      spec(decider)
        .given(...afterVeto, ...history(revised, secondReport))
        .when({ type: 'IssuePrecept', data: { amount: 95 } }, { effectiveOn: '2013-02-25' })
        .thenThrows('PRECEPT_ISSUED_DURING_SCRUTINY');
    });
    it('after the second response issues the revised, a lower, or the recommended amount — not the proposed (reg 8)', () => {
      const full = [...afterVeto, ...history(revised, secondReport, secondResponse)];
      spec(decider)
        .given(...full)
        .when({ type: 'IssuePrecept', data: { amount: 95 } }, { effectiveOn: '2013-02-28' })
        .then([
          {
            type: 'PreceptIssued',
            data: { amount: 95, variant: 'revised', scrutinyEndedBy: 'second_response', issuedOn: '2013-02-28' },
          },
        ]);
      spec(decider)
        .given(...full)
        .when({ type: 'IssuePrecept', data: { amount: 94 } }, { effectiveOn: '2013-02-28' })
        .then([
          {
            type: 'PreceptIssued',
            data: {
              amount: 94,
              variant: 'further_in_veto_direction',
              scrutinyEndedBy: 'second_response',
              issuedOn: '2013-02-28',
            },
          },
        ]);
      spec(decider)
        .given(...full)
        .when({ type: 'IssuePrecept', data: { amount: 97 } }, { effectiveOn: '2013-02-28' })
        .then([
          {
            type: 'PreceptIssued',
            data: {
              amount: 97,
              variant: 'second_report_recommendation',
              scrutinyEndedBy: 'second_response',
              issuedOn: '2013-02-28',
            },
          },
        ]);
      spec(decider)
        .given(...full)
        .when({ type: 'IssuePrecept', data: { amount: 100 } }, { effectiveOn: '2013-02-28' })
        .thenThrows('PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED');
    });
    it('after a too-low veto, issues the revised or a higher amount, never a lower one (reg 8)', () => {
      const up: PreceptCycleEvent = { type: 'RevisedPreceptNotified', data: { amount: 105, notifiedOn: '2013-02-14' } };
      const accepted: PreceptCycleEvent = {
        type: 'SecondPreceptReportMade',
        data: { accepts: true, recommendations: [], recommendedAmount: null, madeOn: '2013-02-20' },
      };
      const full = [
        ...history(notified, vetoReport),
        on('2013-02-07', vetoed(true, 'too_low')),
        ...history(up, accepted, secondResponse),
      ];
      spec(decider)
        .given(...full)
        .when({ type: 'IssuePrecept', data: { amount: 106 } }, { effectiveOn: '2013-02-28' })
        .then([
          {
            type: 'PreceptIssued',
            data: {
              amount: 106,
              variant: 'further_in_veto_direction',
              scrutinyEndedBy: 'second_response',
              issuedOn: '2013-02-28',
            },
          },
        ]);
      spec(decider)
        .given(...full)
        .when({ type: 'IssuePrecept', data: { amount: 104 } }, { effectiveOn: '2013-02-28' })
        .thenThrows('PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED');
      spec(decider)
        .given(...full)
        .when({ type: 'IssuePrecept', data: { amount: 100 } }, { effectiveOn: '2013-02-28' })
        .thenThrows('PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED');
    });
    it('takes no revised precept after a late veto, which had no effect (reg 4(2))', () => {
      const late = { ...vetoed(false), data: { ...vetoed(false).data, vetoedOn: '2013-02-09' } };
      spec(decider)
        .given(
          ...history(notified),
          on('2013-02-09', { ...vetoReport, data: { ...vetoReport.data, madeOn: '2013-02-09' } }),
          on('2013-02-09', late),
        )
        .when({ type: 'NotifyRevisedPrecept', data: { amount: 95 } }, { effectiveOn: '2013-02-12' })
        .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    });
    it('with no second report by 22 February, scrutiny ends and the revised precept may be issued (reg 6(3))', () => {
      spec(decider)
        .given(...afterVeto, ...history(revised))
        .when({ type: 'IssuePrecept', data: { amount: 95 } }, { effectiveOn: '2013-02-23' })
        .then([
          {
            type: 'PreceptIssued',
            data: {
              amount: 95,
              variant: 'revised',
              scrutinyEndedBy: 'no_second_report_by_22_february',
              issuedOn: '2013-02-23',
            },
          },
        ]);
      spec(decider)
        .given(...afterVeto, ...history(revised))
        .when({ type: 'IssuePrecept', data: { amount: 95 } }, { effectiveOn: '2013-02-22' })
        .thenThrows('PRECEPT_ISSUED_DURING_SCRUTINY');
    });
    it('given no second report by 22 February, when the PCC issues an amount lower than the revised precept, then it is refused: only the revised precept (reg 6(3); reg 8(1) excludes the case)', () => {
      const err = spec(decider)
        .given(...afterVeto, ...history(revised))
        .when({ type: 'IssuePrecept', data: { amount: 94 } }, { effectiveOn: '2013-02-23' })
        .thenThrows('PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED');
      expect(err.message).toMatch(/reg 6\(3\)/);
      expect(err.citation).toBe('PRSRA 2011 Sch 5 paras 5-6; SI 2012/2271 regs 4(2), 6(3), 8');
    });
    it('given a second report made on 25 February, after the reg 6(3) end, when the PCC issues the revised precept without responding to it, then it is recorded: a late second report does not reopen scrutiny', () => {
      const lateSecond: PreceptCycleEvent = {
        type: 'SecondPreceptReportMade',
        data: { accepts: false, recommendations: ['Lower still'], recommendedAmount: 93, madeOn: '2013-02-25' },
      };
      spec(decider)
        .given(...afterVeto, ...history(revised, lateSecond))
        .when({ type: 'IssuePrecept', data: { amount: 95 } }, { effectiveOn: '2013-02-26' })
        .then([
          {
            type: 'PreceptIssued',
            data: {
              amount: 95,
              variant: 'revised',
              scrutinyEndedBy: 'no_second_report_by_22_february',
              issuedOn: '2013-02-26',
            },
          },
        ]);
      spec(decider)
        .given(...afterVeto, ...history(revised, lateSecond))
        .when({ type: 'IssuePrecept', data: { amount: 93 } }, { effectiveOn: '2013-02-26' })
        .thenThrows('PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED');
    });
  });

  describe('deadlines', () => {
    it('reports each deadline of the cycle as at a date', () => {
      const state = foldStream(decider, [
        ...history(notified, vetoReport),
        on('2013-02-07', vetoed()),
        ...history(revised),
      ]);
      const byKey = (asAt: string) =>
        Object.fromEntries(deadlinesAsAt(decider, state, asAt).map((d) => [d.key, d.status]));
      expect(byKey('2013-02-10')).toEqual({
        'precept.notify': 'met',
        'precept.report': 'met',
        'precept.veto-response': 'outstanding',
        'precept.revised': 'outstanding',
        'precept.second-report': 'not_yet_due',
      });
      expect(byKey('2013-02-23')).toMatchObject({
        'precept.veto-response': 'no_record',
        'precept.revised': 'met',
        'precept.second-report': 'no_record',
      });
    });
  });

  describe('properties', () => {
    it('the timetable falls in the relevant financial year (the year before) and is ordered, for any year', () => {
      fc.assert(
        fc.property(fc.integer({ min: 2012, max: 2200 }), (y) => {
          const fy = `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
          const t = preceptTimetable(fy);
          const rfy = financialYearBounds(t.relevantFinancialYear);
          const dates = [t.notifyBy, t.reportBy, t.revisedBy, t.secondReportBy, t.secondResponseBy];
          expect(financialYearBounds(t.relevantFinancialYear).end).toBe(`${y}-03-31`);
          for (const d of dates) {
            expect(financialYearOf(d)).toBe(t.relevantFinancialYear);
            expect(d >= rfy.start && d <= rfy.end).toBe(true);
          }
          expect([...dates].sort()).toEqual(dates);
          expect(dates.map((d) => d.slice(5))).toEqual(['02-01', '02-08', '02-15', '02-22', '03-01']);
        }),
      );
    });

    it('a veto passes with exactly ⌈2n/3⌉ votes of n members and fails with one fewer, for n in 1..40', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 20 }), (n, co) => {
          const members = roster(n, Math.min(co, n));
          const t = vetoThreshold(n);
          expect(t).toBe(Math.ceil((2 * n) / 3));
          const passed = spec(decider)
            .given(...history(notified))
            .when(veto(t, members), { effectiveOn: '2013-02-08', facts: pan(members) })
            .events();
          expect(passed.map((e) => e.type)).toEqual(['PreceptReportMade', 'PreceptVetoed']);
          if (t - 1 >= 0) {
            expect(() =>
              spec(decider)
                .given(...history(notified))
                .when(veto(t - 1, members), { effectiveOn: '2013-02-08', facts: pan(members) })
                .events(),
            ).toThrow(/at least/);
          }
        }),
      );
    });
  });
});
