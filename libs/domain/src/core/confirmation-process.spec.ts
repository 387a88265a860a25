import {
  confirmationHearingHeld,
  confirmationReportFindings,
  type ReportRules,
  notificationWindow,
  openAppointmentCase,
  particularsGiven,
  receiptValid,
} from './confirmation-process';
import { codeOf } from '../testing/violation';
import { specRule } from '../testing/spec-rule';

const IN_PUBLIC = specRule('SPEC_HEARING_IN_PUBLIC', 'Sch 1 para 1', 'confirmed', 'blocking', 'Held in public.');
const RULES: ReportRules = {
  reportAfterHearing: specRule(
    'SPEC_REPORT_AFTER_HEARING',
    'Sch 1 para 2',
    'confirmed',
    'blocking',
    'Report after the hearing.',
  ),
  reportLate: specRule('SPEC_REPORT_LATE', 'Sch 1 para 3', 'confirmed', 'deadline', 'Report within three weeks.'),
};

const waiting = { candidate: 'A. Candidate', reportDueBy: '2024-03-21', hearingOn: null, report: null };
const heard = { ...waiting, hearingOn: '2024-03-10' };

describe('confirmation hearing and report', () => {
  it('records a public hearing once, with its facts in the stored order', () => {
    const held = confirmationHearingHeld(
      IN_PUBLIC,
      waiting,
      { inPublic: true, appearance: 'live_link' },
      '2024-03-10',
      'x',
    );
    expect(Object.entries(held)).toEqual([
      ['inPublic', true],
      ['appearance', 'live_link'],
      ['meetingRef', null],
      ['heldOn', '2024-03-10'],
    ]);
    expect(
      codeOf(() => confirmationHearingHeld(IN_PUBLIC, heard, { inPublic: true, appearance: 1 }, '2024-03-11', 'x')),
    ).toBe('PROCESS_STEP_OUT_OF_ORDER');
    expect(
      codeOf(() => confirmationHearingHeld(IN_PUBLIC, waiting, { inPublic: false, appearance: 1 }, '2024-03-10', 'x')),
    ).toBe('SPEC_HEARING_IN_PUBLIC');
  });

  it('lets the panel report only after the hearing, and flags a report after the window as late', () => {
    expect(codeOf(() => confirmationReportFindings(RULES, waiting, '2024-03-12', 'x'))).toBe(
      'SPEC_REPORT_AFTER_HEARING',
    );
    expect(confirmationReportFindings(RULES, heard, '2024-03-21', 'x')).toEqual([]);
    expect(confirmationReportFindings(RULES, heard, '2024-03-22', 'x')).toEqual([
      {
        code: 'SPEC_REPORT_LATE',
        citation: 'Spec Act Sch 1 para 3',
        confidence: 'confirmed',
        kind: 'late',
        message: 'Reported on 2024-03-22; the three weeks ended on 2024-03-21.',
      },
    ]);
    const reported = { ...heard, report: { madeOn: '2024-03-15' } };
    expect(codeOf(() => confirmationReportFindings(RULES, reported, '2024-03-16', 'x'))).toBe(
      'PROCESS_STEP_OUT_OF_ORDER',
    );
  });
});

describe('notification and open case', () => {
  const particulars = { candidate: 'A. Candidate', criteria: 'C', reasons: 'R', terms: 'T' };

  it('needs every particular and a receipt no earlier than the notification', () => {
    expect(particularsGiven(particulars)).toBe(true);
    expect(particularsGiven({ ...particulars, reasons: '  ' })).toBe(false);
    expect(receiptValid({ receivedByPanelOn: '2024-03-01' }, '2024-03-01')).toBe(true);
    expect(receiptValid({ receivedByPanelOn: '2024-02-29' }, '2024-03-01')).toBe(false);
    const backwards = [{ from: '2024-05-09', to: '2024-05-02' }];
    expect(receiptValid({ receivedByPanelOn: '2024-05-01', postElectionPeriods: backwards }, '2024-05-01')).toBe(false);
  });

  it('opens a three-week window from receipt, pushed back by post-election days, fields in stored order', () => {
    expect(Object.entries(notificationWindow({ receivedByPanelOn: '2024-03-01' }, '2024-02-28'))).toEqual([
      ['notifiedOn', '2024-02-28'],
      ['receivedByPanelOn', '2024-03-01'],
      ['postElectionPeriods', []],
      ['reportDueBy', '2024-03-21'],
    ]);
    const periods = [{ from: '2024-03-05', to: '2024-03-06' }];
    expect(
      notificationWindow({ receivedByPanelOn: '2024-03-01', postElectionPeriods: periods }, '2024-03-01'),
    ).toMatchObject({
      postElectionPeriods: periods,
      reportDueBy: '2024-03-23',
    });
  });

  it('refuses a case never notified, and one that has reached an end state, with its own message', () => {
    type S = { status: 'none' } | { status: 'open' | 'closed'; who: string };
    const message = (s: { who: string }) => `Closed for ${s.who}.`;
    expect(codeOf(() => openAppointmentCase<S>({ status: 'none' }, ['closed'], message))).toBe('CASE_NOT_FOUND');
    expect(() => openAppointmentCase<S>({ status: 'closed', who: 'B' }, ['closed'], message)).toThrow('Closed for B.');
    expect(openAppointmentCase<S>({ status: 'open', who: 'B' }, ['closed'], message)).toEqual({
      status: 'open',
      who: 'B',
    });
  });
});
