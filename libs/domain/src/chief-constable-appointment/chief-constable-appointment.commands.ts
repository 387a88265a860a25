import type { Command } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { DateRange } from '../core/confirmation-window';
import type { MemberAtTime } from '../police-and-crime-panel/police-and-crime-panel.events';
import type { Appearance, Recommendation } from './chief-constable-appointment.events';

export interface CandidateDetails {
  candidate: string;
  /** True if the candidate is, or has been, a constable in the UK (Sch 8 para 2(1)). */
  isOrWasConstable: boolean;
  constableService: string;
  criteria: string;
  reasons: string;
  terms: string;
  /** The day the panel received the notification (the act itself is the PCC's notice, on effectiveOn). */
  receivedByPanelOn: IsoDate;
  /** Any post-election period (poll day to the day the elected PCC accepts office) touching the window. */
  postElectionPeriods?: DateRange[];
}

export type NotifyProposedAppointment = Command<'NotifyProposedAppointment', CandidateDetails & { forceArea: string }>;
export type NotifyReserveCandidate = Command<'NotifyReserveCandidate', CandidateDetails>;
export type HoldConfirmationHearing = Command<
  'HoldConfirmationHearing',
  { inPublic: boolean; appearance: Appearance; meetingRef?: string | null }
>;
export type MakeAppointmentReport = Command<
  'MakeAppointmentReport',
  { recommend: Recommendation; url?: string | null }
>;
/** The panel's report stating a veto (Sch 8 para 5): the report and the veto are recorded together. */
/** membersAtTime and panelId are optional: if sent, they must match the panel's record on the date. */
export interface AppointmentVetoVote {
  votesFor: number;
  membersAtTime?: MemberAtTime[] | null;
  panelId?: string | null;
  url?: string | null;
}
export type VetoAppointment = Command<'VetoAppointment', AppointmentVetoVote>;
export type RespondToRecommendation = Command<'RespondToRecommendation', { accept: boolean }>;
export type AppointChiefConstable = Command<'AppointChiefConstable', { candidate: string }>;
export type AbandonAppointment = Command<'AbandonAppointment', { reason: string }>;

export type ChiefConstableAppointmentCommand =
  | NotifyProposedAppointment
  | NotifyReserveCandidate
  | HoldConfirmationHearing
  | MakeAppointmentReport
  | VetoAppointment
  | RespondToRecommendation
  | AppointChiefConstable
  | AbandonAppointment;
