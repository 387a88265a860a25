import { ruleByCode } from '@ledger/domain';
import RULE_CODES_BY_COMMAND from './rule-codes.generated.json';

/** How a rule shows in an answer: a refusal (422 with code and citation) or a finding on the recorded act. */
export interface RuleCodeEntry {
  code: string;
  citation: string;
  kind: 'blocking' | 'deadline' | 'breach';
  answer: '422' | 'finding';
}

/**
 * The `x-rule-codes` of a command operation. Whether a blocking rule refuses or only
 * flags follows from its confidence (see requireRule), so it is read from the rule now,
 * not from the generated list.
 */
export function ruleCodesFor(commandType: string): RuleCodeEntry[] | undefined {
  const codes = (RULE_CODES_BY_COMMAND as Readonly<Record<string, readonly string[]>>)[commandType];
  if (!codes) return undefined;
  return codes.map((code) => {
    const rule = ruleByCode(code);
    if (!rule)
      throw new Error(`rule-codes.generated.json names ${code}, which the domain does not define: regenerate it`);
    const refuses = rule.kind === 'blocking' && rule.confidence !== 'unconfirmed';
    return { code, citation: rule.citation, kind: rule.kind, answer: refuses ? '422' : 'finding' };
  });
}
