import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { Access, Purpose } from '../core/provenance';
import type { MemberAtTime } from '../police-and-crime-panel/police-and-crime-panel.events';
import type { Publication } from '../publication';

export interface AgendaItem {
  item: string;
  title: string;
}

/**
 * Declaration regimes by effective date (DOMAIN.md §4.16): the legacy personal /
 * prejudicial code before 1 July 2012; disclosable pecuniary interests (Localism Act
 * 2011 s.31) from that day.
 */
export type InterestRegime = 'legacy_personal' | 'legacy_prejudicial' | 'dpi' | 'other';

export type MajorityRule = 'simple' | 'two_thirds_of_members' | 'unanimous';

export type MeetingConvened = DomainEvent<
  'MeetingConvened',
  {
    forceArea: string;
    panelId: string;
    date: IsoDate;
    startTimes: string[];
    venue: string;
    agenda: AgendaItem[];
    convenedOn: IsoDate;
  }
>;
/** A paper put before the meeting: what it is, and who may see it (Sch 12A). */
export interface TabledPaper {
  ref: string;
  title: string;
  author: string;
  access: Access;
  exemptParas: number[];
}
export type DocumentTabled = DomainEvent<
  'DocumentTabled',
  TabledPaper & { item: string | null; purpose: Purpose | null }
>;
export type AttendanceRecorded = DomainEvent<
  'AttendanceRecorded',
  { present: string[]; absent: string[]; membersAtTime: MemberAtTime[] }
>;
export type QuorumConfirmed = DomainEvent<'QuorumConfirmed', { presentCount: number; minimumPresent: number }>;
/** A member's declaration at the meeting: under which regime, of what, and whether they withdrew. */
export interface DeclaredInterest {
  memberId: string;
  regime: InterestRegime;
  nature: string;
  withdrew: boolean;
}
export type InterestDeclared = DomainEvent<
  'InterestDeclared',
  DeclaredInterest & { item: string | null; dispensationRef: string | null }
>;
export type PublicExcluded = DomainEvent<
  'PublicExcluded',
  { items: string[]; sched12AParas: number[]; publicInterestReason: string }
>;
/** A motion and how the members present voted on it. */
export interface Vote {
  motion: string;
  for: string[];
  against: string[];
  abstain: string[];
}
export type VoteRecorded = DomainEvent<
  'VoteRecorded',
  Vote & {
    item: string | null;
    /** Roster snapshot from the attendance record: every member at the time. */
    membersAtTime: MemberAtTime[];
    requiredMajority: { rule: MajorityRule; votesNeeded: number };
    carried: boolean;
  }
>;
export type MinutesPublished = DomainEvent<'MinutesPublished', Publication>;

export type PanelMeetingEvent =
  | MeetingConvened
  | DocumentTabled
  | AttendanceRecorded
  | QuorumConfirmed
  | InterestDeclared
  | PublicExcluded
  | VoteRecorded
  | MinutesPublished;

export const PANEL_MEETING_EVENT_TYPES = {
  MeetingConvened: 1,
  DocumentTabled: 1,
  AttendanceRecorded: 1,
  QuorumConfirmed: 1,
  InterestDeclared: 1,
  PublicExcluded: 1,
  VoteRecorded: 1,
  MinutesPublished: 1,
} as const;
