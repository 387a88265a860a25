import type { ProcessLabels } from '../core/labels';
import type { CspReportRequirementState } from './csp-report-requirement.decider';

export const cspReportRequirementLabels: ProcessLabels = {
  aggregateType: 'CspReportRequirement',
  name: "Commissioner's requirement for a report from a partnership",
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    awaiting_joint_pccs: 'Waiting for the other commissioners to join the request',
    required: 'Report required',
    submitted: 'Report submitted',
    published: 'Report published',
  } satisfies Record<CspReportRequirementState['status'], string>,
  events: {
    ReportRequested: 'Commissioner required a report from the partnership',
    ReportRequirementJoined: 'Another commissioner joined the requirement',
    ReportSubmitted: 'Report submitted by the partnership',
    ReportPublished: 'Report published',
  },
  fields: {
    matters: 'Matters to report on',
    jointWith: 'Made jointly with the commissioners of',
    joinedOn: 'Joined on',
    notSatisfiedReason: 'Why the commissioner was not satisfied',
    proportionalityReason: 'Why the requirement is proportionate',
    form: 'Form of the report',
    submittedOn: 'Submitted on',
    submittedBy: 'Submitted by',
    sentTo: 'Sent to',
  },
};
