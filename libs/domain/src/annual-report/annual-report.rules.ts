import { defineRule } from '../core/rules';

/** PRSRA 2011 s.12, s.28(4) (DOMAIN.md §4.7). No fixed deadlines: "as soon as practicable". */
export const ANNUAL_REPORT_CITATION = 'PRSRA 2011 ss.12, 28(4)';

export const ANNUAL_REPORT_YEAR_INVALID = defineRule({
  code: 'ANNUAL_REPORT_YEAR_NOT_ENDED',
  citation: 'PRSRA 2011 s.12(1)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'An annual report covers one financial year (e.g. 2013-14) and is produced once that year has ended.',
});

export const ANNUAL_REPORT_MEETING_NOT_PUBLIC = defineRule({
  code: 'ANNUAL_REPORT_MEETING_NOT_PUBLIC',
  citation: 'PRSRA 2011 s.28(4)(a)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'The panel considers the annual report at a public meeting.',
});

export const ANNUAL_REPORT_PCC_MUST_ATTEND = defineRule({
  code: 'ANNUAL_REPORT_PCC_MUST_ATTEND',
  citation: 'PRSRA 2011 s.28(4)(b)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'The PCC attends the public meeting to present the annual report and answer questions.',
});
