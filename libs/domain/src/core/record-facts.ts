import type { IsoDate } from './calendar';

/**
 * Facts an act needs from other streams. A judgement (a veto threshold, a quorum, a
 * deadline) must come from what the ledger holds, not from what the caller says. The
 * application finds the records from the case's force area, folds them, and hands the
 * decider these facts in its DecisionContext; the decider stays pure and judges.
 *
 * A command declares what it needs in its CommandSpec (`needs`). A fact that is
 * `undefined` was not loaded; `null` means it was looked for and is not on record.
 */
export type FactKind = 'panel' | 'election' | 'plans' | 'partnerships' | 'interests';

/** One person on the panel on a date, from the panel's own record. */
export interface MemberAtTime {
  memberId: string;
  name: string;
  kind: 'councillor' | 'coopted';
}

export interface QuorumRule {
  /** Minimum number of voting members present, e.g. 3 (S1: "3 voting Members"). */
  minimumPresent: number;
  /** The rule as the rules of procedure word it. */
  text: string;
}

/** The police and crime panel on record for the force area, as at the date of the act. */
export interface PanelOnRecord {
  panelId: string;
  name: string;
  /** The persons who are members on that date (Sch 5 para 4(4)): co-optees counted, vacancies not. */
  membersAtTime: MemberAtTime[];
  /** The quorum of the rules of procedure in force on that date; null if none is on record. */
  quorumRule: QuorumRule | null;
}

/** The latest election on record for the force area on or before the date of the act. */
export interface ElectionOnRecord {
  caseId: string;
  pollDate: IsoDate;
  kind: 'ordinary' | 'vacancy';
  electedPerson: string;
  /** Who holds the office on the date, if anyone has taken it. */
  holder: string | null;
  /** The office's status on the date: a commissioner who is suspended does not exercise functions. */
  status: 'elected' | 'in_office' | 'suspended' | 'vacant';
  /** The acting commissioner in post on the date, if any (s.62). */
  acting: string | null;
}

/** A police and crime plan of the force area, and when (if ever) it was issued. */
export interface PlanOnRecord {
  caseId: string;
  issuedOn: IsoDate | null;
}

/** A community safety partnership on record: the areas it covers and its responsible authorities. */
export interface PartnershipOnRecord {
  caseId: string;
  areas: string[];
  responsibleAuthorities: string[];
}

/**
 * A panel member's register of interests (Localism Act 2011 ss.29-33), reduced to what a
 * vote needs: the items on which a disclosable pecuniary interest was disclosed at a
 * meeting and no dispensation in force that day relieves the member from voting (s.31(4)).
 */
export interface MemberInterestsOnRecord {
  panelId: string;
  memberId: string;
  barredFrom: Array<{ item: string; on: IsoDate }>;
}

export interface RecordFacts {
  /** Partnerships on record in every police area (a combined area may cross police areas). */
  partnerships?: PartnershipOnRecord[];
  panel?: PanelOnRecord | null;
  election?: ElectionOnRecord | null;
  plans?: PlanOnRecord[];
  interests?: MemberInterestsOnRecord[];
}
