import type { PoliceAndCrimePlanCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './police-and-crime-plan.request';

/** The police and crime plan and its variations (PRSRA 2011 s.5, s.28(3)). */
export const policeAndCrimePlanRoutes = routeTable<PoliceAndCrimePlanCommand>()(
  'Police and crime plans (PRSRA 2011 s.5)',
  requests,
  {
    DraftPlan: {
      path: 'force-areas/:area/police-and-crime-plans',
      summary: 'The PCC prepares a draft police and crime plan (s.5(1)-(3), (6))',
    },
    ConsultChiefConstable: {
      path: 'police-and-crime-plans/:id/chief-constable-consultation',
      summary: 'The PCC consults the chief constable on the draft, or on changes after the panel report (s.5(6))',
    },
    SendDraftToPanel: {
      path: 'police-and-crime-plans/:id/panel-submission',
      summary: 'The PCC sends the draft to the panel (s.5(6)(c))',
    },
    MakePlanReport: { path: 'police-and-crime-plans/:id/report', summary: 'The panel reports on the draft (s.28(3))' },
    PublishPlanResponse: {
      path: 'police-and-crime-plans/:id/response',
      summary: "The PCC responds to the panel's report and publishes the response (s.5(6)(e)-(f))",
    },
    IssuePlan: { path: 'police-and-crime-plans/:id/issue', summary: 'The PCC issues the plan (s.5(1)-(3))' },
    PublishPlan: {
      path: 'police-and-crime-plans/:id/publication',
      summary: 'The PCC publishes the issued plan (s.5(10)(b), (12))',
    },
    SendPlanCopy: {
      path: 'police-and-crime-plans/:id/copies',
      summary: 'The PCC sends a copy to the chief constable or a responsible authority (s.5(10)(a))',
    },
    DraftPlanVariation: {
      path: 'police-and-crime-plans/:id/variations',
      summary: 'The PCC drafts a variation of the issued plan (s.5(4), (6))',
    },
    IssuePlanVariation: {
      path: 'police-and-crime-plans/:id/variation-issue',
      summary: 'The PCC issues the variation in preparation (s.5(4))',
    },
  },
);
