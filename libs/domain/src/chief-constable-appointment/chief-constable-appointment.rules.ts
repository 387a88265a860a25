import { defineRule } from '../core/rules';

// PRSRA 2011 s.38, Sch 8 Part 1; SI 2012/2271 Part 3 (DOMAIN.md §4.5).

export const CC_CANDIDATE_NOT_CONSTABLE = defineRule({
  code: 'CC_CANDIDATE_NOT_CONSTABLE',
  citation: 'PRSRA 2011 Sch 8 para 2(1)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A chief constable candidate must be, or have been, a constable in the United Kingdom (2012 text).',
});

export const CC_NOTIFICATION_INCOMPLETE = defineRule({
  code: 'CC_NOTIFICATION_INCOMPLETE',
  citation: 'PRSRA 2011 Sch 8 para 3; SI 2012/2271 reg 9',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    "The notification gives the candidate's name, the selection criteria, why the candidate meets them, and the terms and conditions.",
});

export const CC_HEARING_NOT_IN_PUBLIC = defineRule({
  code: 'CC_HEARING_NOT_IN_PUBLIC',
  citation: 'PRSRA 2011 Sch 8 para 6; SI 2012/2271 reg 10',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A confirmation hearing is a panel meeting held in public.',
});

export const CC_REPORT_BEFORE_HEARING = defineRule({
  code: 'CC_REPORT_BEFORE_HEARING',
  citation: 'PRSRA 2011 Sch 8 para 6(1); SI 2012/2271 reg 10',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'The panel holds the confirmation hearing before any report, recommendation or veto.',
});

export const CC_REPORT_LATE = defineRule({
  code: 'CC_REPORT_LATE',
  citation: 'PRSRA 2011 Sch 8 para 4(6), (9)-(10); SI 2012/2271 reg 10',
  confidence: 'confirmed',
  kind: 'deadline',
  summary:
    'The panel reports within three weeks beginning with the day it receives the notification, ignoring any post-election period.',
});

export const CC_VETO_THRESHOLD = defineRule({
  code: 'CC_VETO_THRESHOLD',
  citation: 'PRSRA 2011 Sch 8 para 5(4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A veto needs at least two-thirds of the persons who are members of the panel at the time.',
});

export const CC_VETO_ROSTER_INVALID = defineRule({
  code: 'CC_VETO_ROSTER_INVALID',
  citation: 'PRSRA 2011 Sch 8 para 5(4); Sch 6 para 26',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A veto records the members at the time, each once, and cannot have more votes for than members.',
});

export const CC_VETO_OUT_OF_TIME = defineRule({
  code: 'CC_VETO_OUT_OF_TIME',
  citation: 'PRSRA 2011 Sch 8 para 5(5)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: "The veto can be exercised only within the three-week period for the panel's report.",
});

export const CC_RESERVE_CANNOT_BE_VETOED = defineRule({
  code: 'CC_RESERVE_CANNOT_BE_VETOED',
  citation: 'SI 2012/2271 regs 10-12',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'The panel cannot veto a reserve candidate.',
});

export const CC_VETOED_CANDIDATE = defineRule({
  code: 'CC_VETOED_CANDIDATE',
  citation: 'PRSRA 2011 Sch 8 para 8; SI 2012/2271 reg 9',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A vetoed candidate can never be appointed, nor put forward again as the reserve candidate.',
});

export const CC_APPOINTED_BEFORE_PROCESS_ENDS = defineRule({
  code: 'CC_APPOINTED_BEFORE_PROCESS_ENDS',
  citation: 'PRSRA 2011 Sch 8 para 2(1)(b), (2)-(4); SI 2012/2271 regs 11-12',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'No appointment until the confirmation process ends: the PCC has notified the panel that it accepts or rejects the recommendation, or three weeks passed without a report.',
});

export const CC_APPOINTED_AGAINST_ACCEPTED_RECOMMENDATION = defineRule({
  code: 'CC_APPOINTED_AGAINST_ACCEPTED_RECOMMENDATION',
  citation: 'PRSRA 2011 Sch 8 para 7',
  // ⚠️ The Act does not say that accepting a recommendation not to appoint binds the PCC;
  // appointing after it is recorded with this finding, never refused.
  confidence: 'unconfirmed',
  kind: 'blocking',
  summary: "The PCC appointed a candidate after accepting the panel's recommendation not to appoint that candidate.",
});
