import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { DateRange } from '../core/confirmation-window';
import type { MemberAtTime } from '../police-and-crime-panel/police-and-crime-panel.events';

export type CandidateRole = 'proposed' | 'reserve';
export type Recommendation = 'appoint' | 'do_not_appoint';
export type Appearance = 'in_person' | 'live_link' | 'did_not_appear';

/** The four items of the notification (Sch 8 para 3; SI 2012/2271 reg 9), plus the window facts. */
export interface CandidateNotice {
  candidate: string;
  /** Where the candidate serves or served as a constable (Sch 8 para 2(1), 2012 text). */
  constableService: string;
  criteria: string;
  reasons: string;
  terms: string;
  notifiedOn: IsoDate;
  receivedByPanelOn: IsoDate;
  /** Post-election periods ignored in the three weeks (Sch 8 para 4(9)-(10)). */
  postElectionPeriods: DateRange[];
  /** Last day for the panel's report, post-election periods ignored. */
  reportDueBy: IsoDate;
}

export type ProposedAppointmentNotified = DomainEvent<
  'ProposedAppointmentNotified',
  CandidateNotice & { forceArea: string }
>;
export type ReserveCandidateNotified = DomainEvent<'ReserveCandidateNotified', CandidateNotice>;
/** Which candidate a step of the confirmation process is about: the proposed one or a reserve. */
export interface CandidateStep {
  candidate: string;
  candidateRole: CandidateRole;
}
export type ConfirmationHearingHeld = DomainEvent<
  'ConfirmationHearingHeld',
  CandidateStep & {
    inPublic: boolean;
    appearance: Appearance;
    meetingRef: string | null;
    heldOn: IsoDate;
  }
>;
export type AppointmentReportMade = DomainEvent<
  'AppointmentReportMade',
  CandidateStep & {
    recommend: Recommendation;
    containsVeto: boolean;
    madeOn: IsoDate;
    url: string | null;
  }
>;
export type AppointmentVetoed = DomainEvent<
  'AppointmentVetoed',
  { candidate: string; votesFor: number; membersAtTime: MemberAtTime[]; requiredVotes: number; vetoedOn: IsoDate }
>;
/** The PCC's answer to the panel's recommendation on a candidate, and the day the panel was told. */
export type RecommendationResponse = CandidateStep & { notifiedOn: IsoDate };
export type RecommendationAccepted = DomainEvent<'RecommendationAccepted', RecommendationResponse>;
export type RecommendationRejected = DomainEvent<'RecommendationRejected', RecommendationResponse>;
export type ChiefConstableAppointed = DomainEvent<
  'ChiefConstableAppointed',
  { candidate: string; appointedOn: IsoDate }
>;
export type AppointmentAbandoned = DomainEvent<'AppointmentAbandoned', { reason: string; abandonedOn: IsoDate }>;

export type ChiefConstableAppointmentEvent =
  | ProposedAppointmentNotified
  | ReserveCandidateNotified
  | ConfirmationHearingHeld
  | AppointmentReportMade
  | AppointmentVetoed
  | RecommendationAccepted
  | RecommendationRejected
  | ChiefConstableAppointed
  | AppointmentAbandoned;

export const CC_APPOINTMENT_EVENT_TYPES = {
  ProposedAppointmentNotified: 1,
  ReserveCandidateNotified: 1,
  ConfirmationHearingHeld: 1,
  AppointmentReportMade: 1,
  AppointmentVetoed: 1,
  RecommendationAccepted: 1,
  RecommendationRejected: 1,
  ChiefConstableAppointed: 1,
  AppointmentAbandoned: 1,
} as const;
