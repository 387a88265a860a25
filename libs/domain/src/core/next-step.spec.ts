import { requireNextStep } from './next-step';
import { PROCESS_ORDER, StatutoryRuleViolation } from './rules';

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
