import { defineRule } from '../core/rules';

// LGA 1972 Part VA and Sch 12A as applied by SI 2012/2734; Localism Act 2011 ss.31-33; PRSRA 2011 Sch 6 para 25.

/** Localism Act 2011 s.31 commencement (SI 2012/1464). */
export const DPI_REGIME_START = '2012-07-01';

export const MEETING_DOCUMENT_CLASSIFICATION = defineRule({
  code: 'MEETING_DOCUMENT_CLASSIFICATION_INVALID',
  citation: 'LGA 1972 Sch 12A Part 1 (SI 2012/2734)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'An exempt paper cites at least one Schedule 12A paragraph (1-7); an open paper cites none.',
});

export const MEETING_ATTENDANCE_INCONSISTENT = defineRule({
  code: 'MEETING_ATTENDANCE_INCONSISTENT',
  citation: 'Governance Ledger record-keeping (DOMAIN.md §5.2 PanelMeeting)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'Every member at the time is recorded once, as present or absent.',
});

export const MEETING_NOT_QUORATE = defineRule({
  code: 'MEETING_NOT_QUORATE',
  citation: 'PRSRA 2011 Sch 6 para 25 (panel rules of procedure)',
  confidence: 'confirmed',
  // Business done without a quorum happened: it is recorded, with this finding.
  kind: 'breach',
  summary: "Business is transacted only while the meeting is quorate under the panel's rules of procedure.",
});

export const MEETING_DPI_BEFORE_COMMENCEMENT = defineRule({
  code: 'MEETING_DPI_BEFORE_COMMENCEMENT',
  citation: 'Localism Act 2011 s.31; SI 2012/1464',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'Disclosable pecuniary interests apply only at meetings on or after 1 July 2012.',
});

export const MEETING_LEGACY_REGIME_ENDED = defineRule({
  code: 'MEETING_LEGACY_REGIME_ENDED',
  citation: 'Localism Act 2011 s.31; SI 2012/1464',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    'Personal and prejudicial interests are declared under the old code only before 1 July 2012, or where a local code retains it.',
});

export const MEETING_EXCLUSION_NEEDS_PARA = defineRule({
  code: 'MEETING_EXCLUSION_NEEDS_SCHED12A_PARA',
  citation: 'LGA 1972 s.100A(4), Sch 12A Part 1 (SI 2012/2734)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'The public may be excluded only for exempt information, citing a Schedule 12A Part 1 paragraph (1-7).',
});

export const MEETING_EXCLUSION_PUBLIC_INTEREST = defineRule({
  code: 'MEETING_EXCLUSION_PUBLIC_INTEREST_REASON',
  citation: 'LGA 1972 Sch 12A Part 2',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'An exclusion records why the public interest in keeping the information exempt outweighs disclosure.',
});

export const MEETING_CONFLICTED_MEMBER_VOTED = defineRule({
  code: 'MEETING_CONFLICTED_MEMBER_VOTED',
  citation: 'Localism Act 2011 s.31(4), s.33; legacy code of conduct (S1)',
  confidence: 'confirmed',
  // A vote cast by a conflicted member happened (and may be an offence, s.34): it is recorded, with this finding.
  kind: 'breach',
  summary:
    'A member with a prejudicial interest or a disclosable pecuniary interest in the item takes no part in the vote unless given a dispensation.',
});

export const MEETING_VOTER_NOT_PRESENT = defineRule({
  code: 'MEETING_VOTER_NOT_PRESENT',
  citation: 'Governance Ledger record-keeping (DOMAIN.md §5.2 PanelMeeting)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'Only members recorded as present vote, each once.',
});

export const MEETING_QUORUM_NOT_AS_RECORDED = defineRule({
  code: 'MEETING_QUORUM_NOT_AS_RECORDED',
  citation: 'PRSRA 2011 Sch 6 para 25 (panel rules of procedure)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: "The quorum is the one in the panel's rules of procedure on record; a different minimum cannot be used.",
});

export const MEETING_QUORUM_UNVERIFIED = defineRule({
  code: 'MEETING_QUORUM_UNVERIFIED',
  citation: 'PRSRA 2011 Sch 6 para 25 (panel rules of procedure)',
  confidence: 'unconfirmed',
  kind: 'blocking',
  summary:
    "The panel's rules of procedure are not on record, so the quorum used is the secretariat's word, not checked against the record.",
});
