import { assertNever } from '../core/decider';
import { CombinationAgreementEvent } from './combination-agreement.events';
import { CombinationAgreementState, uniq } from './combination-agreement.state';

/** The case after one more of its events (pure: `state` is not changed). */
export function evolveCombinationAgreement(
  state: CombinationAgreementState,
  event: CombinationAgreementEvent,
): CombinationAgreementState {
  if (event.type === 'MergerRequested') {
    const d = event.data;
    return {
      status: 'requested',
      forceArea: d.forceArea,
      areas: d.areas,
      policeAreas: d.policeAreas,
      crossForce: d.crossForce,
      responsibleAuthorities: d.responsibleAuthorities,
      signedBy: [],
      pccsEntered: [],
      secretaryOfStateJoined: false,
      inForceOn: null,
      variations: 0,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'MergerAgreementSignedByAuthority':
      return { ...state, signedBy: uniq([...state.signedBy, event.data.authority]) };
    case 'MergerApproved':
      return { ...state, pccsEntered: uniq([...state.pccsEntered, event.data.pcc]) };
    case 'SecretaryOfStateJoinedAgreement':
      return { ...state, secretaryOfStateJoined: true };
    case 'CombinationAgreementInForce':
      return { ...state, status: 'in_force', inForceOn: event.data.inForceOn };
    case 'CombinationAgreementVaried':
      return { ...state, variations: state.variations + 1 };
    case 'CombinationAgreementTerminated':
      return { ...state, status: 'terminated' };
    default:
      return assertNever(event, 'event');
  }
}
