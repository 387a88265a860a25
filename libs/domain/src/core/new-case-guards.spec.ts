import { requireNewCase, unopened } from './decider';
import { StatutoryRuleViolation } from './rules';

describe('requireNewCase', () => {
  it('lets the opening act through before the case exists', () => {
    expect(() => requireNewCase({ status: 'none' }, 'Already open.')).not.toThrow();
  });

  it('refuses once the case exists with CASE_ALREADY_EXISTS and the given reason', () => {
    const open = { status: 'open' };
    expect(() => requireNewCase(open, 'Case R1 is already open.')).toThrow(StatutoryRuleViolation);
    expect(() => requireNewCase(open, 'Case R1 is already open.')).toThrow(
      expect.objectContaining({ code: 'CASE_ALREADY_EXISTS', message: 'Case R1 is already open.' }),
    );
  });
});

describe('unopened', () => {
  it('is the state before the opening act, a new object each time', () => {
    expect(unopened()).toEqual({ status: 'none' });
    expect(unopened()).not.toBe(unopened());
  });
});
