import type { ProcessLabels } from '../core/labels';
import type { AnnualReportCommand } from './annual-report.commands';
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
  /** What each act of the process does, in words a panel officer would use. */
  acts: {
    ProduceAnnualReport: 'The commissioner produces the annual report',
    SendAnnualReportToPanel: 'The commissioner sends the annual report to the panel',
    HoldAnnualReportMeeting: 'The panel holds a public meeting on the annual report',
    MakeAnnualReportPanelReport: 'The panel reports on the annual report',
    PublishAnnualReportResponse: "The commissioner publishes a response to the panel's report on the annual report",
    PublishAnnualReport: 'The commissioner publishes the annual report',
  } satisfies Record<AnnualReportCommand['type'], string>,
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
