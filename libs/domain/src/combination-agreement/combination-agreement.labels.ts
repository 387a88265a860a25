import type { ProcessLabels } from '../core/labels';

export const combinationAgreementLabels: ProcessLabels = {
  aggregateType: 'CombinationAgreement',
  name: 'Merger of community safety partnerships',
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
