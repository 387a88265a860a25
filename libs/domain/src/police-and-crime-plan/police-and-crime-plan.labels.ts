import type { ProcessLabels } from '../core/labels';
import type { PoliceAndCrimePlanState } from './police-and-crime-plan.state';

export const policeAndCrimePlanLabels: ProcessLabels = {
  aggregateType: 'PoliceAndCrimePlan',
  name: 'Police and crime plan',
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    drafting: 'Being drafted',
    issued: 'Issued',
    varying: 'Being varied',
  } satisfies Record<PoliceAndCrimePlanState['status'], string>,
  events: {
    DraftPlanPrepared: 'Draft police and crime plan prepared',
    ChiefConstableConsulted: 'Chief constable consulted',
    DraftPlanSentToPanel: 'Draft plan sent to the panel',
    PlanReportMade: "Panel's report on the draft plan made",
    PlanResponsePublished: "Commissioner's response to the panel's report published",
    PoliceAndCrimePlanIssued: 'Police and crime plan issued',
    PoliceAndCrimePlanPublished: 'Police and crime plan published',
    PlanCopySent: 'Copy of the plan sent',
    PlanVariationDrafted: 'Variation of the plan drafted',
    PlanVariationIssued: 'Variation of the plan issued',
  },
  fields: {
    electionPollDate: 'Date of the election',
    firstPlanDueBy: 'First plan due by',
    consultedOn: 'Consulted on',
    periodFrom: 'Plan runs from',
    periodTo: 'Plan runs to',
    changedFromDraft: 'Changed from the draft',
    recipient: 'Sent to',
    recipientKind: 'Kind of recipient',
    variationNo: 'Variation number',
  },
  values: {
    draft: 'On the draft',
    variation: 'On a variation',
    chief_constable: 'Chief constable',
    csp: 'Community Safety Partnership',
    criminal_justice_body: 'Criminal justice body',
  },
};
