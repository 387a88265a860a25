import type { ExampleStep } from './example-step';

const REPORT = { id: 'kent-pcp-report-2014-d14' };

/** A report on a decision of the PCC, published, sent to the councils and answered; and a confirmation-hearing report entered. */
export const panelReportExamples: ExampleStep[] = [
  {
    op: 'MakePanelReport',
    name: 'kent-pcp-report-2014-d14',
    summary: 'The panel reports on a decision of the PCC',
    params: { area: 'kent' },
    value: { caseId: 'kent-pcp-report-2014-d14', subject: 'Decision D14/2014: closure of front counters', decisionRef: 'D14/2014', recommendations: ['Publish the equality impact assessment'], responseRequiredBy: '2014-04-01', effectiveAt: '2014-03-04' },
  },
  {
    op: 'PublishPanelReport',
    name: 'kent-pcp-report-2014-d14',
    summary: 'The panel publishes its report',
    params: REPORT,
    value: { url: 'https://www.kent.gov.uk/pcp/reports/d14', manner: "On the host authority's website and in the panel's agenda papers", effectiveAt: '2014-03-05' },
  },
  {
    op: 'SendPanelReportToCouncils',
    name: 'kent-pcp-report-2014-d14',
    summary: 'The panel sends it to the councils of the area',
    params: REPORT,
    value: { councils: ['Kent County Council', 'Medway Council'], effectiveAt: '2014-03-05' },
  },
  {
    op: 'RecordPanelReportResponse',
    name: 'kent-pcp-report-2014-d14',
    summary: 'The PCC responds by the date the report set',
    params: REPORT,
    value: { summary: 'The assessment will be published by 30 April', url: 'https://www.kent-pcc.gov.uk/responses/d14', effectiveAt: '2014-03-28' },
  },
  {
    op: 'EnterAppointmentReport',
    name: 'kent-pcp-report-cc-2013',
    summary: "The report of the chief constable's confirmation hearing is entered in the panel's list of reports",
    params: { area: 'kent' },
    value: { caseId: 'kent-pcp-report-cc-2013', kind: 'chief_constable_appointment', appointmentCaseId: 'kent-cc-2013', candidate: 'Alan Pughsley', reportMadeOn: '2013-12-16', effectiveAt: '2013-12-17' },
  },
];
