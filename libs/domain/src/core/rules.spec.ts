import { checkRule, requireRule, StatutoryRuleViolation } from './rules';
import { specRule } from '../testing/spec-rule';

const BLOCKS = specRule('SPEC_BLOCKS', 's.1', 'confirmed', 'blocking', 'Cannot lawfully happen.');
const UNCONFIRMED = specRule('SPEC_UNCONFIRMED', 's.2', 'unconfirmed', 'blocking', 'Might not lawfully happen.');
const BREACH = specRule('SPEC_BREACH', 's.3', 'confirmed', 'breach', 'A duty was breached.');
const DEADLINE = specRule('SPEC_DEADLINE', 's.4', 'confirmed', 'deadline', 'Done late.');

describe('requireRule: a rule that only blocks', () => {
  it('throws the violation, with the rule code and citation, when the rule is not met', () => {
    expect(() => requireRule(BLOCKS, false, 'not allowed')).toThrow(
      expect.objectContaining({
        name: 'StatutoryRuleViolation',
        code: 'SPEC_BLOCKS',
        citation: 'Spec Act s.1',
        message: 'not allowed',
      }),
    );
    expect(() => requireRule(BLOCKS, false, 'x')).toThrow(StatutoryRuleViolation);
  });

  it('does nothing when the rule is met', () => {
    expect(requireRule(BLOCKS, true, 'fine')).toBeUndefined();
  });

  it('does not accept a rule that yields a finding: the finding would be lost', () => {
    // Checked by the compiler (npm test typechecks): if these compile, the directive fails.
    // @ts-expect-error an unconfirmed rule yields a warning finding instead of blocking
    expect(() => requireRule(UNCONFIRMED, true, 'm')).not.toThrow();
    // @ts-expect-error a breach is recorded with a finding
    expect(() => requireRule(BREACH, true, 'm')).not.toThrow();
    // @ts-expect-error a missed deadline is recorded with a finding
    expect(() => requireRule(DEADLINE, true, 'm')).not.toThrow();
  });
});

describe('checkRule: any rule, whose findings go on the event', () => {
  it('returns no finding when the rule is met', () => {
    expect([BLOCKS, UNCONFIRMED, BREACH, DEADLINE].flatMap((r) => checkRule(r, true, 'm'))).toEqual([]);
  });

  it('returns a warning for an unconfirmed blocking rule and for a breach, and a late finding for a deadline', () => {
    expect(checkRule(UNCONFIRMED, false, 'u')).toEqual([
      { code: 'SPEC_UNCONFIRMED', citation: 'Spec Act s.2', confidence: 'unconfirmed', kind: 'warning', message: 'u' },
    ]);
    expect(checkRule(BREACH, false, 'b')).toEqual([
      { code: 'SPEC_BREACH', citation: 'Spec Act s.3', confidence: 'confirmed', kind: 'warning', message: 'b' },
    ]);
    expect(checkRule(DEADLINE, false, 'd')).toEqual([
      { code: 'SPEC_DEADLINE', citation: 'Spec Act s.4', confidence: 'confirmed', kind: 'late', message: 'd' },
    ]);
  });

  it('still throws for a confirmed blocking rule, so promoting a rule needs no change at its call sites', () => {
    expect(() => checkRule(BLOCKS, false, 'no')).toThrow(StatutoryRuleViolation);
  });
});
