import { defineRule } from '../core/rules';

export const DEPUTY_PCC_EXCLUDED_PERSON = defineRule({
  code: 'DEPUTY_PCC_EXCLUDED_PERSON',
  citation: 'PRSRA 2011 s.18(3)(a), (6)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'A constable, a PCC, a body that maintains a police force, or a member of the staff of any of them, cannot be appointed deputy PCC.',
});

export const DEPUTY_PCC_DISQUALIFIED = defineRule({
  code: 'DEPUTY_PCC_DISQUALIFIED',
  citation: 'PRSRA 2011 Sch 1 para 8(2), (6)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'A person under 18, subject to a relevant disqualification, or a member of the Commons, European Parliament or a devolved legislature cannot be appointed deputy PCC.',
});

export const DEPUTY_PCC_TERM_BEYOND_PCC = defineRule({
  code: 'DEPUTY_PCC_TERM_BEYOND_PCC',
  citation: 'PRSRA 2011 Sch 1 para 8(3), (5)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: "The deputy's appointment must end no later than the day the appointing PCC's current term of office ends.",
});

export const DEPUTY_PCC_FUNCTION_RESERVED = defineRule({
  code: 'DEPUTY_PCC_FUNCTION_RESERVED',
  citation: 'PRSRA 2011 s.18(3)(b), (7)(a), (e), (f)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'The deputy cannot be given the functions of issuing the plan, appointing, suspending or removing the chief constable, or calculating the budget or council tax requirement.',
});

export const DEPUTY_PCC_ELIGIBILITY_UNVERIFIED = defineRule({
  code: 'DEPUTY_PCC_ELIGIBILITY_UNVERIFIED',
  citation: 'PRSRA 2011 s.18(6); Sch 1 para 8(2)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    "The person's eligibility is as the PCC's office declared it; the ledger holds no record to check it against.",
});

export const DEPUTY_PCC_OUTLASTED_TERM = defineRule({
  code: 'DEPUTY_PCC_OUTLASTED_TERM',
  citation: 'PRSRA 2011 Sch 1 para 8(3)',
  confidence: 'confirmed',
  kind: 'deadline',
  summary: "The deputy's appointment ends no later than the end of the appointing PCC's term.",
});
