import type { Command } from '../core/decider';
import type { CombinedArea, InterestsGround } from './combination-agreement.events';

/** Every act on the agreement is in writing (s.5A(7)-(8)): commands say so and cite the document. */
interface Written {
  documentRef: string;
  inWriting: boolean;
}

export type RequestMerger = Command<
  'RequestMerger',
  { forceArea: string; areas: CombinedArea[]; requestingRAs: string[]; responsibleAuthorities: string[] }
>;
export type SignAgreement = Command<'SignAgreement', Written & { authority: string }>;
export type ApproveMerger = Command<
  'ApproveMerger',
  Written & { pcc: string; interestsGrounds: InterestsGround[]; reasons: string }
>;
export type JoinAsSecretaryOfState = Command<
  'JoinAsSecretaryOfState',
  Written & { interestsGrounds: InterestsGround[]; reasons: string; cooperationArrangementsAdequate: boolean }
>;
export type BringAgreementIntoForce = Command<
  'BringAgreementIntoForce',
  Written & { combinedAreaName: string; cooperationArrangements?: string | null }
>;
export type VaryAgreement = Command<'VaryAgreement', Written & { variation: string; agreedBy: string[] }>;
export type TerminateAgreement = Command<'TerminateAgreement', Written & { reason: string; agreedBy: string[] }>;

export type CombinationAgreementCommand =
  | RequestMerger
  | SignAgreement
  | ApproveMerger
  | JoinAsSecretaryOfState
  | BringAgreementIntoForce
  | VaryAgreement
  | TerminateAgreement;
