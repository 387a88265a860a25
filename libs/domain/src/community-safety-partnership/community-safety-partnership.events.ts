import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { Access, Purpose } from '../core/provenance';

export type Country = 'england' | 'wales';

/**
 * Ledger bookkeeping, not a statutory act: the partnership as the ledger knows it
 * (CDA 1998 s.5-6). Its date is when the record starts, usually the first paper seen.
 */
/** The partnership as the register command gives it and the registration event stores it. */
export interface PartnershipDetails {
  forceArea: string;
  name: string;
  /** Local government areas covered (one, or several for a combined area). */
  areas: string[];
  country: Country;
  policeAreas: string[];
  responsibleAuthorities: string[];
  /** A county strategy group (2007 Regs reg 9A applies to it). */
  countyStrategyGroup: boolean;
}
export type PartnershipRegistered = DomainEvent<
  'PartnershipRegistered',
  PartnershipDetails & { registeredOn: IsoDate }
>;
export type CspMeetingHeld = DomainEvent<
  'CspMeetingHeld',
  { meetingDate: IsoDate; title: string; note: string | null }
>;
/** DOMAIN.md §4.17: access (open | exempt + paras) and purpose are separate fields. */
export type PaperTabled = DomainEvent<
  'PaperTabled',
  {
    documentRef: string;
    title: string;
    author: string;
    access: Access;
    exemptParas: number[];
    publicInterestReason: string | null;
    purpose: Purpose | null;
    /** The classification line exactly as printed on the paper, e.g. "Classification: For Information". */
    classificationAsPrinted: string | null;
    recommendations: string[];
    meetingDate: IsoDate | null;
    tabledOn: IsoDate;
  }
>;
export type PartnershipPlanSentToPCC = DomainEvent<
  'PartnershipPlanSentToPCC',
  { pcc: string; planTitle: string; period: string | null; sentOn: IsoDate }
>;
export type CommunitySafetyAgreementSentToPCC = DomainEvent<
  'CommunitySafetyAgreementSentToPCC',
  { pcc: string; agreementTitle: string; period: string | null; sentOn: IsoDate }
>;
export type StrategyGroupPublicMeetingHeld = DomainEvent<
  'StrategyGroupPublicMeetingHeld',
  { meetingDate: IsoDate; venue: string | null; seniorOfficersAttending: string[]; financialYear: string }
>;

export type CommunitySafetyPartnershipEvent =
  | PartnershipRegistered
  | CspMeetingHeld
  | PaperTabled
  | PartnershipPlanSentToPCC
  | CommunitySafetyAgreementSentToPCC
  | StrategyGroupPublicMeetingHeld;

export const COMMUNITY_SAFETY_PARTNERSHIP_EVENT_TYPES = {
  PartnershipRegistered: 1,
  CspMeetingHeld: 1,
  PaperTabled: 1,
  PartnershipPlanSentToPCC: 1,
  CommunitySafetyAgreementSentToPCC: 1,
  StrategyGroupPublicMeetingHeld: 1,
} as const;
