import { requireNextStep, requireStatus } from './step-order';
import { PROCESS_ORDER, StatutoryRuleViolation } from './rules';

type State = { status: 'open' | 'closed' | 'withdrawn' };

describe('requireStatus', () => {
  it('lets the act through at any of the named steps', () => {
    const open: State = { status: 'open' };
    expect(() => requireStatus(open, ['open'], 'Not open.')).not.toThrow();
    expect(() => requireStatus(open, ['closed', 'open'], 'Not open.')).not.toThrow();
  });

  it('refuses at any other step with PROCESS_ORDER and the given reason', () => {
    const closed: State = { status: 'closed' };
    expect(() => requireStatus(closed, ['open', 'withdrawn'], 'Case C1 is closed.')).toThrow(StatutoryRuleViolation);
    expect(() => requireStatus(closed, ['open', 'withdrawn'], 'Case C1 is closed.')).toThrow(
      expect.objectContaining({ code: 'PROCESS_STEP_OUT_OF_ORDER', message: 'Case C1 is closed.' }),
    );
  });
});

function refusal(previous: unknown, done: unknown): string | null {
  try {
    requireNextStep(previous, done, 'not yet', 'already');
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(StatutoryRuleViolation);
    expect((e as StatutoryRuleViolation).code).toBe(PROCESS_ORDER.code);
    return (e as StatutoryRuleViolation).message;
  }
}

describe('requireNextStep', () => {
  it('allows the step once the one before is on record and it is not', () => {
    expect(refusal('2013-01-01', null)).toBeNull();
  });
  it('refuses it before the step before it, saying so', () => {
    expect(refusal(null, null)).toContain('not yet');
  });
  it('refuses it a second time, saying so', () => {
    expect(refusal('2013-01-01', '2013-01-02')).toContain('already');
  });
});
