import { pick } from '../core/pick';
import { assertNever } from '../core/decider';
import { ComplaintEvent } from './complaint.events';
import { ComplaintState } from './complaint.state';

/** What a complaint has not had done to it when it arrives. */
const NOT_YET_HANDLED = { recordedOn: null, referralDueOn: null, referredOn: null, outcomePublished: false } as const;

/** The case after one more of its events (pure: `state` is not changed). */
export function evolveComplaint(state: ComplaintState, event: ComplaintEvent): ComplaintState {
  if (event.type === 'ComplaintReceived') {
    const d = event.data;
    const { commitments } = d.complainant;
    const complainant = {
      ...pick(d.complainant, 'subjectId', 'commitments'),
      allCommitments: Object.values(commitments),
    };
    return {
      status: 'received',
      ...pick(d, 'forceArea', 'against'),
      complainant: { ...complainant, erased: false },
      criminalAllegation: d.criminalAllegation,
      criminalClearOn: d.criminalAllegation ? d.receivedOn : null,
      receivedOn: d.receivedOn,
      ...NOT_YET_HANDLED,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ComplaintRecorded':
      return {
        ...state,
        status: 'recorded',
        recordedOn: event.data.recordedOn,
        criminalAllegation: event.data.criminalAllegation,
        criminalClearOn: event.data.criminalAllegation ? (state.criminalClearOn ?? event.data.recordedOn) : null,
      };
    case 'ComplaintNotRecorded':
      return { ...state, status: 'not_recorded' };
    case 'ComplaintReferredToIPCC':
      return {
        ...state,
        status: 'referred_to_ipcc',
        referralDueOn: event.data.referralDueOn,
        referredOn: event.data.referredOn,
      };
    case 'ComplaintReferredBack':
      return { ...state, status: 'referred_back' };
    case 'ComplaintDisapplied':
      return { ...state, status: 'disapplied' };
    case 'InformalResolutionStarted':
      return { ...state, status: 'informal_resolution' };
    case 'InformalResolutionOutcomeRecorded':
      return { ...state, status: 'resolved', outcomePublished: event.data.published };
    case 'ComplaintWithdrawn':
      return { ...state, status: 'withdrawn' };
    case 'ComplainantUpdated': {
      const next = event.data.commitments;
      if (!next) return state;
      const all = [...new Set([...state.complainant.allCommitments, ...Object.values(next)])];
      return {
        ...state,
        complainant: {
          ...state.complainant,
          commitments: { ...state.complainant.commitments, ...next },
          allCommitments: all,
        },
      };
    }
    case 'PersonalDataErased':
      return { ...state, complainant: { ...state.complainant, erased: true } };
    default:
      return assertNever(event, 'event');
  }
}
