/**
 * Statutory rules. Every rule has a stable code (a contract: API clients and tests
 * match on it), its citation, and a confidence mark from DOMAIN.md:
 *   confirmed   ✅ checked against a public text
 *   seed_only   🌱 stated only in a seed document
 *   unconfirmed ⚠️ not confirmed
 *
 * How a rule is enforced follows from its confidence. A confirmed or seed_only
 * blocking rule throws StatutoryRuleViolation. An unconfirmed rule never blocks: it
 * becomes a finding attached to the event (confidence: unconfirmed). Promoting a rule
 * once the law is checked is the one-line change of its `confidence`.
 *
 * Deadline rules never block either way: the record must show what actually happened.
 * Nor do breach rules: a breach of duty that happened (a conflicted member voted,
 * business was done without a quorum, the PCC stayed away from the annual report
 * meeting) must be recordable, so the act is recorded with a finding naming the breach.
 * Blocking is kept for what cannot lawfully happen at all.
 */
export type Confidence = 'confirmed' | 'seed_only' | 'unconfirmed';
export type RuleKind = 'blocking' | 'deadline' | 'breach';

export const CONFIDENCE_MARK: Record<Confidence, string> = { confirmed: '✅', seed_only: '🌱', unconfirmed: '⚠️' };

export interface Rule {
  readonly code: string;
  readonly citation: string;
  readonly confidence: Confidence;
  readonly kind: RuleKind;
  /** One sentence a panel officer can read. */
  readonly summary: string;
}

const registry = new Map<string, Rule>();

/** Keeps each rule's literal `kind` and `confidence`, so the compiler knows which rules may block. */
export function defineRule<const R extends Rule>(rule: R): R {
  if (!/^[A-Z][A-Z0-9_]+$/.test(rule.code)) throw new Error(`Rule code ${rule.code} must be UPPER_SNAKE_CASE`);
  const existing = registry.get(rule.code);
  if (existing && existing !== rule) throw new Error(`Rule code ${rule.code} is defined twice`);
  registry.set(rule.code, rule);
  return rule;
}

export function allRules(): Rule[] {
  return [...registry.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function ruleByCode(code: string): Rule | undefined {
  return registry.get(code);
}

/** A rule outcome recorded on the event rather than blocking it. */
export interface RuleFinding {
  code: string;
  citation: string;
  confidence: Confidence;
  kind: 'warning' | 'late';
  message: string;
}

export class StatutoryRuleViolation extends Error {
  readonly code: string;
  readonly citation: string;
  readonly confidence: Confidence;
  constructor(rule: Rule, message: string) {
    super(message);
    this.name = 'StatutoryRuleViolation';
    this.code = rule.code;
    this.citation = rule.citation;
    this.confidence = rule.confidence;
  }
}

/**
 * A rule that can only block: a confirmed or seed_only blocking rule. Demoting one to
 * unconfirmed turns it into a rule that yields a finding, and then every `requireRule`
 * call on it fails to compile until it becomes a `checkRule` whose finding is recorded.
 */
export type BlockingRule = Rule & { readonly kind: 'blocking'; readonly confidence: 'confirmed' | 'seed_only' };

/** Enforces a rule that blocks: throws StatutoryRuleViolation (422) when `ok` is false. */
export function requireRule(rule: BlockingRule, ok: boolean, message: string): void {
  if (!ok) throw new StatutoryRuleViolation(rule, message);
}

/**
 * Checks any rule. When `ok` is false: throws if the rule is a confirmed or seed_only
 * blocking rule; returns a warning finding if it is unconfirmed or a breach, and a late
 * finding for a deadline. Returns [] when ok.
 * The result is the event's findings, `findings: [...checkRule(...), ...]`; ESLint refuses
 * a call whose result is dropped.
 */
export function checkRule(rule: Rule, ok: boolean, message: string): RuleFinding[] {
  if (ok) return [];
  if (rule.kind === 'deadline') return [findingOf(rule, 'late', message)];
  if (rule.kind === 'breach' || rule.confidence === 'unconfirmed') return [findingOf(rule, 'warning', message)];
  throw new StatutoryRuleViolation(rule, message);
}

/** Flags a missed deadline on the event; never throws. */
export function flagLate(rule: Rule, onTime: boolean, message: string): RuleFinding[] {
  if (onTime) return [];
  return [findingOf(rule, 'late', message)];
}

/**
 * A finding that names its rule: the code, citation and confidence always come from the
 * rule itself, so a finding cannot drift from the rule it reports (e.g. after a promotion).
 */
export function findingOf(rule: Rule, kind: RuleFinding['kind'], message: string): RuleFinding {
  return { code: rule.code, citation: rule.citation, confidence: rule.confidence, kind, message };
}

/**
 * A warning recorded whatever the facts: used where the ledger records what a body
 * declared without being able to check it (e.g. a date the secretariat gave).
 */
export function warningOf(rule: Rule, message: string): RuleFinding {
  return findingOf(rule, 'warning', message);
}

/** Rules that are about the shape of the process rather than a statutory provision. */
export const PROCESS_ORDER = defineRule({
  code: 'PROCESS_STEP_OUT_OF_ORDER',
  citation: 'Governance Ledger process model (DOMAIN.md §5.2)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'This step cannot be recorded at this point in the process.',
});

export const CASE_ALREADY_EXISTS = defineRule({
  code: 'CASE_ALREADY_EXISTS',
  citation: 'Governance Ledger process model (DOMAIN.md §5.2)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A case with this identifier has already been opened.',
});

export const CASE_NOT_FOUND = defineRule({
  code: 'CASE_NOT_FOUND',
  citation: 'Governance Ledger process model (DOMAIN.md §5.2)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'There is no case with this identifier.',
});
