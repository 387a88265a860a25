import type { Command } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { Access, Purpose } from '../core/provenance';
import type { PartnershipDetails } from './community-safety-partnership.events';

export type RegisterPartnership = Command<'RegisterPartnership', PartnershipDetails>;
export type RecordCspMeeting = Command<'RecordCspMeeting', { title: string; note?: string | null }>;
export type TablePaper = Command<
  'TablePaper',
  {
    documentRef: string;
    title: string;
    author: string;
    access: Access;
    exemptParas?: number[];
    publicInterestReason?: string | null;
    purpose: Purpose | null;
    classificationAsPrinted?: string | null;
    recommendations?: string[];
    meetingDate?: IsoDate | null;
  }
>;
export type SendPartnershipPlanToPCC = Command<
  'SendPartnershipPlanToPCC',
  { pcc: string; planTitle: string; period?: string | null }
>;
export type SendCommunitySafetyAgreementToPCC = Command<
  'SendCommunitySafetyAgreementToPCC',
  { pcc: string; agreementTitle: string; period?: string | null }
>;
export type RecordStrategyGroupPublicMeeting = Command<
  'RecordStrategyGroupPublicMeeting',
  { venue?: string | null; seniorOfficersAttending: string[] }
>;

export type CommunitySafetyPartnershipCommand =
  | RegisterPartnership
  | RecordCspMeeting
  | TablePaper
  | SendPartnershipPlanToPCC
  | SendCommunitySafetyAgreementToPCC
  | RecordStrategyGroupPublicMeeting;
