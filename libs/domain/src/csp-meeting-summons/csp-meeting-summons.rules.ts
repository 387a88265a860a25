import { defineRule } from '../core/rules';

// 2007 Strategy Regulations reg 14A, inserted by SI 2012/2660 (DOMAIN.md §4.2).

export const CSP_SUMMONS_ENGLAND_ONLY = defineRule({
  code: 'CSP_SUMMONS_ENGLAND_ONLY',
  citation: 'SI 2012/2660 reg 1(2); 2007 Strategy Regulations reg 14A',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'The power to summon CSP representatives applies in England only.',
});

export const CSP_SUMMONS_AREA_OUTSIDE_POLICE_AREA = defineRule({
  code: 'CSP_SUMMONS_AREA_OUTSIDE_POLICE_AREA',
  citation: '2007 Strategy Regulations reg 14A(1)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'The PCC may summon representatives only for areas that lie within its police area.',
});

export const CSP_SUMMONS_RA_NOT_CONSULTED = defineRule({
  code: 'CSP_SUMMONS_RA_NOT_CONSULTED',
  citation: '2007 Strategy Regulations reg 14A(3)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'Every responsible authority named in the summons must have been consulted before it is issued.',
});

export const CSP_SUMMONS_PROPORTIONALITY_FINDING = defineRule({
  code: 'CSP_SUMMONS_PROPORTIONALITY_FINDING',
  citation: '2007 Strategy Regulations reg 14A(3)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'Having considered the authorities’ views, the PCC must think the summons reasonable and proportionate; that finding must be recorded.',
});

export const CSP_SUMMONS_REPS_INVALID = defineRule({
  code: 'CSP_SUMMONS_REPS_INVALID',
  citation: '2007 Strategy Regulations reg 14A(2)(b)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'If the summons specifies a number of representatives per authority, it must be a whole number of at least one.',
});

export const CSP_SUMMONS_MEETING_BEFORE_ISSUE = defineRule({
  code: 'CSP_SUMMONS_MEETING_BEFORE_ISSUE',
  citation: '2007 Strategy Regulations reg 14A(1)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'The meeting summoned must be after the day the summons is issued.',
});
