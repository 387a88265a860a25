import { requireStatus } from './require-status';
import { StatutoryRuleViolation } from './rules';

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
