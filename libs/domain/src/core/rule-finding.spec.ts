import { checkRule, defineRule, findingOf, warningOf } from './rules';

const UNVERIFIED = defineRule({
  code: 'SPEC_FINDING_UNVERIFIED',
  citation: 'Spec Act s.9',
  confidence: 'seed_only',
  kind: 'breach',
  summary: 'Declared, not checked.',
});

describe('findings built from a rule', () => {
  it('takes code, citation and confidence from the rule', () => {
    expect(findingOf(UNVERIFIED, 'late', 'Done late.')).toEqual({
      code: 'SPEC_FINDING_UNVERIFIED',
      citation: 'Spec Act s.9',
      confidence: 'seed_only',
      kind: 'late',
      message: 'Done late.',
    });
  });

  it('records a warning whatever the facts, the same finding a failed breach check yields', () => {
    expect(warningOf(UNVERIFIED, 'As declared.')).toEqual({
      code: 'SPEC_FINDING_UNVERIFIED',
      citation: 'Spec Act s.9',
      confidence: 'seed_only',
      kind: 'warning',
      message: 'As declared.',
    });
    expect(checkRule(UNVERIFIED, false, 'As declared.')).toEqual([warningOf(UNVERIFIED, 'As declared.')]);
  });
});
