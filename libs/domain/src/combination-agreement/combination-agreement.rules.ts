import { defineRule } from '../core/rules';

// CDA 1998 s.5(1A)-(1BB), s.5A, inserted by PRSRA 2011 Sch 11 para 3 (DOMAIN.md §4.3).

export const COMBINATION_AREAS_IN_ENGLAND = defineRule({
  code: 'COMBINATION_AREAS_IN_ENGLAND',
  citation: 'CDA 1998 s.5(1A), s.5A(1)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A combination agreement covers two or more local government areas, all in England.',
});

export const COMBINATION_SIGNATORY_NOT_RA = defineRule({
  code: 'COMBINATION_SIGNATORY_NOT_RA',
  citation: 'CDA 1998 s.5A(1)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'Only a responsible authority for one of the areas signs as an authority party.',
});

export const COMBINATION_NOT_IN_WRITING = defineRule({
  code: 'COMBINATION_NOT_IN_WRITING',
  citation: 'CDA 1998 s.5A(7)-(8)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A combination agreement, and any variation or termination of it, is made in writing.',
});

export const COMBINATION_PCC_NOT_PARTY = defineRule({
  code: 'COMBINATION_PCC_NOT_PARTY',
  citation: 'CDA 1998 s.5A(1), (3)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'Only the PCC for a police area the combined area lies in enters the agreement.',
});

export const COMBINATION_PCC_INTERESTS_GROUND = defineRule({
  code: 'COMBINATION_PCC_INTERESTS_GROUND',
  citation: 'CDA 1998 s.5A(2)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'The PCC enters only if it considers the merger in the interests of reducing crime and disorder, re-offending or substance misuse; the ground and reasons are recorded.',
});

export const COMBINATION_SOS_NOT_A_PARTY = defineRule({
  code: 'COMBINATION_SOS_NOT_A_PARTY',
  citation: 'CDA 1998 s.5A(5)-(6)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'The Secretary of State is a party only when the combined area spans more than one police area.',
});

export const COMBINATION_SOS_GROUNDS = defineRule({
  code: 'COMBINATION_SOS_GROUNDS',
  citation: 'CDA 1998 s.5A(6)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'The Secretary of State enters only if satisfied on the same interests and that the co-operation arrangements between the PCCs are adequate.',
});

export const COMBINATION_COOPERATION_ARRANGEMENTS_REQUIRED = defineRule({
  code: 'COMBINATION_COOPERATION_ARRANGEMENTS_REQUIRED',
  citation: 'CDA 1998 s.5A(3)-(4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'An agreement whose area spans police areas must contain co-operation arrangements between the PCCs.',
});

export const COMBINATION_PARTIES_INCOMPLETE = defineRule({
  code: 'COMBINATION_PARTIES_INCOMPLETE',
  citation: 'CDA 1998 s.5A(1), (5)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'The agreement takes effect only when every responsible authority and every PCC has entered it, and the Secretary of State too if it spans police areas.',
});

export const COMBINATION_CHANGE_PARTIES_MISSING = defineRule({
  code: 'COMBINATION_CHANGE_PARTIES_MISSING',
  citation: 'CDA 1998 s.5A(7)-(8)',
  // ⚠️ DOMAIN.md says "varied or ended by written agreement"; that every original party must
  // agree is our reading of "agreement", not checked against the text.
  confidence: 'unconfirmed',
  kind: 'blocking',
  summary: 'A variation or termination is agreed in writing by the parties to the agreement.',
});

export const COMBINATION_RAS_NOT_AS_RECORDED = defineRule({
  code: 'COMBINATION_RAS_NOT_AS_RECORDED',
  citation: 'CDA 1998 s.5A(1)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    "The responsible authorities who must all be parties are those the partnerships' records list for the areas.",
});

export const COMBINATION_RAS_UNVERIFIED = defineRule({
  code: 'COMBINATION_RAS_UNVERIFIED',
  citation: 'CDA 1998 s.5A(1)',
  confidence: 'unconfirmed',
  kind: 'blocking',
  summary:
    "No partnership record lists the responsible authorities for some of the areas, so the request's list for them is not verified.",
});
