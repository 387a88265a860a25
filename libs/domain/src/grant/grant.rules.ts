import { defineRule } from '../core/rules';

// PRSRA 2011 s.9; SI 2011/3050 Sch para 3(f) (DOMAIN.md §4.13).

export const GRANT_OPINION_REQUIRED = defineRule({
  code: 'GRANT_OPINION_REQUIRED',
  citation: 'PRSRA 2011 s.9(1)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'A crime and disorder reduction grant needs a recipient, a purpose and the PCC’s reasons for thinking it will help reduce crime and disorder.',
});

export const GRANT_AMOUNT_INVALID = defineRule({
  code: 'GRANT_AMOUNT_INVALID',
  citation: 'PRSRA 2011 s.9',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A grant amount, when known, is a positive sum.',
});

export const GRANT_PUBLICATION_LATE = defineRule({
  code: 'GRANT_PUBLICATION_LATE',
  citation: 'SI 2011/3050 Sch para 3(f), para 14 (monthly)',
  // ⚠️ The monthly cycle is confirmed (DOMAIN.md §4.13: "as soon as practicable after month
  // end"); the law sets no date, so reading it as "by the end of the following month" is ours.
  confidence: 'unconfirmed',
  kind: 'deadline',
  summary: 'Grants are published monthly: a grant should appear by the end of the month after the month it was made.',
});

export const GRANT_REPAYMENT_NO_CONDITION = defineRule({
  code: 'GRANT_REPAYMENT_NO_CONDITION',
  citation: 'PRSRA 2011 s.9(2)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'Repayment can be required only under a condition the grant was made subject to.',
});
