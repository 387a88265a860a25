import type { AnnualReportCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './annual-report.request';

/** The PCC's annual report and the panel's public meeting on it (PRSRA 2011 s.12, s.28(4)). */
export const annualReportRoutes = routeTable<AnnualReportCommand>()(
  'Annual reports (PRSRA 2011 s.12, s.28(4))',
  requests,
  {
    ProduceAnnualReport: {
      path: 'force-areas/:area/annual-reports',
      summary: 'The PCC produces the annual report for a financial year (s.12(1))',
    },
    SendAnnualReportToPanel: {
      path: 'annual-reports/:id/panel-submission',
      summary: 'The PCC sends the report to the panel (s.12(2))',
    },
    HoldAnnualReportMeeting: {
      path: 'annual-reports/:id/public-meeting',
      summary: 'The panel considers the report at a public meeting the PCC attends (s.28(4))',
    },
    MakeAnnualReportPanelReport: {
      path: 'annual-reports/:id/report',
      summary: 'The panel reports or makes recommendations on the annual report (s.28(4)(c))',
    },
    PublishAnnualReportResponse: {
      path: 'annual-reports/:id/response',
      summary: "The PCC responds to the panel's report and publishes the response (s.12(3)-(5))",
    },
    PublishAnnualReport: {
      path: 'annual-reports/:id/publication',
      summary: 'The PCC publishes the annual report (s.12(5))',
    },
  },
);
