import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { Publication } from '../publication';
import type { MemberAtTime } from '../police-and-crime-panel/police-and-crime-panel.events';

export type VetoReason = 'too_high' | 'too_low';

/** How scrutiny ended before issue (Sch 5 paras 1(2), 5; SI 2012/2271 regs 4(2), 6(3), 8). */
/**
 * How scrutiny ended. `veto_reported_late` is reg 4(2). `no_report_by_8_february` is a
 * deemed end the statute does not state (⚠️): with no report at all, Sch 5 para 1(2)
 * names no end; the ledger lets the PCC issue the proposed precept, with a finding.
 */
export type ScrutinyEnd =
  | 'first_response'
  | 'no_report_by_8_february'
  | 'veto_reported_late'
  | 'second_response'
  | 'no_second_report_by_22_february';

export type PreceptVariant =
  'proposed' | 'first_report_recommendation' | 'revised' | 'second_report_recommendation' | 'further_in_veto_direction';

/** Amounts are the precept in pounds sterling, as notified. */
export type ProposedPreceptNotified = DomainEvent<
  'ProposedPreceptNotified',
  { forceArea: string; financialYear: string; amount: number; notifiedOn: IsoDate }
>;
export type PreceptReportMade = DomainEvent<
  'PreceptReportMade',
  { recommendations: string[]; recommendedAmount: number | null; containsVeto: boolean; madeOn: IsoDate }
>;
export type PreceptVetoed = DomainEvent<
  'PreceptVetoed',
  {
    reason: VetoReason;
    votesFor: number;
    /** Roster snapshot: every person who was a member on the day (co-optees included, vacancies excluded). */
    membersAtTime: MemberAtTime[];
    requiredVotes: number;
    /** False for a veto reported after 8 February: it has no effect and scrutiny had already ended (reg 4(2)). */
    effective: boolean;
    vetoedOn: IsoDate;
  }
>;
export type PreceptResponsePublished = DomainEvent<
  'PreceptResponsePublished',
  Publication & { stage: 'first' | 'second' }
>;
export type RevisedPreceptNotified = DomainEvent<'RevisedPreceptNotified', { amount: number; notifiedOn: IsoDate }>;
export type SecondPreceptReportMade = DomainEvent<
  'SecondPreceptReportMade',
  { accepts: boolean; recommendations: string[]; recommendedAmount: number | null; madeOn: IsoDate }
>;
export type PreceptIssued = DomainEvent<
  'PreceptIssued',
  { amount: number; variant: PreceptVariant; scrutinyEndedBy: ScrutinyEnd; issuedOn: IsoDate }
>;

export type PreceptCycleEvent =
  | ProposedPreceptNotified
  | PreceptReportMade
  | PreceptVetoed
  | PreceptResponsePublished
  | RevisedPreceptNotified
  | SecondPreceptReportMade
  | PreceptIssued;

export const PRECEPT_EVENT_TYPES = {
  ProposedPreceptNotified: 1,
  PreceptReportMade: 1,
  PreceptVetoed: 1,
  PreceptResponsePublished: 1,
  RevisedPreceptNotified: 1,
  SecondPreceptReportMade: 1,
  PreceptIssued: 1,
} as const;
