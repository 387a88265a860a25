import { assertNever } from '../core/decider';
import { pick } from '../core/pick';
import { PoliceAndCrimePlanEvent } from './police-and-crime-plan.events';
import { PoliceAndCrimePlanState, newRound } from './police-and-crime-plan.state';

/** The case after one more of its events (pure: `state` is not changed). */
export function evolvePoliceAndCrimePlan(
  state: PoliceAndCrimePlanState,
  event: PoliceAndCrimePlanEvent,
): PoliceAndCrimePlanState {
  if (event.type === 'DraftPlanPrepared') {
    const d = event.data;
    return {
      status: 'drafting',
      ...pick(d, 'forceArea', 'title', 'firstPlanDueBy'),
      round: newRound('plan', 0, d.draftedOn),
      issuedOn: null,
      period: null,
      publishedOn: null,
      copiesSent: [],
      variationsIssued: 0,
    };
  }
  if (state.status === 'none') return state;
  const round = state.round;
  switch (event.type) {
    case 'ChiefConstableConsulted':
      if (!round) return state;
      return {
        ...state,
        round:
          event.data.stage === 'draft'
            ? { ...round, ccConsultedOn: event.data.consultedOn }
            : { ...round, changesConsultedOn: event.data.consultedOn },
      };
    case 'DraftPlanSentToPanel':
      return round ? { ...state, round: { ...round, sentToPanelOn: event.data.sentOn } } : state;
    case 'PlanReportMade':
      return round ? { ...state, round: { ...round, panelReportOn: event.data.madeOn } } : state;
    case 'PlanResponsePublished':
      return round ? { ...state, round: { ...round, responseOn: event.data.publishedOn } } : state;
    case 'PoliceAndCrimePlanIssued':
      return {
        ...state,
        status: 'issued',
        round: null,
        issuedOn: event.data.issuedOn,
        period: { from: event.data.periodFrom, to: event.data.periodTo },
      };
    case 'PoliceAndCrimePlanPublished':
      return { ...state, publishedOn: event.data.publishedOn };
    case 'PlanCopySent':
      return {
        ...state,
        copiesSent: [...state.copiesSent, pick(event.data, 'recipient', 'recipientKind', 'sentOn')],
      };
    case 'PlanVariationDrafted':
      return {
        ...state,
        status: 'varying',
        round: newRound('variation', event.data.variationNo, event.data.draftedOn),
      };
    case 'PlanVariationIssued':
      // A variation is published and copied like the plan (s.5(10)): those duties reopen.
      return {
        ...state,
        status: 'issued',
        round: null,
        variationsIssued: event.data.variationNo,
        publishedOn: null,
        copiesSent: [],
      };
    default:
      return assertNever(event, 'event');
  }
}
