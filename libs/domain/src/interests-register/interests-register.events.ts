import type { IsoDate } from '../core/calendar';
import type { DomainEvent } from '../core/decider';

/** A disclosable pecuniary interest (Localism Act 2011 s.30(3); SI 2012/1464), or another interest the panel's code registers (s.28(2)(b)). */
export type InterestCategory = 'dpi' | 'other';
export type Restriction = 'discussion' | 'vote';
/** Localism Act 2011 s.33(2)(a)-(e). */
export type DispensationGround = 'a' | 'b' | 'c' | 'd' | 'e';
export const DISPENSATION_GROUNDS: readonly DispensationGround[] = ['a', 'b', 'c', 'd', 'e'];
export type NotificationOccasion = 'taking_office' | 'meeting_disclosure' | 'other';

export interface NotifiedInterest {
  interestId: string;
  category: InterestCategory;
  description: string;
  /** s.32: details withheld from the published register. */
  sensitive: boolean;
}

/** The panel member whose register this is, as the open command gives it and the opening event stores it. */
export interface RegisterMember {
  forceArea: string;
  panelId: string;
  memberId: string;
  member: string;
  memberKind: 'councillor' | 'co_opted';
  becameMemberOn: IsoDate;
}
/** An interest disclosed at a meeting, as the member states it. */
export interface MeetingDisclosure {
  disclosureId: string;
  meetingRef: string;
  item: string;
  category: InterestCategory;
  description: string;
}
export interface DispensationRequest {
  requestRef: string;
  business: string;
}
/** What a dispensation relieves the member from, for which business, and for how long (s.33). */
export interface DispensationTerms {
  dispensationId: string;
  requestRef: string;
  ground: DispensationGround;
  relievesFrom: Restriction[];
  business: string[];
  from: IsoDate;
  to: IsoDate;
}

export type MemberInterestsOpened = DomainEvent<'MemberInterestsOpened', RegisterMember & { openedOn: IsoDate }>;
export type InterestsNotified = DomainEvent<
  'InterestsNotified',
  { interests: NotifiedInterest[]; occasion: NotificationOccasion; disclosureId: string | null; notifiedOn: IsoDate }
>;
export type InterestRemoved = DomainEvent<
  'InterestRemoved',
  { interestId: string; reason: string; removedOn: IsoDate }
>;
export type InterestDisclosedAtMeeting = DomainEvent<
  'InterestDisclosedAtMeeting',
  MeetingDisclosure & { registeredInterestId: string | null; disclosedOn: IsoDate }
>;
export type DispensationRequested = DomainEvent<
  'DispensationRequested',
  DispensationRequest & { requestedOn: IsoDate }
>;
export type DispensationGranted = DomainEvent<'DispensationGranted', DispensationTerms & { grantedOn: IsoDate }>;

export type InterestsRegisterEvent =
  | MemberInterestsOpened
  | InterestsNotified
  | InterestRemoved
  | InterestDisclosedAtMeeting
  | DispensationRequested
  | DispensationGranted;

export const INTERESTS_REGISTER_EVENT_TYPES = {
  MemberInterestsOpened: 1,
  InterestsNotified: 1,
  InterestRemoved: 1,
  InterestDisclosedAtMeeting: 1,
  DispensationRequested: 1,
  DispensationGranted: 1,
} as const;
