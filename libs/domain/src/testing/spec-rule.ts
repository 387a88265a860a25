import { type Confidence, defineRule, type RuleKind } from '../core/rules';

/**
 * A rule for testing the rule machinery itself, cited to a provision of a made-up "Spec Act"
 * so that no test reads as a statement of real law.
 */
export function specRule<const C extends Confidence, const K extends RuleKind>(
  code: string,
  provision: string,
  confidence: C,
  kind: K,
  summary: string,
) {
  return defineRule({ code, citation: `Spec Act ${provision}`, confidence, kind, summary });
}
