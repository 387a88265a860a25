import type { ProcessLabels } from '../core/labels';

export const cspReportRequirementLabels: ProcessLabels = {
  aggregateType: 'CspReportRequirement',
  name: "Commissioner's requirement for a report from a partnership",
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
