import type { Command } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { RaConsultation, SummonsArea } from './csp-meeting-summons.events';

export type IssueMeetingSummons = Command<
  'IssueMeetingSummons',
  {
    forceArea: string;
    areas: SummonsArea[];
    authoritiesRequired: string[];
    repsPerAuthority?: number | null;
    strategies: string[];
    meetingDate: IsoDate;
    venue?: string | null;
    consultedRAs: RaConsultation[];
    proportionalityReason: string;
  }
>;
export type RecordSummonedMeeting = Command<
  'RecordSummonedMeeting',
  { attendedBy: { authority: string; representatives: string[] }[] }
>;

export type CspMeetingSummonsCommand = IssueMeetingSummons | RecordSummonedMeeting;
