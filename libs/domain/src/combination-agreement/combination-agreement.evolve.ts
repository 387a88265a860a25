import { evolveOnCase } from '../core/evolve-on-case';
import { pick } from '../core/pick';
import { CombinationAgreementEvent } from './combination-agreement.events';
import { CombinationAgreementState, uniq } from './combination-agreement.state';

/** The case after one more of its events (pure: `state` is not changed). */
export const evolveCombinationAgreement = evolveOnCase<
  CombinationAgreementState,
  CombinationAgreementEvent,
  'MergerRequested'
>(
  {
    MergerRequested: ({ data }) => {
      const request = pick(data, 'forceArea', 'areas', 'policeAreas', 'crossForce', 'responsibleAuthorities');
      const unsigned = { signedBy: [], pccsEntered: [], secretaryOfStateJoined: false, inForceOn: null, variations: 0 };
      return { status: 'requested', ...request, ...unsigned };
    },
  },
  {
    MergerAgreementSignedByAuthority: ({ data }, s) => ({ ...s, signedBy: uniq([...s.signedBy, data.authority]) }),
    MergerApproved: ({ data }, s) => ({ ...s, pccsEntered: uniq([...s.pccsEntered, data.pcc]) }),
    SecretaryOfStateJoinedAgreement: (_, s) => ({ ...s, secretaryOfStateJoined: true }),
    CombinationAgreementInForce: ({ data }, s) => ({ ...s, status: 'in_force', inForceOn: data.inForceOn }),
    CombinationAgreementVaried: (_, s) => ({ ...s, variations: s.variations + 1 }),
    CombinationAgreementTerminated: (_, s) => ({ ...s, status: 'terminated' }),
  },
);
