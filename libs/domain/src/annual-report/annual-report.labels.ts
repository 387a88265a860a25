import type { ProcessLabels } from '../core/labels';

export const annualReportLabels: ProcessLabels = {
  aggregateType: 'AnnualReport',
  name: "Commissioner's annual report",
  events: {
    AnnualReportProduced: 'Annual report produced by the commissioner',
    AnnualReportSentToPanel: 'Annual report sent to the panel',
    AnnualReportPublicMeetingHeld: 'Public meeting on the annual report held by the panel',
    AnnualReportPanelReportMade: "Panel's report on the annual report made",
    AnnualReportResponsePublished: "Commissioner's response to the panel's report published",
    AnnualReportPublished: 'Annual report published',
  },
  fields: { producedOn: 'Produced on', pccAttended: 'The commissioner attended' },
};
