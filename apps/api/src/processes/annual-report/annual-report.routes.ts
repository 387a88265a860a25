import type { AnnualReportCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { HoldAnnualReportMeetingRequest, MakeAnnualReportPanelReportRequest, ProduceAnnualReportRequest, PublishAnnualReportRequest, PublishAnnualReportResponseRequest, SendAnnualReportToPanelRequest } from './annual-report.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** The PCC's annual report and the panel's public meeting on it (PRSRA 2011 s.12, s.28(4)). */
export const annualReportRoutes = routeTable<AnnualReportCommand>()('Annual reports (PRSRA 2011 s.12, s.28(4))', {
  ProduceAnnualReport: { path: 'force-areas/:area/annual-reports', body: ProduceAnnualReportRequest, summary: 'The PCC produces the annual report for a financial year (s.12(1))' },
  SendAnnualReportToPanel: { path: 'annual-reports/:id/panel-submission', body: SendAnnualReportToPanelRequest, summary: 'The PCC sends the report to the panel (s.12(2))' },
  HoldAnnualReportMeeting: { path: 'annual-reports/:id/public-meeting', body: HoldAnnualReportMeetingRequest, summary: 'The panel considers the report at a public meeting the PCC attends (s.28(4))' },
  MakeAnnualReportPanelReport: { path: 'annual-reports/:id/report', body: MakeAnnualReportPanelReportRequest, summary: 'The panel reports or makes recommendations on the annual report (s.28(4)(c))' },
  PublishAnnualReportResponse: { path: 'annual-reports/:id/response', body: PublishAnnualReportResponseRequest, summary: "The PCC responds to the panel's report and publishes the response (s.12(3)-(5))" },
  PublishAnnualReport: { path: 'annual-reports/:id/publication', body: PublishAnnualReportRequest, summary: 'The PCC publishes the annual report (s.12(5))' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
const REPORT = { id: 'kent-annual-report-2013-14' };

/** The 2013-14 annual report, after the year has ended. */
export const annualReportExamples: ExampleStep[] = [
  {
    op: 'ProduceAnnualReport',
    name: 'kent-annual-report-2013-14',
    summary: 'The PCC produces the annual report for 2013-14',
    params: { area: 'kent' },
    value: { caseId: 'kent-annual-report-2013-14', financialYear: '2013-14', effectiveAt: '2014-06-02' },
  },
  {
    op: 'SendAnnualReportToPanel',
    name: 'kent-annual-report-2013-14',
    summary: 'The PCC sends it to the panel',
    params: REPORT,
    value: { effectiveAt: '2014-06-03' },
  },
  {
    op: 'HoldAnnualReportMeeting',
    name: 'kent-annual-report-2013-14',
    summary: 'The panel reviews it in public with the PCC present',
    params: REPORT,
    value: { meetingRef: 'kent-pcp-2014-06-24', inPublic: true, pccAttended: true, effectiveAt: '2014-06-24' },
  },
  {
    op: 'MakeAnnualReportPanelReport',
    name: 'kent-annual-report-2013-14',
    summary: 'The panel reports on it',
    params: REPORT,
    value: { recommendations: ['Report outcomes for victims, not only activity'], effectiveAt: '2014-06-30' },
  },
  {
    op: 'PublishAnnualReportResponse',
    name: 'kent-annual-report-2013-14',
    summary: "The PCC responds to the panel's report",
    params: REPORT,
    value: { url: 'https://www.kent-pcc.gov.uk/annual-report/2013-14/response', effectiveAt: '2014-07-14' },
  },
  {
    op: 'PublishAnnualReport',
    name: 'kent-annual-report-2013-14',
    summary: 'The PCC publishes the annual report',
    params: REPORT,
    value: { url: 'https://www.kent-pcc.gov.uk/annual-report/2013-14', effectiveAt: '2014-07-15' },
  },
];
