import { defineRule } from '../core/rules';

// Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007, as amended by SI 2012/2660.

export const CSP_PAPER_CLASSIFICATION_INVALID = defineRule({
  code: 'CSP_PAPER_CLASSIFICATION_INVALID',
  citation: 'LGA 1972 Sch 12A Part 1 (application to CSP meetings not confirmed)',
  // ⚠️ DOMAIN.md §4.17: Part VA for CSPs is unconfirmed; record the classification as printed and warn.
  confidence: 'unconfirmed',
  kind: 'blocking',
  summary: 'An exempt paper should cite Schedule 12A Part 1 paragraphs (1-7); an open paper should cite none.',
});

export const CSP_SENT_TO_WRONG_PCC = defineRule({
  code: 'CSP_SENT_TO_WRONG_PCC',
  citation:
    'Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 regs 9A, 13A (inserted by SI 2012/2660)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'The partnership plan or community safety agreement goes to the PCC for the police area the partnership lies in.',
});

export const CSP_AGREEMENT_NOT_COUNTY = defineRule({
  code: 'CSP_AGREEMENT_NOT_COUNTY',
  citation:
    'Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 reg 9A (inserted by SI 2012/2660)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'Only a county strategy group sends a community safety agreement to the PCC.',
});

export const CSP_PUBLIC_MEETING_SENIOR_OFFICERS = defineRule({
  code: 'CSP_PUBLIC_MEETING_SENIOR_OFFICERS',
  citation: 'Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 reg 12(4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'The strategy group’s public meeting is attended by senior officers of the responsible authorities; record who attended.',
});

export const CSP_ANNUAL_PUBLIC_MEETING_MISSED = defineRule({
  code: 'CSP_ANNUAL_PUBLIC_MEETING_MISSED',
  citation: 'Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 reg 12(4)',
  // ⚠️ The duty (at least one public meeting a year) is confirmed; reading "a year" as the
  // financial year is ours.
  confidence: 'unconfirmed',
  kind: 'deadline',
  summary: 'The strategy group held no public meeting in the previous year.',
});

export const CSP_WELSH_REGULATIONS_DIFFER = defineRule({
  code: 'CSP_WELSH_REGULATIONS_DIFFER',
  citation:
    'Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 reg 1(2); Welsh regulations not checked',
  // ⚠️ DOMAIN.md §8: in Wales the CSP regulations differ; the English duty is recorded with a warning.
  confidence: 'unconfirmed',
  kind: 'blocking',
  summary: 'This duty is from the English regulations; the Welsh equivalent has not been checked.',
});
