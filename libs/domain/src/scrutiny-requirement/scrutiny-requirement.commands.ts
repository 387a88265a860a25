import type { Command } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { RequirableRole } from './scrutiny-requirement.events';

export type RequireAttendance = Command<
  'RequireAttendance',
  {
    forceArea: string;
    panel: string;
    person: string;
    role: RequirableRole;
    topic: string;
    noticeGivenOn: IsoDate;
    meetingDate: IsoDate;
  }
>;
export type RequestChiefConstableAttendance = Command<'RequestChiefConstableAttendance', { chiefConstable: string }>;
export type RequireWrittenResponse = Command<
  'RequireWrittenResponse',
  { forceArea: string; panel: string; respondent: string; toReport: string; dueOn: IsoDate }
>;
export type RecordAttendance = Command<
  'RecordAttendance',
  { attended: string[]; chiefConstableAttended?: boolean | null }
>;
export type ReceiveWrittenResponse = Command<'ReceiveWrittenResponse', { documentRef?: string | null }>;
export type RecordNonCompliance = Command<'RecordNonCompliance', { details: string }>;

export type ScrutinyRequirementCommand =
  | RequireAttendance
  | RequestChiefConstableAttendance
  | RequireWrittenResponse
  | RecordAttendance
  | ReceiveWrittenResponse
  | RecordNonCompliance;
