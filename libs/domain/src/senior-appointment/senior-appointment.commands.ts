import type { Command } from '../core/decider';
import type { DateRange } from '../core/confirmation-window';
import type { SeniorAppointmentProposal, SeniorRecommendation, SeniorRole } from './senior-appointment.events';

export type NotifySeniorAppointment = Command<
  'NotifySeniorAppointment',
  SeniorAppointmentProposal & { postElectionPeriods?: DateRange[] }
>;
/**
 * A PCC's first chief executive or CFO who was the police authority's chief executive
 * or treasurer: Sch 1 paras 9-12 did not apply (SI 2012/2892 art 4). Opens and closes the case.
 */
export type RecordTransferredAppointment = Command<
  'RecordTransferredAppointment',
  { forceArea: string; role: SeniorRole; person: string; formerPoliceAuthorityRole: 'chief_executive' | 'treasurer' }
>;
export type HoldSeniorConfirmationHearing = Command<
  'HoldSeniorConfirmationHearing',
  { inPublic: boolean; appearance: 'in_person' | 'live_link' | 'did_not_appear'; meetingRef?: string | null }
>;
export type MakeSeniorAppointmentReport = Command<
  'MakeSeniorAppointmentReport',
  { recommend: SeniorRecommendation; url?: string | null }
>;
export type RespondToSeniorRecommendation = Command<'RespondToSeniorRecommendation', { accept: boolean }>;
export type AppointSeniorOfficer = Command<'AppointSeniorOfficer', { person: string }>;
export type WithdrawSeniorAppointment = Command<'WithdrawSeniorAppointment', { reason: string }>;

export type SeniorAppointmentCommand =
  | NotifySeniorAppointment
  | RecordTransferredAppointment
  | HoldSeniorConfirmationHearing
  | MakeSeniorAppointmentReport
  | RespondToSeniorRecommendation
  | AppointSeniorOfficer
  | WithdrawSeniorAppointment;
