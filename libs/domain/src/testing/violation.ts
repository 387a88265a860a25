import { StatutoryRuleViolation } from '../core/rules';

/** The rule violation a call is refused with, or undefined if it goes through; any other error is rethrown. */
export function violationOf(run: () => unknown): StatutoryRuleViolation | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof StatutoryRuleViolation) return e;
    throw e;
  }
  return undefined;
}

/** The code of the rule a call is refused under, or undefined if it goes through. */
export const codeOf = (run: () => unknown): string | undefined => violationOf(run)?.code;

/** The rule violation a call is refused with; the test fails if the call goes through. */
export function thrownBy(run: () => unknown): StatutoryRuleViolation {
  const violation = violationOf(run);
  expect(violation).toBeInstanceOf(StatutoryRuleViolation);
  return violation as StatutoryRuleViolation;
}
