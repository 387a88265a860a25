import type { ProcessLabels } from '../core/labels';
import type { CombinationAgreementState } from './combination-agreement.state';

export const combinationAgreementLabels: ProcessLabels = {
  aggregateType: 'CombinationAgreement',
  name: 'Merger of community safety partnerships',
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    requested: 'Requested',
    in_force: 'In force',
    terminated: 'Ended',
  } satisfies Record<CombinationAgreementState['status'], string>,
  events: {
    MergerRequested: 'Merger of community safety partnerships requested',
    MergerAgreementSignedByAuthority: 'Merger agreement signed by a responsible authority',
    MergerApproved: 'Merger approved by the commissioner',
    SecretaryOfStateJoinedAgreement: 'Home Secretary joined the merger agreement',
    CombinationAgreementInForce: 'Merger agreement came into force',
    CombinationAgreementVaried: 'Merger agreement varied',
    CombinationAgreementTerminated: 'Merger agreement ended',
  },
  fields: {
    inWriting: 'Made in writing',
    crossForce: 'Crosses police areas',
    requestingRAs: 'Requested by',
    signedOn: 'Signed on',
    approvedOn: 'Approved on',
    cooperationArrangementsAdequate: 'Co-operation arrangements adequate',
    joinedOn: 'Joined on',
    combinedAreaName: 'Name of the combined area',
    cooperationArrangements: 'Co-operation arrangements',
    inForceOn: 'In force from',
    variedOn: 'Varied on',
    terminatedOn: 'Ended on',
  },
  values: { reducing_crime: 'reducing crime and disorder', efficiency: 'efficiency' },
};
