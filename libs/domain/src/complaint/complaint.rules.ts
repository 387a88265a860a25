import { defineRule } from '../core/rules';

// PRSRA 2011 s.31 and Sch 7; SI 2012/62 (DOMAIN.md §4.12).

export const COMPLAINT_PERSONAL_DATA_IN_CLEAR = defineRule({
  code: 'COMPLAINT_PERSONAL_DATA_IN_CLEAR',
  citation: 'LGA 1972 Sch 12A paras 1-2; Governance Ledger INTEGRITY.md (personal data)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'A complainant is recorded only as a subject id and hex commitments; names and contact details never go into the record in clear.',
});

export const COMPLAINT_NOT_RECORDED_GROUNDS_REQUIRED = defineRule({
  code: 'COMPLAINT_NOT_RECORDED_GROUNDS_REQUIRED',
  citation: 'SI 2012/62 reg 10(2)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A decision not to record a complaint must state its grounds and when the complainant was told.',
});

export const COMPLAINT_CRIMINAL_MUST_BE_REFERRED = defineRule({
  code: 'COMPLAINT_CRIMINAL_MUST_BE_REFERRED',
  citation: 'SI 2012/62 regs 13, 14(2)(a), 27-28(1); PRSRA 2011 Sch 7',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'A complaint alleging a criminal offence is referred to the IPCC; the panel resolves it informally or sets it aside only once the IPCC has referred it back.',
});

export const COMPLAINT_REFERRAL_LATE = defineRule({
  code: 'COMPLAINT_REFERRAL_LATE',
  citation: 'SI 2012/62 reg 13(3)-(4)',
  confidence: 'confirmed',
  kind: 'deadline',
  summary:
    'A referral to the IPCC is due by the end of the day after the day it first became clear that it must be referred.',
});

export const COMPLAINT_REFERRAL_NOT_CRIMINAL = defineRule({
  code: 'COMPLAINT_REFERRAL_NOT_CRIMINAL',
  citation: 'SI 2012/62 reg 13',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'A serious complaint is one alleging a criminal offence: record the allegation as criminal before referring it as a serious complaint.',
});

export const COMPLAINT_DISAPPLICATION_GROUND_REQUIRED = defineRule({
  code: 'COMPLAINT_DISAPPLICATION_GROUND_REQUIRED',
  citation: 'SI 2012/62 reg 15(3)-(4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'The panel may set the complaint requirements aside only on one of the reg 15(3) grounds, with reasons.',
});

export const COMPLAINT_RESOLVER_IS_OFFICE_HOLDER = defineRule({
  code: 'COMPLAINT_RESOLVER_IS_OFFICE_HOLDER',
  citation: 'SI 2012/62 reg 28(3)-(4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'Informal resolution may be delegated to a sub-committee, one member or another person, but never to a relevant office holder.',
});

export const COMPLAINT_PUBLISHED_WITHOUT_PUBLIC_INTEREST = defineRule({
  code: 'COMPLAINT_PUBLISHED_WITHOUT_PUBLIC_INTEREST',
  citation: 'SI 2012/62 reg 28(12)-(13)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'An informal-resolution outcome record is published only with a recorded public-interest finding, after it has been copied to both sides.',
});

export const PERSONAL_DATA_SUBJECT_UNKNOWN = defineRule({
  code: 'PERSONAL_DATA_SUBJECT_UNKNOWN',
  citation: 'Governance Ledger INTEGRITY.md (personal data and erasure)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'An erasure must name a data subject and commitments that this case actually holds.',
});

export const PERSONAL_DATA_ERASURE_AUTHORITY_REQUIRED = defineRule({
  code: 'PERSONAL_DATA_ERASURE_AUTHORITY_REQUIRED',
  citation: 'Governance Ledger INTEGRITY.md (personal data and erasure)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'An erasure records the authority it was made under and the reason.',
});

export const COMPLAINT_RECORDING_LATE = defineRule({
  code: 'COMPLAINT_RECORDING_LATE',
  citation: 'SI 2012/62 regs 9, 13(3)-(4)',
  // ⚠️ reg 9 sets no period of its own. Our reading: a complaint that alleges a crime on its
  // face must be recorded in time to meet the reg 13 referral deadline (the day after receipt).
  confidence: 'unconfirmed',
  kind: 'deadline',
  summary: 'A complaint alleging a criminal offence on its face was recorded after the day following its receipt.',
});

export const COMPLAINT_CRIMINAL_DOWNGRADE_REASON = defineRule({
  code: 'COMPLAINT_CRIMINAL_DOWNGRADE_REASON',
  citation: 'SI 2012/62 reg 13; PRSRA 2011 Sch 7',
  confidence: 'confirmed',
  kind: 'blocking',
  // Clearing the flag is what would let a criminal allegation be resolved informally or set
  // aside, so it must be reasoned, and the reason stays visible on the act.
  summary:
    'A complaint received as alleging a criminal offence may be recorded as not alleging one only with a stated reason.',
});
