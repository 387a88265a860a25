import type { CspReportRequirementCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { JoinReportRequirementRequest, PublishReportRequest, RequestReportRequest, SubmitReportRequest } from './csp-report-requirement.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** PCC requires a report from a CSP (CDA 1998 s.7). */
export const cspReportRequirementRoutes = routeTable<CspReportRequirementCommand>()('CSP report requirements (CDA 1998 s.7)', {
  RequestReport: { path: 'force-areas/:area/report-requests', body: RequestReportRequest, summary: 'PCC requires a report from the responsible authorities' },
  JoinReportRequirement: { path: 'report-requests/:id/joint-pccs', body: JoinReportRequirementRequest, summary: 'Another PCC joins the requirement for an area in its police area too (CDA 1998 s.7(5)(b))' },
  SubmitReport: { path: 'report-requests/:id/submission', body: SubmitReportRequest, summary: 'The responsible authorities submit the report' },
  PublishReport: { path: 'report-requests/:id/publication', body: PublishReportRequest, summary: 'The PCC publishes the report (Specified Information Order para 7)' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
const REQ = { id: 'dartford-thurrock-asb-2013' };

/** A report required of two partnerships across Kent and Essex: both PCCs make the requirement (s.7(5)(b)). */
export const cspReportRequirementExamples: ExampleStep[] = [
  {
    op: 'RequestReport',
    name: 'dartford-thurrock-asb-2013',
    summary: 'The Kent PCC requires a report on anti-social behaviour from an area that lies partly in Essex',
    params: { area: 'kent' },
    value: {
      caseId: 'dartford-thurrock-asb-2013',
      areas: [{ name: 'Thames Gateway (an area lying in both police areas)', policeAreas: ['kent', 'essex'] }],
      matters: [{ description: 'Delivery of the anti-social behaviour strategy', devolvedWelshFunction: false }],
      notSatisfiedReason: 'ASB targets were missed two years running',
      proportionalityReason: 'A short written report is the least burdensome way to understand the delays',
      form: 'Written report of no more than 10 pages',
      dueOn: '2013-06-30',
      effectiveAt: '2013-04-15',
    },
  },
  {
    op: 'JoinReportRequirement',
    name: 'dartford-thurrock-asb-2013',
    summary: 'The Essex PCC joins, since the area lies in Essex too; Kent holds the case, so a national key records it',
    params: REQ,
    value: { policeArea: 'essex', effectiveAt: '2013-04-22' },
    recordedBy: { role: 'pcc-office', forceArea: '*' },
  },
  {
    op: 'SubmitReport',
    name: 'dartford-thurrock-asb-2013',
    summary: 'The authorities send the report to both PCCs',
    params: REQ,
    value: { submittedBy: 'Thames Gateway Community Safety Partnership', sentTo: ['kent', 'essex'], effectiveAt: '2013-06-28' },
  },
  {
    op: 'PublishReport',
    name: 'dartford-thurrock-asb-2013',
    summary: 'The PCC publishes the report',
    params: REQ,
    value: { url: 'https://www.kent-pcc.gov.uk/reports/dartford-thurrock-asb-2013', effectiveAt: '2013-07-05' },
  },
];
