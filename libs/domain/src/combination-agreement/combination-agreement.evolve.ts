import { assertNever } from '../core/decider';
import { pick } from '../core/pick';
import { CombinationAgreementEvent } from './combination-agreement.events';
import { CombinationAgreementState, uniq } from './combination-agreement.state';

/** The case after one more of its events (pure: `state` is not changed). */
export function evolveCombinationAgreement(
  state: CombinationAgreementState,
  event: CombinationAgreementEvent,
): CombinationAgreementState {
  if (event.type === 'MergerRequested') {
    const request = pick(event.data, 'forceArea', 'areas', 'policeAreas', 'crossForce', 'responsibleAuthorities');
    const unsigned = { signedBy: [], pccsEntered: [], secretaryOfStateJoined: false, inForceOn: null, variations: 0 };
    return { status: 'requested', ...request, ...unsigned };
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
