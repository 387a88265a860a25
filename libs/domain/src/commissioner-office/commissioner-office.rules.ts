import { defineRule } from '../core/rules';

// PRSRA 2011 ss.50-51, 30, 59-63 (DOMAIN.md §§4.10, 4.11, 4.15).

export const OFFICE_TERM_START = defineRule({
  code: 'OFFICE_TERM_START_NOT_POLL_PLUS_7',
  citation: 'PRSRA 2011 s.50 (explanatory notes to ss.50-51); s.51(8)(a)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'A commissioner takes office on the seventh day after an ordinary poll, or, after a vacancy election, on the day declared elected.',
});

export const OFFICE_HOLDER_NOT_ELECTED = defineRule({
  code: 'OFFICE_HOLDER_NOT_ELECTED',
  citation: 'PRSRA 2011 s.50',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'Only the person elected at the poll takes office for this term.',
});

export const OFFICE_ALREADY_HELD = defineRule({
  code: 'OFFICE_ALREADY_HELD',
  citation: 'PRSRA 2011 s.1',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'There is one commissioner for a police area at a time.',
});

export const OFFICE_VACANCY_ELECTION_LATE = defineRule({
  code: 'OFFICE_VACANCY_ELECTION_LATE',
  citation: 'PRSRA 2011 s.51',
  confidence: 'confirmed',
  kind: 'deadline',
  summary: 'An election to fill a vacancy is held within 35 days of the vacancy.',
});

export const OFFICE_SUSPENSION_QUALIFYING_CHARGE = defineRule({
  code: 'OFFICE_SUSPENSION_NEEDS_QUALIFYING_CHARGE',
  citation: 'PRSRA 2011 s.30(1), (4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'The panel may suspend the PCC only on a recorded charge, in the UK, Channel Islands or Isle of Man, for an offence carrying more than two years (or life) for an adult.',
});

export const OFFICE_ACTING_NOT_STAFF = defineRule({
  code: 'OFFICE_ACTING_NOT_COMMISSIONER_STAFF',
  citation: 'PRSRA 2011 s.62(2); SI 2012/2892 art 5(5)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: "An acting commissioner is a member of the PCC's own staff, not police civilian staff.",
});

export const OFFICE_ACTING_TRIGGER_ABSENT = defineRule({
  code: 'OFFICE_ACTING_TRIGGER_ABSENT',
  citation: 'PRSRA 2011 s.62(1), (8)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'An acting commissioner is appointed only when no PCC holds office, or the PCC is suspended or incapacitated, and only while that lasts.',
});

export const OFFICE_S63_NOT_ELAPSED = defineRule({
  code: 'OFFICE_S63_SIX_MONTHS_NOT_ELAPSED',
  citation: 'PRSRA 2011 s.63',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'Incapacity vacates the office only six months after an acting commissioner was appointed because of it.',
});
