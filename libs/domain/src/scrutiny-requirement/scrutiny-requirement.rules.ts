import { defineRule } from '../core/rules';

// PRSRA 2011 s.29 (DOMAIN.md §4.9).

export const SCRUTINY_ATTENDEE_NOT_REQUIRABLE = defineRule({
  code: 'SCRUTINY_ATTENDEE_NOT_REQUIRABLE',
  citation: 'PRSRA 2011 s.29; SI 2012/2892 art 5(4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'The panel may require only the PCC or members of the PCC’s staff to attend (not police civilian staff, and not the chief constable).',
});

export const SCRUTINY_NOTICE_NOT_BEFORE_MEETING = defineRule({
  code: 'SCRUTINY_NOTICE_NOT_BEFORE_MEETING',
  citation: 'PRSRA 2011 s.29 (attendance "at reasonable notice")',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'Attendance must be required with notice: the notice must be given before the meeting.',
});

export const SCRUTINY_CC_ONLY_WITH_PCC_REQUIREMENT = defineRule({
  code: 'SCRUTINY_CC_ONLY_WITH_PCC_REQUIREMENT',
  citation: 'PRSRA 2011 s.29 (chief constable request)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'The panel may request the chief constable to attend only when it has required the PCC to attend the same meeting.',
});

export const SCRUTINY_RESPONSE_PERIOD_REQUIRED = defineRule({
  code: 'SCRUTINY_RESPONSE_PERIOD_REQUIRED',
  citation: 'PRSRA 2011 s.29 (written response "within a reasonable period")',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A written-response requirement must set a due date after the day it is made.',
});

export const SCRUTINY_WRITTEN_RESPONSE_LATE = defineRule({
  code: 'SCRUTINY_WRITTEN_RESPONSE_LATE',
  citation: 'PRSRA 2011 s.29',
  confidence: 'confirmed',
  kind: 'deadline',
  summary: 'The written response arrived after the date the panel set.',
});

export const SCRUTINY_NON_COMPLIANCE_PREMATURE = defineRule({
  code: 'SCRUTINY_NON_COMPLIANCE_PREMATURE',
  citation: 'PRSRA 2011 s.29',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'Non-compliance can be recorded only once the meeting date or the response due date has passed without compliance.',
});
