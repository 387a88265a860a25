import type { PoliceAndCrimePlanCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { ConsultChiefConstableRequest, DraftPlanRequest, DraftPlanVariationRequest, IssuePlanRequest, IssuePlanVariationRequest, MakePlanReportRequest, PublishPlanRequest, PublishPlanResponseRequest, SendDraftToPanelRequest, SendPlanCopyRequest } from './police-and-crime-plan.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** The police and crime plan and its variations (PRSRA 2011 s.5, s.28(3)). */
export const policeAndCrimePlanRoutes = routeTable<PoliceAndCrimePlanCommand>()('Police and crime plans (PRSRA 2011 s.5)', {
  DraftPlan: { path: 'force-areas/:area/police-and-crime-plans', body: DraftPlanRequest, summary: 'The PCC prepares a draft police and crime plan (s.5(1)-(3), (6))' },
  ConsultChiefConstable: { path: 'police-and-crime-plans/:id/chief-constable-consultation', body: ConsultChiefConstableRequest, summary: 'The PCC consults the chief constable on the draft, or on changes after the panel report (s.5(6))' },
  SendDraftToPanel: { path: 'police-and-crime-plans/:id/panel-submission', body: SendDraftToPanelRequest, summary: 'The PCC sends the draft to the panel (s.5(6)(c))' },
  MakePlanReport: { path: 'police-and-crime-plans/:id/report', body: MakePlanReportRequest, summary: 'The panel reports on the draft (s.28(3))' },
  PublishPlanResponse: { path: 'police-and-crime-plans/:id/response', body: PublishPlanResponseRequest, summary: "The PCC responds to the panel's report and publishes the response (s.5(6)(e)-(f))" },
  IssuePlan: { path: 'police-and-crime-plans/:id/issue', body: IssuePlanRequest, summary: 'The PCC issues the plan (s.5(1)-(3))' },
  PublishPlan: { path: 'police-and-crime-plans/:id/publication', body: PublishPlanRequest, summary: 'The PCC publishes the issued plan (s.5(10)(b), (12))' },
  SendPlanCopy: { path: 'police-and-crime-plans/:id/copies', body: SendPlanCopyRequest, summary: 'The PCC sends a copy to the chief constable or a responsible authority (s.5(10)(a))' },
  DraftPlanVariation: { path: 'police-and-crime-plans/:id/variations', body: DraftPlanVariationRequest, summary: 'The PCC drafts a variation of the issued plan (s.5(4), (6))' },
  IssuePlanVariation: { path: 'police-and-crime-plans/:id/variation-issue', body: IssuePlanVariationRequest, summary: 'The PCC issues the variation in preparation (s.5(4))' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
const PLAN = { id: 'kent-plan-2013' };

/** Kent's first plan, from draft to copies sent, then a variation that goes through the same steps. */
export const policeAndCrimePlanExamples: ExampleStep[] = [
  {
    op: 'DraftPlan',
    name: 'kent-plan-2013',
    summary: 'The new PCC drafts the first police and crime plan',
    params: { area: 'kent' },
    value: { caseId: 'kent-plan-2013', title: "Kent PCC's Police and Crime Plan", electionPollDate: '2012-11-15', effectiveAt: '2012-12-10' },
  },
  {
    op: 'ConsultChiefConstable',
    name: 'kent-plan-2013',
    summary: 'The PCC consults the chief constable on the draft',
    params: PLAN,
    value: { effectiveAt: '2012-12-17' },
  },
  {
    op: 'SendDraftToPanel',
    name: 'kent-plan-2013',
    summary: 'The PCC sends the draft to the panel',
    params: PLAN,
    value: { effectiveAt: '2013-01-07' },
  },
  {
    op: 'MakePlanReport',
    name: 'kent-plan-2013',
    summary: 'The panel reports on the draft',
    params: PLAN,
    value: { recommendations: ['Add a measure for rural crime'], effectiveAt: '2013-02-05' },
  },
  {
    op: 'PublishPlanResponse',
    name: 'kent-plan-2013',
    summary: "The PCC publishes a response to the panel's report",
    params: PLAN,
    value: { url: 'https://www.kent-pcc.gov.uk/plan/response-to-panel', effectiveAt: '2013-02-20' },
  },
  {
    op: 'IssuePlan',
    name: 'kent-plan-2013',
    summary: 'The PCC issues the plan for 2013-17',
    params: PLAN,
    value: { issuedBy: 'commissioner', changedFromDraft: false, reasonableTimeElapsed: false, periodFrom: '2013-04-01', periodTo: '2017-03-31', effectiveAt: '2013-03-28' },
  },
  {
    op: 'PublishPlan',
    name: 'kent-plan-2013',
    summary: 'The PCC publishes the plan',
    params: PLAN,
    value: { url: 'https://www.kent-pcc.gov.uk/plan', effectiveAt: '2013-03-28' },
  },
  {
    op: 'SendPlanCopy',
    name: 'kent-plan-2013',
    summary: 'A copy goes to the chief constable',
    params: PLAN,
    value: { recipient: 'Chief Constable of Kent Police', recipientKind: 'chief_constable', effectiveAt: '2013-03-29' },
  },
  {
    op: 'DraftPlanVariation',
    name: 'kent-plan-2013',
    summary: 'The PCC drafts a variation of the plan',
    params: PLAN,
    value: { description: 'Add a priority on cyber crime', effectiveAt: '2014-01-10' },
  },
  {
    op: 'ConsultChiefConstable',
    name: 'kent-plan-2013-variation',
    summary: 'The chief constable is consulted on the variation',
    params: PLAN,
    value: { effectiveAt: '2014-01-20' },
  },
  {
    op: 'SendDraftToPanel',
    name: 'kent-plan-2013-variation',
    summary: 'The variation goes to the panel',
    params: PLAN,
    value: { effectiveAt: '2014-02-03' },
  },
  {
    op: 'IssuePlanVariation',
    name: 'kent-plan-2013',
    summary: 'The PCC issues the varied plan',
    params: PLAN,
    value: { issuedBy: 'commissioner', changedFromDraft: false, reasonableTimeElapsed: true, effectiveAt: '2014-03-20' },
  },
];
