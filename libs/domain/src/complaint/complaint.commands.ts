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
export type RecordInformalResolutionOutcome = Command<
  'RecordInformalResolutionOutcome',
  { copiedToBothOn?: IsoDate | null; publish: boolean; publicInterestReason?: string | null }
>;
export type WithdrawComplaint = Command<'WithdrawComplaint', Record<string, never>>;
export type UpdateComplainant = Command<
  'UpdateComplainant',
  { informedOf: string; commitments?: { [fieldPath: string]: string } | null }
>;
export type ErasePersonalData = Command<
  'ErasePersonalData',
  { subjectId: string; commitments: string[]; authority: string; reason: string }
>;

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
