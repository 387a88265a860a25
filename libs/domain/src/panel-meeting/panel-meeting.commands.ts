import type { Command } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { Purpose } from '../core/provenance';
import type { MemberAtTime } from '../police-and-crime-panel/police-and-crime-panel.events';
import type { AgendaItem, DeclaredInterest, MajorityRule, TabledPaper, Vote } from './panel-meeting.events';
import type { PublicationUrl } from '../publication';

export type ConveneMeeting = Command<
  'ConveneMeeting',
  {
    forceArea: string;
    /** Case id of the PoliceAndCrimePanel. */
    panelId: string;
    /** The meeting's date (the convening act itself is dated by effectiveOn). */
    meetingDate: IsoDate;
    /** Every start time the papers give; more than one is a conflict to keep, not resolve (DOMAIN.md §1 item 2). */
    startTimes: string[];
    venue: string;
    agenda: AgendaItem[];
  }
>;
export type TableDocument = Command<'TableDocument', TabledPaper & { item?: string | null; purpose?: Purpose | null }>;
/** membersAtTime is optional: the members come from the panel's record; if sent, it must match it. */
export type RecordMeetingAttendance = Command<
  'RecordMeetingAttendance',
  { present: string[]; absent: string[]; membersAtTime?: MemberAtTime[] | null; panelId?: string | null }
>;
/** The quorum comes from the panel's rules of procedure on record; a minimum sent by the caller must match it. */
export type ConfirmQuorum = Command<'ConfirmQuorum', { minimumPresent?: number | null }>;
export type DeclareInterest = Command<
  'DeclareInterest',
  DeclaredInterest & {
    item?: string | null;
    dispensationRef?: string | null;
    /** True if the authority's local code still uses personal/prejudicial interests after 1 July 2012. */
    localCodeRetainsLegacyRegime?: boolean;
  }
>;
export type ExcludePublic = Command<
  'ExcludePublic',
  { items: string[]; sched12AParas: number[]; publicInterestReason: string }
>;
export type RecordVote = Command<'RecordVote', Vote & { item?: string | null; requiredMajority: MajorityRule }>;
export type PublishMinutes = Command<'PublishMinutes', PublicationUrl>;

export type PanelMeetingCommand =
  | ConveneMeeting
  | TableDocument
  | RecordMeetingAttendance
  | ConfirmQuorum
  | DeclareInterest
  | ExcludePublic
  | RecordVote
  | PublishMinutes;
