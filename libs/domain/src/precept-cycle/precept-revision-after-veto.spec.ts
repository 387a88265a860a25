import { panelFacts as pan, panelRoster as roster } from '../testing/panel';
import {
  afterLateVeto,
  history,
  issueAfter,
  notified,
  preceptIssued,
  reported,
  revised,
  secondReport,
  secondResponse,
  veto,
  vetoed,
  vetoReport,
} from '../testing/precept';
import fc from 'fast-check';
import { financialYearBounds, financialYearOf } from '../core/calendar';
import { deadlinesAsAt, foldStream } from '../core/fold';
import { vetoThreshold } from '../core/threshold';
import { on, spec } from '../testing/spec';
import { preceptTimetable } from './precept-cycle.calendar';
import { preceptCycle as decider } from './precept-cycle.decider';
import type { PreceptCycleEvent } from './precept-cycle.events';
import { doneLate } from '../testing/late';

describe('PreceptCycle after a veto: revision, second report, issue and timetable (PRSRA 2011 Sch 5; SI 2012/2271)', () => {
  describe('after a veto (regs 5-8)', () => {
    const afterVeto = [...history(notified, vetoReport), on('2013-02-07', vetoed())];
    it('flags a response to the veto report after 15 February', () => {
      const respond = { type: 'PublishPreceptResponse' as const, data: { stage: 'first' as const } };
      doneLate(decider, afterVeto, respond, { lastDay: '2013-02-15', lateOn: '2013-02-16' }).thenFlags(
        'PRECEPT_VETO_RESPONSE_LATE',
      );
    });
    const tooLow = [...history(notified, vetoReport), on('2013-02-07', vetoed(true, 'too_low'))];
    /** After `given`, the PCC notifies a revised precept (the proposed one was 100) on `day`. */
    const revise = (given: typeof afterVeto, amount: number, day = '2013-02-14') =>
      spec(decider)
        .given(...given)
        .when({ type: 'NotifyRevisedPrecept', data: { amount } }, { effectiveOn: day });
    it.each([
      ['too high', 101, afterVeto],
      ['too high', 100, afterVeto],
      ['too low', 95, tooLow],
      ['too low', 100, tooLow],
    ])(
      'after a %s veto, refuses a revised precept of %s: it must move in the direction of the veto (reg 5(3))',
      (_, amount, given) => {
        revise(given, amount).thenThrows('PRECEPT_REVISED_WRONG_DIRECTION');
      },
    );
    it.each([
      ['too high', 95, afterVeto],
      ['too low', 105, tooLow],
      ['too low', 100.01, tooLow],
    ])(
      'after a %s veto, accepts a revised precept of %s, in time and without a finding (reg 5(3))',
      (_, amount, given) => {
        revise(given, amount).thenFlags();
      },
    );
    it('records the revised precept as notified', () => {
      revise(afterVeto, 95).then([revised]);
    });
    it('flags a revised precept after 15 February', () => {
      revise(afterVeto, 95, '2013-02-16').thenFlags('PRECEPT_REVISED_NOTIFIED_LATE');
    });
    it('accepts a revised precept only after a veto', () => {
      spec(decider)
        .given(...history(notified, reported))
        .when({ type: 'NotifyRevisedPrecept', data: { amount: 95 } })
        .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    });
    it('never issues the vetoed proposed precept before a revised one is notified', () => {
      issueAfter([...afterVeto], 100, '2013-03-05').thenThrows('PRECEPT_ISSUED_DURING_SCRUTINY');
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
      issueAfter([...afterVeto, ...history(revised, secondReport)], 95, '2013-02-25').thenThrows(
        'PRECEPT_ISSUED_DURING_SCRUTINY',
      );
    });
    it('after the second response issues the revised, a lower, or the recommended amount — not the proposed (reg 8)', () => {
      const full = [...afterVeto, ...history(revised, secondReport, secondResponse)];
      issueAfter([...full], 95, '2013-02-28').then(preceptIssued(95, 'revised', 'second_response', '2013-02-28'));
      issueAfter([...full], 94, '2013-02-28').then(
        preceptIssued(94, 'further_in_veto_direction', 'second_response', '2013-02-28'),
      );
      issueAfter([...full], 97, '2013-02-28').then(
        preceptIssued(97, 'second_report_recommendation', 'second_response', '2013-02-28'),
      );
      issueAfter([...full], 100, '2013-02-28').thenThrows('PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED');
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
      issueAfter([...full], 106, '2013-02-28').then(
        preceptIssued(106, 'further_in_veto_direction', 'second_response', '2013-02-28'),
      );
      issueAfter([...full], 104, '2013-02-28').thenThrows('PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED');
      issueAfter([...full], 100, '2013-02-28').thenThrows('PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED');
    });
    it('takes no revised precept after a late veto, which had no effect (reg 4(2))', () => {
      spec(decider)
        .given(...afterLateVeto())
        .when({ type: 'NotifyRevisedPrecept', data: { amount: 95 } }, { effectiveOn: '2013-02-12' })
        .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    });
    it('with no second report by 22 February, scrutiny ends and the revised precept may be issued (reg 6(3))', () => {
      issueAfter([...afterVeto, ...history(revised)], 95, '2013-02-23').then(
        preceptIssued(95, 'revised', 'no_second_report_by_22_february', '2013-02-23'),
      );
      issueAfter([...afterVeto, ...history(revised)], 95, '2013-02-22').thenThrows('PRECEPT_ISSUED_DURING_SCRUTINY');
    });
    it('given no second report by 22 February, when the PCC issues an amount lower than the revised precept, then it is refused: only the revised precept (reg 6(3); reg 8(1) excludes the case)', () => {
      const err = issueAfter([...afterVeto, ...history(revised)], 94, '2013-02-23').thenThrows(
        'PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED',
      );
      expect(err.message).toMatch(/reg 6\(3\)/);
      expect(err.citation).toBe('PRSRA 2011 Sch 5 paras 5-6; SI 2012/2271 regs 4(2), 6(3), 8');
    });
    it('given a second report made on 25 February, after the reg 6(3) end, when the PCC issues the revised precept without responding to it, then it is recorded: a late second report does not reopen scrutiny', () => {
      const lateSecond: PreceptCycleEvent = {
        type: 'SecondPreceptReportMade',
        data: { accepts: false, recommendations: ['Lower still'], recommendedAmount: 93, madeOn: '2013-02-25' },
      };
      issueAfter([...afterVeto, ...history(revised, lateSecond)], 95, '2013-02-26').then(
        preceptIssued(95, 'revised', 'no_second_report_by_22_february', '2013-02-26'),
      );
      issueAfter([...afterVeto, ...history(revised, lateSecond)], 93, '2013-02-26').thenThrows(
        'PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED',
      );
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
