import type { Command } from '../core/decider';
import type { AttendanceRequirement, WrittenResponseRequirement } from './scrutiny-requirement.events';

export type RequireAttendance = Command<'RequireAttendance', AttendanceRequirement>;
export type RequestChiefConstableAttendance = Command<'RequestChiefConstableAttendance', { chiefConstable: string }>;
export type RequireWrittenResponse = Command<'RequireWrittenResponse', WrittenResponseRequirement>;
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
