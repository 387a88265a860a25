import type { PreceptCycleCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { IssuePreceptRequest, MakeSecondPreceptReportRequest, NotifyProposedPreceptRequest, NotifyRevisedPreceptRequest, PublishPreceptResponseRequest, ReportOnProposedPreceptRequest, VetoProposedPreceptRequest } from './precept-cycle.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** Scrutiny of the proposed precept (PRSRA 2011 s.26, Sch 5; SI 2012/2271 Part 2). */
export const preceptCycleRoutes = routeTable<PreceptCycleCommand>()('Precept cycles (PRSRA 2011 Sch 5; SI 2012/2271)', {
  NotifyProposedPrecept: { path: 'force-areas/:area/precept-cycles', body: NotifyProposedPreceptRequest, summary: 'The PCC notifies the panel of the proposed precept, by 1 February (Sch 5 para 2; reg 3)' },
  ReportOnProposedPrecept: { path: 'precept-cycles/:id/report', body: ReportOnProposedPreceptRequest, summary: 'The panel reports on the proposed precept without a veto, by 8 February (Sch 5 para 3; reg 4)' },
  VetoProposedPrecept: { path: 'precept-cycles/:id/veto', body: VetoProposedPreceptRequest, summary: "The panel's report vetoes the proposed precept by two-thirds of its members (Sch 5 para 4)" },
  PublishPreceptResponse: { path: 'precept-cycles/:id/responses', body: PublishPreceptResponseRequest, summary: "The PCC responds to the panel's first or second report (Sch 5 paras 5-6; regs 5, 7)" },
  NotifyRevisedPrecept: { path: 'precept-cycles/:id/revised-precept', body: NotifyRevisedPreceptRequest, summary: 'After a veto the PCC notifies a revised precept, by 15 February (Sch 5 para 6; reg 5)' },
  MakeSecondPreceptReport: { path: 'precept-cycles/:id/second-report', body: MakeSecondPreceptReportRequest, summary: 'The panel reports on the revised precept, by 22 February (reg 6)' },
  IssuePrecept: { path: 'precept-cycles/:id/issue', body: IssuePreceptRequest, summary: 'The PCC issues the precept once scrutiny has ended (s.26, Sch 5 para 1; reg 8)' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
import { KENT_PANEL_FEB_2013 } from '../../openapi/examples/roster';

const VETOED = { id: 'kent-2013-14' };
const REPORTED = { id: 'kent-2014-15' };

/**
 * Two cycles: one vetoed (3 of the panel's 4 members, two-thirds needed), revised and
 * issued at the revised amount; one reported on without a veto and issued as proposed.
 */
export const preceptCycleExamples: ExampleStep[] = [
  {
    op: 'NotifyProposedPrecept',
    name: 'kent-2013-14',
    summary: 'The PCC notifies the panel of the proposed 2013-14 precept by 1 February',
    params: { area: 'kent' },
    value: { caseId: 'kent-2013-14', financialYear: '2013-14', amount: 147.15, effectiveAt: '2013-01-31' },
  },
  {
    op: 'VetoProposedPrecept',
    name: 'kent-2013-14',
    summary: "The panel's report vetoes it as too high: 3 of its 4 members vote for the veto",
    params: VETOED,
    value: { panelId: 'kent-pcp', recommendations: ['Hold the increase below 2%'], recommendedAmount: 146.5, reason: 'too_high', votesFor: 3, membersAtTime: KENT_PANEL_FEB_2013, effectiveAt: '2013-02-05' },
  },
  {
    op: 'PublishPreceptResponse',
    name: 'kent-2013-14-first',
    summary: "The PCC responds to the panel's report",
    params: VETOED,
    value: { stage: 'first', url: 'https://www.kent-pcc.gov.uk/precept/2013-14/response', effectiveAt: '2013-02-12' },
  },
  {
    op: 'NotifyRevisedPrecept',
    name: 'kent-2013-14',
    summary: 'The PCC notifies a lower revised precept by 15 February',
    params: VETOED,
    value: { amount: 146.9, effectiveAt: '2013-02-12' },
  },
  {
    op: 'MakeSecondPreceptReport',
    name: 'kent-2013-14',
    summary: 'The panel accepts the revised precept by 22 February',
    params: VETOED,
    value: { accepts: true, recommendations: [], effectiveAt: '2013-02-19' },
  },
  {
    op: 'PublishPreceptResponse',
    name: 'kent-2013-14-second',
    summary: "The PCC responds to the panel's second report",
    params: VETOED,
    value: { stage: 'second', url: 'https://www.kent-pcc.gov.uk/precept/2013-14/second-response', effectiveAt: '2013-02-20' },
  },
  {
    op: 'IssuePrecept',
    name: 'kent-2013-14',
    summary: 'The PCC issues the revised precept once scrutiny has ended',
    params: VETOED,
    value: { amount: 146.9, effectiveAt: '2013-02-25' },
  },
  {
    op: 'NotifyProposedPrecept',
    name: 'kent-2014-15',
    summary: 'The PCC notifies the proposed 2014-15 precept',
    params: { area: 'kent' },
    value: { caseId: 'kent-2014-15', financialYear: '2014-15', amount: 149.85, effectiveAt: '2014-01-31' },
  },
  {
    op: 'ReportOnProposedPrecept',
    name: 'kent-2014-15',
    summary: 'The panel reports on it by 8 February without a veto',
    params: REPORTED,
    value: { recommendations: ['Publish the savings plan alongside the precept'], recommendedAmount: null, effectiveAt: '2014-02-04' },
  },
  {
    op: 'PublishPreceptResponse',
    name: 'kent-2014-15',
    summary: "The PCC responds to the panel's report, which ends scrutiny",
    params: REPORTED,
    value: { stage: 'first', url: 'https://www.kent-pcc.gov.uk/precept/2014-15/response', effectiveAt: '2014-02-10' },
  },
  {
    op: 'IssuePrecept',
    name: 'kent-2014-15',
    summary: 'The PCC issues the precept as proposed',
    params: REPORTED,
    value: { amount: 149.85, effectiveAt: '2014-02-14' },
  },
];
