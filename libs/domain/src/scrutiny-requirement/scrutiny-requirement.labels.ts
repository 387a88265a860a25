import type { ProcessLabels } from '../core/labels';
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
