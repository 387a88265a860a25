import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';

/**
 * The complainant, without personal data in clear (INTEGRITY.md "Personal data").
 * `commitments` maps a field path (e.g. "complainant.name", "complainant.email") to
 * the hex HMAC-SHA256 commitment the application layer computed; the (salt, value)
 * pairs are sealed outside the log under the subject's own key.
 */
export interface ComplainantRef {
  subjectId: string;
  commitments: { [fieldPath: string]: string };
}

export type ComplaintAgainst = 'PCC' | 'DPCC';
export type IpccReferralType = 'serious_complaint' | 'conduct_matter' | 'call_in';

/** SI 2012/62 reg 15(3)(a)-(f) (DOMAIN.md §4.12). */
export const REG15_GROUNDS = {
  a_staff_conduct_only: 'reg 15(3)(a): conduct towards a member of staff only',
  b_out_of_time: 'reg 15(3)(b): more than 12 months old without good reason, or delay causes injustice',
  c_already_complained: 'reg 15(3)(c): already the subject of a complaint',
  d_anonymous: 'reg 15(3)(d): anonymous and untraceable',
  e_vexatious: 'reg 15(3)(e): vexatious, oppressive or an abuse of procedures',
  f_repetitious: 'reg 15(3)(f): repetitious (reg 15(4))',
} as const;
export type Reg15Ground = keyof typeof REG15_GROUNDS;

/** Who conducts informal resolution for the panel (SI 2012/62 reg 28(3)-(4)). */
export type InformalResolver = 'panel' | 'sub_committee' | 'member' | 'other_person';

/** Complaint records hold personal data: exempt under LGA 1972 Sch 12A paras 1-2. */
export const COMPLAINT_EXEMPT_PARAS = [1, 2] as const;
export const COMPLAINT_CLASSIFICATION = 'exempt:1,2';

/** The complaint as the panel receives it: what the receive command gives and the received event keeps. */
export interface ComplaintParticulars {
  forceArea: string;
  panel: string;
  against: ComplaintAgainst;
  complainant: ComplainantRef;
  /** Does the complaint, on its face, allege a criminal offence? Decides the route. */
  criminalAllegation: boolean;
  /** A short description free of personal data (the letter itself is sealed elsewhere). */
  subjectMatter: string;
}
export type ComplaintReceived = DomainEvent<
  'ComplaintReceived',
  ComplaintParticulars & { exemptParas: number[]; receivedOn: IsoDate }
>;
export type ComplaintRecorded = DomainEvent<'ComplaintRecorded', { recordedOn: IsoDate; criminalAllegation: boolean }>;
export type ComplaintNotRecorded = DomainEvent<
  'ComplaintNotRecorded',
  { grounds: string; notifiedOn: IsoDate; decidedOn: IsoDate }
>;
export type ComplaintReferredToIPCC = DomainEvent<
  'ComplaintReferredToIPCC',
  {
    type: IpccReferralType;
    becameClearOn: IsoDate;
    referralDueOn: IsoDate;
    referredOn: IsoDate;
    complainantNotified: boolean;
    officeHolderNotified: boolean;
  }
>;
export type ComplaintReferredBack = DomainEvent<
  'ComplaintReferredBack',
  { referredBackOn: IsoDate; ipccReference: string | null }
>;
export type ComplaintDisapplied = DomainEvent<
  'ComplaintDisapplied',
  { reg15Ground: Reg15Ground; reasons: string; action: 'handle_as_panel_sees_fit' | 'no_action'; decidedOn: IsoDate }
>;
export type InformalResolutionStarted = DomainEvent<
  'InformalResolutionStarted',
  { conductedBy: InformalResolver; conductedByName: string; startedOn: IsoDate }
>;
export type InformalResolutionOutcomeRecorded = DomainEvent<
  'InformalResolutionOutcomeRecorded',
  { recordedOn: IsoDate; copiedToBothOn: IsoDate | null; published: boolean; publicInterestReason: string | null }
>;
export type ComplaintWithdrawn = DomainEvent<'ComplaintWithdrawn', { withdrawnOn: IsoDate }>;
/** The complainant was kept informed (regs 32-33); new contact details arrive as new commitments. */
export type ComplainantUpdated = DomainEvent<
  'ComplainantUpdated',
  { informedOf: string; commitments: { [fieldPath: string]: string } | null; updatedOn: IsoDate }
>;
/** Crypto-shredding recorded (INTEGRITY.md): the subject's key is gone; commitments stay. */
export type PersonalDataErased = DomainEvent<
  'PersonalDataErased',
  { subjectId: string; commitments: string[]; authority: string; reason: string; erasedOn: IsoDate }
>;

export type ComplaintEvent =
  | ComplaintReceived
  | ComplaintRecorded
  | ComplaintNotRecorded
  | ComplaintReferredToIPCC
  | ComplaintReferredBack
  | ComplaintDisapplied
  | InformalResolutionStarted
  | InformalResolutionOutcomeRecorded
  | ComplaintWithdrawn
  | ComplainantUpdated
  | PersonalDataErased;

export const COMPLAINT_EVENT_TYPES = {
  ComplaintReceived: 1,
  ComplaintRecorded: 1,
  ComplaintNotRecorded: 1,
  ComplaintReferredToIPCC: 1,
  ComplaintReferredBack: 1,
  ComplaintDisapplied: 1,
  InformalResolutionStarted: 1,
  InformalResolutionOutcomeRecorded: 1,
  ComplaintWithdrawn: 1,
  ComplainantUpdated: 1,
  PersonalDataErased: 1,
} as const;
