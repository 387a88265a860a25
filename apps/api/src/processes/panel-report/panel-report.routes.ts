import type { PanelReportCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { EnterAppointmentReportRequest, MakePanelReportRequest, PublishPanelReportRequest, RecordPanelReportResponseRequest, SendPanelReportToCouncilsRequest } from './panel-report.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** The panel's reports and recommendations to the PCC, their publication and copies (PRSRA 2011 s.28(6)-(9), s.29(3)). */
export const panelReportRoutes = routeTable<PanelReportCommand>()('Panel reports (PRSRA 2011 s.28(6)-(9))', {
  MakePanelReport: { path: 'force-areas/:area/panel-reports', body: MakePanelReportRequest, summary: 'The panel reports or makes recommendations on a decision or action of the PCC (s.28(6)), optionally requiring a written response (s.29(3))' },
  EnterAppointmentReport: { path: 'force-areas/:area/appointment-reports', body: EnterAppointmentReportRequest, summary: "The panel's report on a proposed appointment enters its register of reports, to be published (Sch 8 para 4(7), Sch 1 para 10(6), reg 10(4))" },
  PublishPanelReport: { path: 'panel-reports/:id/publication', body: PublishPanelReportRequest, summary: 'The panel publishes the report (s.28(7), (9), or the appointment provision)' },
  SendPanelReportToCouncils: { path: 'panel-reports/:id/council-copies', body: SendPanelReportToCouncilsRequest, summary: 'The panel sends copies to the county and district councils of the police area (s.28(8))' },
  RecordPanelReportResponse: { path: 'panel-reports/:id/response', body: RecordPanelReportResponseRequest, summary: "The PCC's written response to the report (s.29(3)-(4)); flagged late after the date the panel set" },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
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
