import type { Command } from '../core/decider';
import type {
  DispensationRequest,
  DispensationTerms,
  MeetingDisclosure,
  NotificationOccasion,
  NotifiedInterest,
  RegisterMember,
} from './interests-register.events';

export type OpenMemberInterests = Command<'OpenMemberInterests', RegisterMember>;
export type NotifyInterests = Command<
  'NotifyInterests',
  { interests: NotifiedInterest[]; occasion: NotificationOccasion; disclosureId?: string | null }
>;
export type RemoveInterest = Command<'RemoveInterest', { interestId: string; reason: string }>;
export type DiscloseInterestAtMeeting = Command<'DiscloseInterestAtMeeting', MeetingDisclosure>;
export type RequestDispensation = Command<'RequestDispensation', DispensationRequest>;
export type GrantDispensation = Command<'GrantDispensation', DispensationTerms>;

export type InterestsRegisterCommand =
  | OpenMemberInterests
  | NotifyInterests
  | RemoveInterest
  | DiscloseInterestAtMeeting
  | RequestDispensation
  | GrantDispensation;
