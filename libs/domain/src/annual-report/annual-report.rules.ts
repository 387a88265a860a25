import { defineRule } from '../core/rules';

// PRSRA 2011 s.12, s.28(4) (DOMAIN.md §4.7). No fixed deadlines: "as soon as practicable".

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
  citation: 'PRSRA 2011 s.12(3)',
  confidence: 'confirmed',
  // Attending is the PCC's duty; holding the meeting is the panel's (s.28(4)(a)). A meeting
  // the PCC stayed away from happened: it is recorded, with the PCC's breach as a finding.
  kind: 'breach',
  summary:
    'The PCC must attend the public meeting at which the panel considers the annual report, present it and answer questions.',
});
