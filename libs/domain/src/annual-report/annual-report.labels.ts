import type { ProcessLabels } from '../core/labels';
import type { AnnualReportState } from './annual-report.decider';

export const annualReportLabels: ProcessLabels = {
  aggregateType: 'AnnualReport',
  name: "Commissioner's annual report",
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    produced: 'Report produced',
    sent_to_panel: 'Sent to the panel',
    meeting_held: 'Considered at a public panel meeting',
    panel_reported: 'Panel has reported on it',
    response_published: "Commissioner's response published",
  } satisfies Record<AnnualReportState['status'], string>,
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
