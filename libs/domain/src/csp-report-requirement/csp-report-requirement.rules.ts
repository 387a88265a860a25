import { defineRule } from '../core/rules';

// CDA 1998 s.7, as amended by PRSRA 2011 Sch 11 para 5 (DOMAIN.md §4.1).

export const NOT_SATISFIED_FINDING = defineRule({
  code: 'CSP_REPORT_NOT_SATISFIED_FINDING',
  citation: 'CDA 1998 s.7(1A)(a)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'The PCC may require a report only if not satisfied that the responsible authorities are carrying out their s.6 functions effectively and efficiently; that finding must be recorded.',
});

export const PROPORTIONALITY_FINDING = defineRule({
  code: 'CSP_REPORT_PROPORTIONALITY_FINDING',
  citation: 'CDA 1998 s.7(1A)(b)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'The PCC must consider the report reasonable and proportionate; that finding must be recorded.',
});

export const AREA_WITHIN_POLICE_AREA = defineRule({
  code: 'CSP_REPORT_AREA_OUTSIDE_POLICE_AREA',
  citation: 'CDA 1998 s.7(1), (4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A PCC may require reports only for areas that lie within its own police area.',
});

export const WELSH_DEVOLVED_EXCLUDED = defineRule({
  code: 'CSP_REPORT_WELSH_DEVOLVED_MATTER',
  citation: 'CDA 1998 s.7(1), with s.5(8)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A report requirement cannot cover devolved Welsh functions.',
});

export const SENT_TO_EACH_PCC = defineRule({
  code: 'CSP_REPORT_NOT_SENT_TO_EACH_PCC',
  citation: 'CDA 1998 s.7(5)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'For a combined area covering several police areas, the report goes to each PCC.',
});

export const REPORT_DUE = defineRule({
  code: 'CSP_REPORT_SUBMITTED_LATE',
  // s.7(2) lets the requirement set the report's form and s.7(3) is about publication:
  // nothing gives a power to set a time, so a date in the requirement is the PCC's
  // request, flagged ⚠️ when missed, never a statutory deadline.
  citation: "CDA 1998 s.7(1) (no statutory time limit; the date is the requirement's own)",
  confidence: 'unconfirmed',
  kind: 'deadline',
  summary: 'The report was submitted after the date the requirement asked for; the Act sets no time.',
});

export const CSP_REPORT_NOT_JOINT = defineRule({
  code: 'CSP_REPORT_NOT_MADE_JOINTLY',
  citation: 'CDA 1998 s.7(5)(b)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'For an area that lies in more than one police area, the report is required by the PCCs for those areas acting jointly: each must join before the requirement is made.',
});
