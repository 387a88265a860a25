import { defineRule } from '../core/rules';

// PRSRA 2011 Sch 6 (DOMAIN.md §4.16); SI 2012/1433.

/** SI 2012/1433 reg 3(3): last day to notify the Secretary of State of the arrangements. */
export const PANEL_ARRANGEMENTS_DUE_ON = '2012-07-16';
/** Sch 6 para 4(2)-(4): the co-opted number is 2 unless the panel resolves otherwise with SoS agreement. */
export const DEFAULT_COOPTED_NUMBER = 2;
export const MAX_PANEL_SIZE = 20;

export const PANEL_ARRANGEMENTS_LATE = defineRule({
  code: 'PANEL_ARRANGEMENTS_NOTIFIED_LATE',
  citation: 'SI 2012/1433 reg 3(3)',
  confidence: 'confirmed',
  kind: 'deadline',
  summary: 'Panel arrangements in England were to be notified to the Secretary of State by 16 July 2012.',
});

export const PANEL_COMMISSIONER_NOT_MEMBER = defineRule({
  code: 'PANEL_COMMISSIONER_CANNOT_BE_MEMBER',
  citation: 'PRSRA 2011 Sch 6 para 21',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'The police and crime commissioner can never be a member of the panel.',
});

export const PANEL_COUNCIL_NOT_IN_AREA = defineRule({
  code: 'PANEL_COUNCIL_NOT_IN_AREA',
  citation: 'PRSRA 2011 Sch 6 para 4',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'An appointed councillor member must come from one of the councils of the police area.',
});

export const PANEL_COUNCILLOR_SEATS_FULL = defineRule({
  code: 'PANEL_COUNCILLOR_SEATS_FULL',
  citation: 'PRSRA 2011 Sch 6 para 4(1)-(2); Home Office guidance',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'Councils appoint exactly the relevant number of councillors (10, or the number of councils if 11 or more); extra councillors can join only as co-optees.',
});

export const PANEL_COOPTEE_DISQUALIFIED = defineRule({
  code: 'PANEL_COOPTEE_DISQUALIFIED',
  citation: 'PRSRA 2011 Sch 6 para 22',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'OPCC staff, police civilian staff, MPs, AMs, MSPs and MEPs cannot be co-opted.',
});

export const PANEL_COOPTED_SEATS_FULL = defineRule({
  code: 'PANEL_COOPTED_SEATS_FULL',
  citation: 'PRSRA 2011 Sch 6 para 4(3)-(4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'The panel cannot co-opt more members than its co-opted number (2, or more by resolution with Secretary of State agreement).',
});

export const PANEL_COOPTED_COUNCILLOR_BALANCE = defineRule({
  code: 'PANEL_COOPTED_COUNCILLOR_BALANCE',
  citation: 'PRSRA 2011 Sch 6 para 23',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'With two co-optees neither may be a councillor of the area; with three or more, a councillor only if at least two other co-optees in post are not.',
});

export const PANEL_COOPTED_COUNCILLOR_UNANIMITY = defineRule({
  code: 'PANEL_COOPTED_COUNCILLOR_NEEDS_UNANIMITY',
  citation: 'SI 2012/1433; Home Office guidance "Nominating and appointing to the police and crime panel"',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'Co-opting a councillor needs the unanimous agreement of the panel.',
});

export const PANEL_COOPTED_NUMBER_MINIMUM = defineRule({
  code: 'PANEL_COOPTED_NUMBER_BELOW_TWO',
  citation: 'PRSRA 2011 Sch 6 para 4(3)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A panel has at least two co-opted members.',
});

export const PANEL_EXTRA_COOPTEES_NEED_SOS = defineRule({
  code: 'PANEL_EXTRA_COOPTEES_NEED_SOS_AGREEMENT',
  citation: 'PRSRA 2011 Sch 6 para 4(4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'More than two co-optees needs the agreement of the Secretary of State.',
});

export const PANEL_TOTAL_OVER_20 = defineRule({
  code: 'PANEL_TOTAL_EXCEEDS_20',
  citation: 'PRSRA 2011 Sch 6 para 4(4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A panel has at most 20 members (councillors plus co-optees).',
});

export const PANEL_MEMBERSHIP_CHANGE_INVALID = defineRule({
  code: 'PANEL_MEMBERSHIP_CHANGE_INVALID',
  citation: 'Governance Ledger process model (DOMAIN.md §5.2)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A person already serving cannot be added again, and only a serving member can leave.',
});

export const PANEL_QUORUM_RULE_INVALID = defineRule({
  code: 'PANEL_QUORUM_RULE_INVALID',
  citation: 'PRSRA 2011 Sch 6 para 25',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'The rules of procedure must set a quorum of at least one voting member and no more than the panel can have.',
});

export const PANEL_COMMISSIONER_UNVERIFIED = defineRule({
  code: 'PANEL_COMMISSIONER_UNVERIFIED',
  citation: 'PRSRA 2011 Sch 6 para 21',
  confidence: 'unconfirmed',
  kind: 'blocking',
  summary:
    "No commissioner in office is on record for the police area, so that a new member is not the commissioner is the caller's word.",
});
