import type { ProcessLabels } from '../core/labels';
import type { PanelReportState } from './panel-report.decider';

export const panelReportLabels: ProcessLabels = {
  aggregateType: 'PanelReport',
  name: "Panel's report or recommendations",
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    made: 'Report made',
    published: 'Report published',
  } satisfies Record<PanelReportState['status'], string>,
  events: {
    PanelReportMade: 'Panel made a report or recommendations',
    AppointmentReportEntered: "Panel's report on an appointment entered",
    PanelReportPublished: "Panel's report published",
    PanelReportCopiesSent: "Copies of the panel's report sent to the councils",
    PanelReportResponseReceived: "Commissioner's response to the panel's report received",
  },
  fields: {
    subject: 'Subject',
    decisionRef: 'Decision reviewed',
    responseRequiredBy: 'Response required by',
    kind: 'Kind of appointment',
    appointmentCaseId: 'Appointment case',
    reportMadeOn: 'Report made on',
    enteredOn: 'Entered on',
    manner: 'How it was published',
    provision: 'Provision',
    summary: 'Summary',
  },
};
