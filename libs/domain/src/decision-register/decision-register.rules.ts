import { defineRule } from '../core/rules';

// PRSRA 2011 s.11; SI 2011/3050 (Specified Information Order) (DOMAIN.md §4.17).

export const DECISION_SPI_RECORD_REQUIRED = defineRule({
  code: 'DECISION_SPI_RECORD_REQUIRED',
  citation: 'SI 2011/3050 Sch para 5',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'A decision of significant public interest must have a written record, which is published whether or not the decision was made at a meeting.',
});

export const SPECIFIED_INFORMATION_PARA_UNKNOWN = defineRule({
  code: 'SPECIFIED_INFORMATION_PARA_UNKNOWN',
  citation: 'SI 2011/3050 Schedule',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'Published information must name the paragraph of the Specified Information Order it is published under (1-8, as made).',
});

export const DECISION_RECORD_PUBLICATION_INVALID = defineRule({
  code: 'DECISION_RECORD_PUBLICATION_INVALID',
  citation: 'SI 2011/3050 Sch para 5',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A decision record is published under paragraph 5, for a decision on this register.',
});

export const DOCUMENT_CLASSIFICATION_INVALID = defineRule({
  code: 'DOCUMENT_CLASSIFICATION_INVALID',
  citation: 'LGA 1972 Sch 12A Part 1 (as applied by SI 2012/2734)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'An exempt document cites at least one Schedule 12A Part 1 paragraph (1-7); an open document cites none.',
});

export const DOCUMENT_EXEMPT_PUBLIC_INTEREST_REQUIRED = defineRule({
  code: 'DOCUMENT_EXEMPT_PUBLIC_INTEREST_REQUIRED',
  citation: 'LGA 1972 Sch 12A Part 2 (public interest test)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'Information is exempt only if the public interest in keeping it exempt outweighs the public interest in disclosing it; record that finding.',
});

export const DOCUMENT_RECLASSIFICATION_REASON_REQUIRED = defineRule({
  code: 'DOCUMENT_RECLASSIFICATION_REASON_REQUIRED',
  citation: 'LGA 1972 Sch 12A; Governance Ledger record-keeping',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A change of access needs a reason, and the document must already be classified.',
});
