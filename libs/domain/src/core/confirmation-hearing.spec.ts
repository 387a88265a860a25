import { confirmationHearingHeld, confirmationReportFindings, type ConfirmationRules } from './confirmation-hearing';
import { defineRule, StatutoryRuleViolation } from './rules';

const RULES: ConfirmationRules = {
  hearingInPublic: defineRule({
    code: 'SPEC_HEARING_IN_PUBLIC',
    citation: 'Spec Act Sch 1 para 1',
    confidence: 'confirmed',
    kind: 'blocking',
    summary: 'Held in public.',
  }),
  reportAfterHearing: defineRule({
    code: 'SPEC_REPORT_AFTER_HEARING',
    citation: 'Spec Act Sch 1 para 2',
    confidence: 'confirmed',
    kind: 'blocking',
    summary: 'Report after the hearing.',
  }),
  reportLate: defineRule({
    code: 'SPEC_REPORT_LATE',
    citation: 'Spec Act Sch 1 para 3',
    confidence: 'confirmed',
    kind: 'deadline',
    summary: 'Report within three weeks.',
  }),
};

const waiting = { candidate: 'A. Candidate', reportDueBy: '2024-03-21', hearingOn: null, report: null };
const heard = { ...waiting, hearingOn: '2024-03-10' };

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof StatutoryRuleViolation) return e.code;
    throw e;
  }
  return undefined;
}

describe('confirmation hearing and report', () => {
  it('records a public hearing once, with its facts in the stored order', () => {
    const held = confirmationHearingHeld(
      RULES,
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
      codeOf(() => confirmationHearingHeld(RULES, heard, { inPublic: true, appearance: 1 }, '2024-03-11', 'x')),
    ).toBe('PROCESS_STEP_OUT_OF_ORDER');
    expect(
      codeOf(() => confirmationHearingHeld(RULES, waiting, { inPublic: false, appearance: 1 }, '2024-03-10', 'x')),
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
