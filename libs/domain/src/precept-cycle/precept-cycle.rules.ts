import { defineRule } from '../core/rules';

// PRSRA 2011 s.26, Sch 5; SI 2012/2271 Part 2 (DOMAIN.md §4.4).

export const PRECEPT_NOTIFICATION_INVALID = defineRule({
  code: 'PRECEPT_NOTIFICATION_INVALID',
  citation: 'PRSRA 2011 Sch 5 para 2',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A proposed precept names the financial year it is for (e.g. 2013-14) and an amount of at least zero.',
});

export const PRECEPT_NOTIFIED_LATE = defineRule({
  code: 'PRECEPT_NOTIFIED_LATE',
  citation: 'PRSRA 2011 Sch 5 para 2; SI 2012/2271 reg 3',
  confidence: 'confirmed',
  kind: 'deadline',
  summary: 'The PCC notifies the panel of the proposed precept by 1 February of the relevant financial year.',
});

export const PRECEPT_REPORT_LATE = defineRule({
  code: 'PRECEPT_REPORT_LATE',
  citation: 'PRSRA 2011 Sch 5 para 3; SI 2012/2271 reg 4',
  confidence: 'confirmed',
  kind: 'deadline',
  summary:
    'The panel reports on the proposed precept by 8 February. A late report without a veto still counts: scrutiny ends when the PCC responds to it (Sch 5 paras 1(2)(a), 5).',
});

export const PRECEPT_VETO_THRESHOLD = defineRule({
  code: 'PRECEPT_VETO_THRESHOLD',
  citation: 'PRSRA 2011 Sch 5 para 4(4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'A veto needs at least two-thirds of the persons who are members of the panel at the time (absent members count, vacancies do not).',
});

export const PRECEPT_VETO_ROSTER_INVALID = defineRule({
  code: 'PRECEPT_VETO_ROSTER_INVALID',
  citation: 'PRSRA 2011 Sch 5 para 4(4); Sch 6 para 26',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A veto cannot have more votes for than the panel had members at the time.',
});

export const PRECEPT_VETO_LATE = defineRule({
  code: 'PRECEPT_VETO_LATE',
  citation: 'SI 2012/2271 reg 4(2)',
  confidence: 'confirmed',
  kind: 'deadline',
  summary: 'A veto not reported by 8 February has no effect: scrutiny ends and the PCC may issue the proposed precept.',
});

export const PRECEPT_SECOND_VETO = defineRule({
  code: 'PRECEPT_SECOND_VETO',
  citation: 'PRSRA 2011 Sch 5 para 4; SI 2012/2271 reg 6(1)-(2)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A precept can be vetoed only once; the revised precept cannot be vetoed.',
});

export const PRECEPT_FIRST_RESPONSE_LATE = defineRule({
  code: 'PRECEPT_VETO_RESPONSE_LATE',
  citation: 'PRSRA 2011 Sch 5 para 6; SI 2012/2271 reg 5(1)',
  confidence: 'confirmed',
  kind: 'deadline',
  summary: "After a veto the PCC responds to the panel's report by 15 February.",
});

export const PRECEPT_REVISED_LATE = defineRule({
  code: 'PRECEPT_REVISED_NOTIFIED_LATE',
  citation: 'PRSRA 2011 Sch 5 para 6; SI 2012/2271 reg 5(2)',
  confidence: 'confirmed',
  kind: 'deadline',
  summary: 'After a veto the PCC notifies the panel of a revised precept by 15 February.',
});

export const PRECEPT_REVISED_DIRECTION = defineRule({
  code: 'PRECEPT_REVISED_WRONG_DIRECTION',
  citation: 'SI 2012/2271 reg 5(3)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A precept vetoed as too high must be revised downwards; one vetoed as too low must be revised upwards.',
});

export const PRECEPT_SECOND_REPORT_LATE = defineRule({
  code: 'PRECEPT_SECOND_REPORT_LATE',
  citation: 'SI 2012/2271 reg 6(1), (3)',
  confidence: 'confirmed',
  kind: 'deadline',
  summary:
    'The panel makes its second report by 22 February; without it scrutiny ends and the PCC may issue the revised precept.',
});

export const PRECEPT_SECOND_RESPONSE_LATE = defineRule({
  code: 'PRECEPT_SECOND_RESPONSE_LATE',
  citation: 'SI 2012/2271 reg 7',
  confidence: 'confirmed',
  kind: 'deadline',
  summary: 'The PCC responds to the second report by 1 March.',
});

export const PRECEPT_ISSUED_DURING_SCRUTINY = defineRule({
  code: 'PRECEPT_ISSUED_DURING_SCRUTINY',
  citation: 'PRSRA 2011 Sch 5 para 1(2); SI 2012/2271 regs 4(2), 6(3), 8',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'The precept can be issued only once scrutiny has ended.',
});

export const PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED = defineRule({
  code: 'PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED',
  citation: 'PRSRA 2011 Sch 5 paras 5-6; SI 2012/2271 regs 4(2), 6(3), 8',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    "Without a veto the PCC issues the proposed precept or one the panel recommended; after a veto, the revised precept or one further in the veto's direction, unless the second report recommends otherwise; with no second report by 22 February, only the revised precept (reg 6(3)).",
});

export const PRECEPT_ISSUED_AFTER_1_MARCH = defineRule({
  code: 'PRECEPT_ISSUED_AFTER_1_MARCH',
  citation: 'LGFA 1992 s.40',
  // ⚠️ DOMAIN.md §4.4 and §7 item 1: the s.40 issue deadline has not been checked.
  confidence: 'unconfirmed',
  kind: 'deadline',
  summary: 'A precept is issued before 1 March of the relevant financial year (not yet confirmed).',
});

export const PRECEPT_NO_REPORT_DEEMED_END = defineRule({
  code: 'PRECEPT_ISSUED_WITHOUT_ANY_REPORT',
  citation: 'PRSRA 2011 Sch 5 para 1(2); SI 2012/2271 reg 4',
  // ⚠️ The statute names no end of scrutiny where the panel makes no report at all; the
  // ledger treats 8 February as ending it so that the PCC can issue, and says so.
  confidence: 'unconfirmed',
  kind: 'blocking',
  summary:
    "The panel made no report on the proposed precept; the statute names no end of scrutiny for that case, so issue after 8 February rests on the ledger's reading.",
});
