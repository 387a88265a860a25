import { defineRule } from '../core/rules';

// PRSRA 2011 Sch 1 paras 9-12 (DOMAIN.md §4.8).

export const SENIOR_NOTIFICATION_INCOMPLETE = defineRule({
  code: 'SENIOR_NOTIFICATION_INCOMPLETE',
  citation: 'PRSRA 2011 Sch 1 para 9',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    "The notification gives the candidate's name, the criteria, why the candidate meets them and the terms of appointment; the panel cannot receive it before it is sent.",
});

export const SENIOR_HEARING_NOT_IN_PUBLIC = defineRule({
  code: 'SENIOR_HEARING_NOT_IN_PUBLIC',
  citation: 'PRSRA 2011 Sch 1 para 11',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A confirmation hearing is a panel meeting held in public.',
});

export const SENIOR_REPORT_BEFORE_HEARING = defineRule({
  code: 'SENIOR_REPORT_BEFORE_HEARING',
  citation: 'PRSRA 2011 Sch 1 para 11',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: "The public confirmation hearing precedes the panel's report.",
});

export const SENIOR_REPORT_LATE = defineRule({
  code: 'SENIOR_REPORT_LATE',
  citation: 'PRSRA 2011 Sch 1 para 10',
  confidence: 'confirmed',
  kind: 'deadline',
  summary: 'The panel reports within three weeks of receiving the notification, ignoring any post-election period.',
});

export const SENIOR_APPOINTED_BEFORE_SCRUTINY = defineRule({
  code: 'SENIOR_APPOINTED_BEFORE_SCRUTINY',
  citation: 'PRSRA 2011 Sch 1 paras 6(2), 9-12',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'The PCC appoints only after notifying the panel whether it accepts its recommendation, and never while the panel still has time to report.',
});

export const SENIOR_APPOINTED_WITHOUT_REPORT = defineRule({
  code: 'SENIOR_APPOINTED_WITHOUT_REPORT',
  citation: 'PRSRA 2011 Sch 1 paras 6(2), 10',
  // ⚠️ DOMAIN.md §4.8: Sch 1 has no "end of process" rule like Sch 8 para 2, so appointing
  // after the panel let three weeks pass without reporting is our reading, not the text.
  confidence: 'unconfirmed',
  kind: 'blocking',
  summary:
    'The panel did not report within three weeks; Sch 1 has no end-of-process rule, so appointing without its report is recorded with a warning.',
});

export const SENIOR_TRANSFER_EXEMPTION = defineRule({
  code: 'SENIOR_TRANSFER_EXEMPTION_NOT_APPLICABLE',
  citation: 'SI 2012/2892 art 4',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    "Only the first chief executive (the police authority's chief executive) or CFO (its treasurer) is exempt from confirmation; never a deputy PCC.",
});
