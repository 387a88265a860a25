import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';

/**
 * Who the panel may *require* to attend (PRSRA 2011 s.29): the PCC and members of the
 * PCC's staff (a deputy PCC is one). Police civilian staff were excluded during the
 * transition (SI 2012/2892 art 5(4)); the chief constable can only be *requested*.
 */
export type RequirableRole = 'pcc' | 'deputy_pcc' | 'pcc_staff';
export const REQUIRABLE_ROLES: readonly RequirableRole[] = ['pcc', 'deputy_pcc', 'pcc_staff'];

/** Whom the panel requires to attend, on what, and with what notice (s.29). */
export interface AttendanceRequirement {
  forceArea: string;
  panel: string;
  person: string;
  role: RequirableRole;
  topic: string;
  noticeGivenOn: IsoDate;
  meetingDate: IsoDate;
}
export interface WrittenResponseRequirement {
  forceArea: string;
  panel: string;
  respondent: string;
  toReport: string;
  dueOn: IsoDate;
}

export type AttendanceRequired = DomainEvent<'AttendanceRequired', AttendanceRequirement & { requiredOn: IsoDate }>;
export type ChiefConstableAttendanceRequested = DomainEvent<
  'ChiefConstableAttendanceRequested',
  { chiefConstable: string; meetingDate: IsoDate; requestedOn: IsoDate }
>;
export type WrittenResponseRequired = DomainEvent<
  'WrittenResponseRequired',
  WrittenResponseRequirement & { requiredOn: IsoDate }
>;
export type AttendanceHeld = DomainEvent<
  'AttendanceHeld',
  { heldOn: IsoDate; attended: string[]; chiefConstableAttended: boolean | null }
>;
export type WrittenResponseReceived = DomainEvent<
  'WrittenResponseReceived',
  { receivedOn: IsoDate; documentRef: string | null }
>;
export type RequirementNotComplied = DomainEvent<
  'RequirementNotComplied',
  { requirement: 'attendance' | 'written_response'; details: string; recordedOn: IsoDate }
>;

export type ScrutinyRequirementEvent =
  | AttendanceRequired
  | ChiefConstableAttendanceRequested
  | WrittenResponseRequired
  | AttendanceHeld
  | WrittenResponseReceived
  | RequirementNotComplied;

export const SCRUTINY_REQUIREMENT_EVENT_TYPES = {
  AttendanceRequired: 1,
  ChiefConstableAttendanceRequested: 1,
  WrittenResponseRequired: 1,
  AttendanceHeld: 1,
  WrittenResponseReceived: 1,
  RequirementNotComplied: 1,
} as const;
