import { defineRule } from '../core/rules';

export const INTERESTS_NOTIFIED_LATE = defineRule({
  code: 'INTERESTS_NOTIFIED_LATE',
  citation: 'Localism Act 2011 s.30(1)',
  confidence: 'confirmed',
  kind: 'deadline',
  summary:
    'A member notifies the monitoring officer of their disclosable pecuniary interests before the end of 28 days beginning with the day they become a member.',
});

export const DISCLOSURE_NOTIFIED_LATE = defineRule({
  code: 'DISCLOSURE_NOTIFIED_LATE',
  citation: 'Localism Act 2011 s.31(3)',
  confidence: 'confirmed',
  kind: 'deadline',
  summary:
    'An unregistered interest disclosed at a meeting is notified to the monitoring officer before the end of 28 days beginning with the date of the disclosure.',
});

export const INTEREST_NOT_ON_REGISTER = defineRule({
  code: 'INTEREST_NOT_ON_REGISTER',
  citation: 'Localism Act 2011 s.29(3)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'Only an interest on the register can be removed from it.',
});

export const DISCLOSURE_NOT_FOUND = defineRule({
  code: 'DISCLOSURE_NOT_FOUND',
  citation: 'Localism Act 2011 s.31(3)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A notification following a disclosure names a disclosure on record that has not yet been notified.',
});

export const DISPENSATION_NO_WRITTEN_REQUEST = defineRule({
  code: 'DISPENSATION_NO_WRITTEN_REQUEST',
  citation: 'Localism Act 2011 s.33(1)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: "A dispensation is granted only on the member's written request to the proper officer.",
});

export const DISPENSATION_PERIOD_INVALID = defineRule({
  code: 'DISPENSATION_PERIOD_INVALID',
  citation: 'Localism Act 2011 s.33(3)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A dispensation specifies the period it has effect for, which may not exceed four years.',
});

export const MEMBERSHIP_DATE_UNVERIFIED = defineRule({
  code: 'INTERESTS_MEMBERSHIP_UNVERIFIED',
  citation: 'Localism Act 2011 s.30(1)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: "The day the member joined was given by the secretariat and was not checked against the panel's roster.",
});
