import type { Command } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { ComplaintParticulars, InformalResolver, IpccReferralType, Reg15Ground } from './complaint.events';

export type ReceiveComplaint = Command<'ReceiveComplaint', ComplaintParticulars>;
export type RecordComplaint = Command<
  'RecordComplaint',
  { criminalAllegation?: boolean | null; reassessmentReason?: string | null }
>;
export type DecideNotToRecord = Command<'DecideNotToRecord', { grounds: string; notifiedOn: IsoDate }>;
export type ReferToIPCC = Command<
  'ReferToIPCC',
  {
    type: IpccReferralType;
    becameClearOn?: IsoDate | null;
    complainantNotified: boolean;
    officeHolderNotified: boolean;
  }
>;
export type RecordReferralBack = Command<'RecordReferralBack', { ipccReference?: string | null }>;
export type DisapplyRequirements = Command<
  'DisapplyRequirements',
  { reg15Ground: Reg15Ground; reasons: string; action: 'handle_as_panel_sees_fit' | 'no_action' }
>;
export type StartInformalResolution = Command<
  'StartInformalResolution',
  { conductedBy: InformalResolver; conductedByName: string; isRelevantOfficeHolder: boolean }
>;
export interface InformalResolutionOutcome {
  copiedToBothOn?: IsoDate | null;
  publish: boolean;
  publicInterestReason?: string | null;
}
export type RecordInformalResolutionOutcome = Command<'RecordInformalResolutionOutcome', InformalResolutionOutcome>;
export type WithdrawComplaint = Command<'WithdrawComplaint', Record<string, never>>;
export type UpdateComplainant = Command<
  'UpdateComplainant',
  { informedOf: string; commitments?: { [fieldPath: string]: string } | null }
>;
export type ErasePersonalData = Command<
  'ErasePersonalData',
  { subjectId: string; commitments: string[]; authority: string; reason: string }
>;
/**
 * The erasure act as the services that run its vault step build it: before that step the
 * commitments it records are not known, so they may be left out until the step returns them.
 */
export function erasureAct<D extends Omit<ErasePersonalData['data'], 'commitments'>>(data: D) {
  return { type: 'ErasePersonalData' as const, data };
}

export type ComplaintCommand =
  | ReceiveComplaint
  | RecordComplaint
  | DecideNotToRecord
  | ReferToIPCC
  | RecordReferralBack
  | DisapplyRequirements
  | StartInformalResolution
  | RecordInformalResolutionOutcome
  | WithdrawComplaint
  | UpdateComplainant
  | ErasePersonalData;
