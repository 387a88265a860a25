import { evolveOnCase } from '../core/evolve-on-case';
import { pick } from '../core/pick';
import { PoliceAndCrimePlanEvent } from './police-and-crime-plan.events';
import { PoliceAndCrimePlanState, Round, newRound } from './police-and-crime-plan.state';

type Opened = Exclude<PoliceAndCrimePlanState, { status: 'none' }>;

/** The plan with a step of its current round recorded; with no round under way, as it was. */
const inRound = (state: Opened, step: (round: Round) => Round): Opened =>
  state.round ? { ...state, round: step(state.round) } : state;

/** The case after one more of its events (pure: `state` is not changed). */
export const evolvePoliceAndCrimePlan = evolveOnCase<
  PoliceAndCrimePlanState,
  PoliceAndCrimePlanEvent,
  'DraftPlanPrepared'
>(
  {
    DraftPlanPrepared: ({ data }) => ({
      status: 'drafting',
      ...pick(data, 'forceArea', 'title', 'firstPlanDueBy'),
      round: newRound('plan', 0, data.draftedOn),
      issuedOn: null,
      period: null,
      publishedOn: null,
      copiesSent: [],
      variationsIssued: 0,
    }),
  },
  {
    ChiefConstableConsulted: ({ data }, state) =>
      inRound(state, (round) =>
        data.stage === 'draft'
          ? { ...round, ccConsultedOn: data.consultedOn }
          : { ...round, changesConsultedOn: data.consultedOn },
      ),
    DraftPlanSentToPanel: ({ data }, state) => inRound(state, (round) => ({ ...round, sentToPanelOn: data.sentOn })),
    PlanReportMade: ({ data }, state) => inRound(state, (round) => ({ ...round, panelReportOn: data.madeOn })),
    PlanResponsePublished: ({ data }, state) => inRound(state, (round) => ({ ...round, responseOn: data.publishedOn })),
    PoliceAndCrimePlanIssued: ({ data }, state) => ({
      ...state,
      status: 'issued',
      round: null,
      issuedOn: data.issuedOn,
      period: { from: data.periodFrom, to: data.periodTo },
    }),
    PoliceAndCrimePlanPublished: ({ data }, state) => ({ ...state, publishedOn: data.publishedOn }),
    PlanCopySent: ({ data }, state) => ({
      ...state,
      copiesSent: [...state.copiesSent, pick(data, 'recipient', 'recipientKind', 'sentOn')],
    }),
    PlanVariationDrafted: ({ data }, state) => ({
      ...state,
      status: 'varying',
      round: newRound('variation', data.variationNo, data.draftedOn),
    }),
    // A variation is published and copied like the plan (s.5(10)): those duties reopen.
    PlanVariationIssued: ({ data }, state) => ({
      ...state,
      status: 'issued',
      round: null,
      variationsIssued: data.variationNo,
      publishedOn: null,
      copiesSent: [],
    }),
  },
);
