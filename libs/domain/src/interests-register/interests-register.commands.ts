import type { IsoDate } from '../core/calendar';
import type { Command } from '../core/decider';
import type {
  DispensationGround,
  InterestCategory,
  NotificationOccasion,
  NotifiedInterest,
  Restriction,
} from './interests-register.events';

export type OpenMemberInterests = Command<
  'OpenMemberInterests',
  {
    forceArea: string;
    panelId: string;
    memberId: string;
    member: string;
    memberKind: 'councillor' | 'co_opted';
    becameMemberOn: IsoDate;
  }
>;
export type NotifyInterests = Command<
  'NotifyInterests',
  { interests: NotifiedInterest[]; occasion: NotificationOccasion; disclosureId?: string | null }
>;
export type RemoveInterest = Command<'RemoveInterest', { interestId: string; reason: string }>;
export type DiscloseInterestAtMeeting = Command<
  'DiscloseInterestAtMeeting',
  { disclosureId: string; meetingRef: string; item: string; category: InterestCategory; description: string }
>;
export type RequestDispensation = Command<'RequestDispensation', { requestRef: string; business: string }>;
export type GrantDispensation = Command<
  'GrantDispensation',
  {
    dispensationId: string;
    requestRef: string;
    ground: DispensationGround;
    relievesFrom: Restriction[];
    business: string[];
    from: IsoDate;
    to: IsoDate;
  }
>;

export type InterestsRegisterCommand =
  | OpenMemberInterests
  | NotifyInterests
  | RemoveInterest
  | DiscloseInterestAtMeeting
  | RequestDispensation
  | GrantDispensation;
