import { defineRule } from '../core/rules';

// PRSRA 2011 ss.5, 7, 28(3), 62(4) (DOMAIN.md §4.6).

export const PLAN_ACTING_CANNOT_ISSUE = defineRule({
  code: 'PLAN_ACTING_COMMISSIONER_CANNOT_ISSUE',
  citation: 'PRSRA 2011 s.62(4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'An acting commissioner cannot issue or vary a police and crime plan.',
});

export const PLAN_CC_NOT_CONSULTED = defineRule({
  code: 'PLAN_CHIEF_CONSTABLE_NOT_CONSULTED',
  citation: 'PRSRA 2011 s.5(6)(a)-(b)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'The PCC consults the chief constable on the draft before sending it to the panel.',
});

export const PLAN_NOT_SENT_TO_PANEL = defineRule({
  code: 'PLAN_NOT_SENT_TO_PANEL',
  citation: 'PRSRA 2011 s.5(6)(c); s.28(3)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A plan or variation is issued only after the draft has gone to the panel.',
});

export const PLAN_ISSUED_BEFORE_RESPONSE = defineRule({
  code: 'PLAN_ISSUED_BEFORE_RESPONSE',
  citation: 'PRSRA 2011 s.5(6)(c)-(f)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    "The PCC issues only after responding to the panel's report and publishing the response, or once a reasonable time has passed without a report.",
});

export const PLAN_CHANGES_NOT_RECONSULTED = defineRule({
  code: 'PLAN_CHANGES_NOT_RECONSULTED',
  citation: 'PRSRA 2011 s.5(8)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'If the plan changes from the draft, the chief constable is consulted again before issue.',
});

export const PLAN_FIRST_PLAN_LATE = defineRule({
  code: 'PLAN_FIRST_PLAN_LATE',
  citation: 'PRSRA 2011 s.5(1)-(2)',
  confidence: 'confirmed',
  kind: 'deadline',
  summary:
    'The first plan after an ordinary election is issued within the financial year of the election (31 March 2013 for the 2012 elections).',
});

export const PLAN_ELECTION_NOT_AS_RECORDED = defineRule({
  code: 'PLAN_ELECTION_NOT_AS_RECORDED',
  citation: 'PRSRA 2011 s.5(1)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    "The first plan's deadline runs from the ordinary election on record for the police area; a different poll date cannot be used.",
});

export const PLAN_ELECTION_UNVERIFIED = defineRule({
  code: 'PLAN_ELECTION_UNVERIFIED',
  citation: 'PRSRA 2011 s.5(1)',
  confidence: 'unconfirmed',
  kind: 'blocking',
  summary:
    "No election for the police area is on record, so the first plan's deadline rests on the poll date the caller gave, or could not be set.",
});

export const PLAN_ISSUER_UNVERIFIED = defineRule({
  code: 'PLAN_ISSUER_UNVERIFIED',
  citation: 'PRSRA 2011 s.62(4)',
  confidence: 'unconfirmed',
  kind: 'blocking',
  summary:
    "No office record for the police area is on record, so that the commissioner (not an acting commissioner) issued the plan is the caller's word.",
});
