import type { CspReportRequirementCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { JoinReportRequirementRequest, PublishReportRequest, RequestReportRequest, SubmitReportRequest } from './csp-report-requirement.request';

/** PCC requires a report from a CSP (CDA 1998 s.7). */
export const cspReportRequirementRoutes = routeTable<CspReportRequirementCommand>()('CSP report requirements (CDA 1998 s.7)', {
  RequestReport: { path: 'force-areas/:area/report-requests', body: RequestReportRequest, summary: 'PCC requires a report from the responsible authorities' },
  JoinReportRequirement: { path: 'report-requests/:id/joint-pccs', body: JoinReportRequirementRequest, summary: 'Another PCC joins the requirement for an area in its police area too (CDA 1998 s.7(5)(b))' },
  SubmitReport: { path: 'report-requests/:id/submission', body: SubmitReportRequest, summary: 'The responsible authorities submit the report' },
  PublishReport: { path: 'report-requests/:id/publication', body: PublishReportRequest, summary: 'The PCC publishes the report (Specified Information Order para 7)' },
});
