import { defineRule } from '../core/rules';

/**
 * Not statutory: the ledger's own record-keeping. A body's record is judged complete only
 * where the body says so, as an act on record (DOMAIN.md §5.1); without it an absent act
 * is "no record", never "missed".
 */
const CITATION = 'Governance Ledger record-keeping (DOMAIN.md §5.1)';

export const RECORD_COVERAGE_PERIOD_INVALID = defineRule({
  code: 'RECORD_COVERAGE_PERIOD_INVALID',
  citation: CITATION,
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'A record can be declared complete only for a period that has begun, ending (if it ends) on or after its start and not after the declaration.',
});

export const RECORD_COVERAGE_NOT_OWN_BODY = defineRule({
  code: 'RECORD_COVERAGE_NOT_OWN_BODY',
  citation: CITATION,
  confidence: 'confirmed',
  kind: 'blocking',
  summary: "Only a body's own office (or an administrator) can declare that body's record complete.",
});

export const RECORD_COVERAGE_WITHDRAWN = defineRule({
  code: 'RECORD_COVERAGE_WITHDRAWN',
  citation: CITATION,
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'This declaration of coverage has been withdrawn; declare a new one.',
});
