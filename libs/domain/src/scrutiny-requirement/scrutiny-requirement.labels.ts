import type { ProcessLabels } from '../core/labels';
import type { ScrutinyRequirementCommand } from './scrutiny-requirement.commands';
import type { ScrutinyRequirementState } from './scrutiny-requirement.decider';

export const scrutinyRequirementLabels: ProcessLabels = {
  aggregateType: 'ScrutinyRequirement',
  name: 'Panel requirement to attend or answer',
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    required: 'Required',
    complied: 'Complied with',
    not_complied: 'Not complied with',
  } satisfies Record<ScrutinyRequirementState['status'], string>,
  /** What each act of the process does, in words a panel officer would use. */
  acts: {
    RequireAttendance: 'The panel requires the commissioner or staff to attend a meeting',
    RequestChiefConstableAttendance: 'The panel asks the chief constable to attend a meeting',
    RequireWrittenResponse: 'The panel requires a written answer from the commissioner',
    RecordAttendance: 'The panel records who attended as required',
    ReceiveWrittenResponse: 'The panel receives the written answer',
    RecordNonCompliance: 'The panel records that a requirement was not met',
  } satisfies Record<ScrutinyRequirementCommand['type'], string>,
  events: {
    AttendanceRequired: 'Panel required attendance at a meeting',
    ChiefConstableAttendanceRequested: 'Panel asked the chief constable to attend',
    WrittenResponseRequired: 'Panel required a written response',
    AttendanceHeld: 'Meeting held with the attendance required',
    WrittenResponseReceived: 'Written response received',
    RequirementNotComplied: 'Requirement not complied with',
  },
  fields: {
    topic: 'Topic',
    noticeGivenOn: 'Notice given on',
    requiredOn: 'Required on',
    chiefConstable: 'Chief constable',
    respondent: 'Who must answer',
    toReport: 'Report to answer',
    attended: 'Attended',
    chiefConstableAttended: 'Chief constable attended',
    requirement: 'Requirement',
    details: 'Details',
  },
  values: {
    pcc: 'Police and Crime Commissioner',
    staff: "Member of the commissioner's staff",
    attendance: 'Attendance',
    written_response: 'Written response',
  },
};
