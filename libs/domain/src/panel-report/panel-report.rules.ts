import { defineRule } from '../core/rules';

export const PANEL_REPORT_RESPONSE_PERIOD_INVALID = defineRule({
  code: 'PANEL_REPORT_RESPONSE_PERIOD_INVALID',
  citation: 'PRSRA 2011 s.29(3)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A written response can be required only within a period that runs after the report is made.',
});

export const PANEL_REPORT_RESPONSE_LATE = defineRule({
  code: 'PANEL_REPORT_RESPONSE_LATE',
  citation: 'PRSRA 2011 s.29(3)-(4)',
  confidence: 'confirmed',
  kind: 'deadline',
  summary: 'The PCC must respond in writing within the period the panel set when it required a response.',
});

export const PANEL_REPORT_PUBLISHED_BEFORE_MADE = defineRule({
  code: 'PANEL_REPORT_PUBLISHED_BEFORE_MADE',
  citation: 'PRSRA 2011 s.28(7); Sch 8 para 4(7); Sch 1 para 10(6); SI 2012/2271 reg 10(4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A report is published after it is made.',
});

export const PANEL_REPORT_APPOINTMENT_UNVERIFIED = defineRule({
  code: 'PANEL_REPORT_APPOINTMENT_UNVERIFIED',
  citation: 'PRSRA 2011 Sch 8 para 4; Sch 1 para 10; SI 2012/2271 reg 10',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    "The appointment report's date was given by the secretariat and was not checked against the appointment case.",
});
