import type { CspReportRequirementCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './csp-report-requirement.request';

/** PCC requires a report from a CSP (CDA 1998 s.7). */
export const cspReportRequirementRoutes = routeTable<CspReportRequirementCommand>()(
  'CSP report requirements (CDA 1998 s.7)',
  requests,
  {
    RequestReport: {
      path: 'force-areas/:area/report-requests',
      summary: 'PCC requires a report from the responsible authorities',
    },
    JoinReportRequirement: {
      path: 'report-requests/:id/joint-pccs',
      summary: 'Another PCC joins the requirement for an area in its police area too (CDA 1998 s.7(5)(b))',
    },
    SubmitReport: { path: 'report-requests/:id/submission', summary: 'The responsible authorities submit the report' },
    PublishReport: {
      path: 'report-requests/:id/publication',
      summary: 'The PCC publishes the report (Specified Information Order para 7)',
    },
  },
);
