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
export type DocumentTabled = DomainEvent<
  'DocumentTabled',
  {
    ref: string;
    title: string;
    item: string | null;
    author: string;
    access: Access;
    exemptParas: number[];
    purpose: Purpose | null;
  }
>;
export type AttendanceRecorded = DomainEvent<
  'AttendanceRecorded',
  { present: string[]; absent: string[]; membersAtTime: MemberAtTime[] }
>;
export type QuorumConfirmed = DomainEvent<'QuorumConfirmed', { presentCount: number; minimumPresent: number }>;
export type InterestDeclared = DomainEvent<
  'InterestDeclared',
  {
    memberId: string;
    item: string | null;
    regime: InterestRegime;
    nature: string;
    withdrew: boolean;
    dispensationRef: string | null;
  }
>;
export type PublicExcluded = DomainEvent<
  'PublicExcluded',
  { items: string[]; sched12AParas: number[]; publicInterestReason: string }
>;
export type VoteRecorded = DomainEvent<
  'VoteRecorded',
  {
    item: string | null;
    motion: string;
    for: string[];
    against: string[];
    abstain: string[];
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
