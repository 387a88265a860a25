import {
  afterLateVeto,
  firstResponse,
  history,
  issueAfter,
  notified,
  preceptIssued,
  reported,
  revised,
  veto,
  vetoed,
  vetoReport,
} from '../testing/precept';
import { panelFacts as pan, panelRoster as roster } from '../testing/panel';
import { on, spec } from '../testing/spec';
import type { NotifyProposedPrecept, VetoProposedPrecept } from './precept-cycle.commands';
import { preceptCycle as decider } from './precept-cycle.decider';
import type { PreceptCycleEvent } from './precept-cycle.events';

const notify: NotifyProposedPrecept = {
  type: 'NotifyProposedPrecept',
  data: { forceArea: 'kent', financialYear: '2013-14', amount: 100 },
};

describe('PreceptCycle (PRSRA 2011 Sch 5; SI 2012/2271)', () => {
  describe('notification (reg 3)', () => {
    it('records the proposed precept for the year after the relevant financial year', () => {
      spec(decider).given().when(notify, { effectiveOn: '2013-01-30' }).then([notified]);
    });
    it('flags a notification after 1 February', () => {
      spec(decider).given().when(notify, { effectiveOn: '2013-02-02' }).thenFlags('PRECEPT_NOTIFIED_LATE');
    });
    it('rejects a notification without a valid financial year or amount', () => {
      spec(decider)
        .given()
        .when({ ...notify, data: { ...notify.data, financialYear: '2013' } })
        .thenThrows('PRECEPT_NOTIFICATION_INVALID');
      spec(decider)
        .given()
        .when({ ...notify, data: { ...notify.data, amount: -1 } })
        .thenThrows('PRECEPT_NOTIFICATION_INVALID');
    });
    it('rejects a second notification for the same cycle', () => {
      spec(decider).given(notified).when(notify).thenThrows('CASE_ALREADY_EXISTS');
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
      spec(decider)
        .given(...afterLateVeto())
        .when({ type: 'IssuePrecept', data: { amount: 100 } }, { effectiveOn: '2013-02-20' })
        .then(preceptIssued(100, 'proposed', 'veto_reported_late', '2013-02-20'));
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
      issueAfter([...history(notified)], 100, '2013-02-08').thenThrows('PRECEPT_ISSUED_DURING_SCRUTINY');
    });
    it('blocks issue after a report until the PCC responds', () => {
      issueAfter([...history(notified, reported)], 100, '2013-02-20').thenThrows('PRECEPT_ISSUED_DURING_SCRUTINY');
    });
    it('issues the proposed or the recommended amount after the response', () => {
      issueAfter([...history(notified, reported, firstResponse)], 98, '2013-02-20').then(
        preceptIssued(98, 'first_report_recommendation', 'first_response', '2013-02-20'),
      );
      issueAfter([...history(notified, reported, firstResponse)], 100, '2013-02-20').thenFlags();
    });
    it('rejects an amount that is neither proposed nor recommended', () => {
      issueAfter([...history(notified, reported, firstResponse)], 99, '2013-02-20').thenThrows(
        'PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED',
      );
    });
    it('given no report at all, when the PCC issues the proposed precept after 8 February, then it is recorded with a ⚠️ finding that the end of scrutiny is deemed (Sch 5 para 1(2) names none)', () => {
      const [e] = issueAfter([...history(notified)], 100, '2013-02-09').thenFlags('PRECEPT_ISSUED_WITHOUT_ANY_REPORT');
      expect(e.findings?.[0].confidence).toBe('unconfirmed');
      expect(e.data).toMatchObject({ scrutinyEndedBy: 'no_report_by_8_february', variant: 'proposed' });
      issueAfter([...history(notified)], 90, '2013-02-09').thenThrows('PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED');
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
        issueAfter([...history(notified, lateReport)], 100, '2013-02-20').thenThrows('PRECEPT_ISSUED_DURING_SCRUTINY');
      });
      it('given a report on 10 February and the response, when the PCC issues the recommended amount, then it is recorded (para 5(3)(b))', () => {
        issueAfter([...history(notified, lateReport, lateResponse)], 98, '2013-02-20').then(
          preceptIssued(98, 'first_report_recommendation', 'first_response', '2013-02-20'),
        );
      });
    });
    it('warns (⚠️ LGFA 1992 s.40, not confirmed) when issued on or after 1 March', () => {
      const [e] = issueAfter([...history(notified, reported, firstResponse)], 100, '2013-03-01').thenFlags(
        'PRECEPT_ISSUED_AFTER_1_MARCH',
      );
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
});
