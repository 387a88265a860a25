import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';

export interface CombinedArea {
  /** Local government area, e.g. "Dartford". */
  name: string;
  country: 'england' | 'wales';
  policeAreas: string[];
}

/** CDA 1998 s.5A(2): the interests the PCC (and the Secretary of State) must consider served. */
export type InterestsGround = 'reducing_crime_and_disorder' | 'reducing_reoffending' | 'combating_substance_misuse';
export const INTERESTS_GROUNDS: readonly InterestsGround[] = [
  'reducing_crime_and_disorder',
  'reducing_reoffending',
  'combating_substance_misuse',
];

/** Party labels used in `agreedBy`: the RA's name, `pcc:<police area>`, or this constant. */
export const SECRETARY_OF_STATE = 'secretary-of-state';
export const pccParty = (policeArea: string): string => `pcc:${policeArea}`;

/** A non-binding preliminary step (practice, S1): it commits nobody. */
export type MergerRequested = DomainEvent<
  'MergerRequested',
  {
    forceArea: string;
    areas: CombinedArea[];
    policeAreas: string[];
    crossForce: boolean;
    requestingRAs: string[];
    responsibleAuthorities: string[];
    requestedOn: IsoDate;
  }
>;
export type MergerAgreementSignedByAuthority = DomainEvent<
  'MergerAgreementSignedByAuthority',
  { authority: string; documentRef: string; signedOn: IsoDate }
>;
export type MergerApproved = DomainEvent<
  'MergerApproved',
  { pcc: string; interestsGrounds: InterestsGround[]; reasons: string; documentRef: string; approvedOn: IsoDate }
>;
export type SecretaryOfStateJoinedAgreement = DomainEvent<
  'SecretaryOfStateJoinedAgreement',
  {
    interestsGrounds: InterestsGround[];
    reasons: string;
    cooperationArrangementsAdequate: boolean;
    documentRef: string;
    joinedOn: IsoDate;
  }
>;
export type CombinationAgreementInForce = DomainEvent<
  'CombinationAgreementInForce',
  {
    combinedAreaName: string;
    agreementRef: string;
    parties: string[];
    cooperationArrangements: string | null;
    inForceOn: IsoDate;
  }
>;
export type CombinationAgreementVaried = DomainEvent<
  'CombinationAgreementVaried',
  { variation: string; agreementRef: string; agreedBy: string[]; variedOn: IsoDate }
>;
export type CombinationAgreementTerminated = DomainEvent<
  'CombinationAgreementTerminated',
  { reason: string; agreementRef: string; agreedBy: string[]; terminatedOn: IsoDate }
>;

export type CombinationAgreementEvent =
  | MergerRequested
  | MergerAgreementSignedByAuthority
  | MergerApproved
  | SecretaryOfStateJoinedAgreement
  | CombinationAgreementInForce
  | CombinationAgreementVaried
  | CombinationAgreementTerminated;

export const COMBINATION_AGREEMENT_EVENT_TYPES = {
  MergerRequested: 1,
  MergerAgreementSignedByAuthority: 1,
  MergerApproved: 1,
  SecretaryOfStateJoinedAgreement: 1,
  CombinationAgreementInForce: 1,
  CombinationAgreementVaried: 1,
  CombinationAgreementTerminated: 1,
} as const;
