import { existingCase } from './decider';
import { StatutoryRuleViolation } from './rules';

type State = { status: 'none' } | { status: 'open'; ref: string };

describe('existingCase', () => {
  it('returns the opened state unchanged', () => {
    const open: State = { status: 'open', ref: 'R1' };
    expect(existingCase(open, 'No case.')).toBe(open);
  });

  it('refuses a case before its first act with CASE_NOT_FOUND and the given reason', () => {
    const unopened: State = { status: 'none' };
    expect(() => existingCase(unopened, 'No case under R2.')).toThrow(StatutoryRuleViolation);
    expect(() => existingCase(unopened, 'No case under R2.')).toThrow(
      expect.objectContaining({ code: 'CASE_NOT_FOUND', message: 'No case under R2.' }),
    );
  });
});
