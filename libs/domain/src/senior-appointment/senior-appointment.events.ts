import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { DateRange } from '../core/confirmation-window';

/** Sch 1 paras 6 and 8: head of staff, chief finance officer, deputy PCC. */
export type SeniorRole = 'chief_executive' | 'chief_finance_officer' | 'deputy_pcc';
export type SeniorRecommendation = 'appoint' | 'do_not_appoint';

/*
 * Stored type names are prefixed "Senior" so that they never collide with the chief
 * constable's (upcasters and projections key on the type name).
 */
/** The proposed appointment as the PCC notifies it to the panel (Sch 1 para 9). */
export interface SeniorAppointmentProposal {
  forceArea: string;
  role: SeniorRole;
  candidate: string;
  criteria: string;
  reasons: string;
  terms: string;
  receivedByPanelOn: IsoDate;
}
export type SeniorAppointmentNotified = DomainEvent<
  'SeniorAppointmentNotified',
  SeniorAppointmentProposal & { notifiedOn: IsoDate; postElectionPeriods: DateRange[]; reportDueBy: IsoDate }
>;
export type SeniorConfirmationHearingHeld = DomainEvent<
  'SeniorConfirmationHearingHeld',
  {
    candidate: string;
    inPublic: boolean;
    appearance: 'in_person' | 'live_link' | 'did_not_appear';
    meetingRef: string | null;
    heldOn: IsoDate;
  }
>;
export type SeniorAppointmentReportMade = DomainEvent<
  'SeniorAppointmentReportMade',
  { candidate: string; recommend: SeniorRecommendation; madeOn: IsoDate; url: string | null }
>;
export type SeniorRecommendationAccepted = DomainEvent<
  'SeniorRecommendationAccepted',
  { candidate: string; notifiedOn: IsoDate }
>;
export type SeniorRecommendationRejected = DomainEvent<
  'SeniorRecommendationRejected',
  { candidate: string; notifiedOn: IsoDate }
>;
export type SeniorOfficerAppointed = DomainEvent<
  'SeniorOfficerAppointed',
  {
    forceArea: string;
    role: SeniorRole;
    person: string;
    appointedOn: IsoDate;
    /** "SI 2012/2892 art 4" for a transferred police authority chief executive or treasurer; otherwise null. */
    confirmationExemption: string | null;
  }
>;
export type SeniorAppointmentWithdrawn = DomainEvent<
  'SeniorAppointmentWithdrawn',
  { reason: string; withdrawnOn: IsoDate }
>;

export type SeniorAppointmentEvent =
  | SeniorAppointmentNotified
  | SeniorConfirmationHearingHeld
  | SeniorAppointmentReportMade
  | SeniorRecommendationAccepted
  | SeniorRecommendationRejected
  | SeniorOfficerAppointed
  | SeniorAppointmentWithdrawn;

export const SENIOR_APPOINTMENT_EVENT_TYPES = {
  SeniorAppointmentNotified: 1,
  SeniorConfirmationHearingHeld: 1,
  SeniorAppointmentReportMade: 1,
  SeniorRecommendationAccepted: 1,
  SeniorRecommendationRejected: 1,
  SeniorOfficerAppointed: 1,
  SeniorAppointmentWithdrawn: 1,
} as const;
