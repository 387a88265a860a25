import { specRule } from './spec-rule';

describe('specRule', () => {
  it('defines a rule cited to the Spec Act, with the code, confidence, kind and summary given', () => {
    expect(specRule('SPEC_X', 's.1(2)', 'seed_only', 'breach', 'Declared, not checked.')).toEqual({
      code: 'SPEC_X',
      citation: 'Spec Act s.1(2)',
      confidence: 'seed_only',
      kind: 'breach',
      summary: 'Declared, not checked.',
    });
  });
});
