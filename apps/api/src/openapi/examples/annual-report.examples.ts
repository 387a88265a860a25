import type { ExampleStep } from './example-step';

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
