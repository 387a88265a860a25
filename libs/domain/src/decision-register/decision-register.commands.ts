import type { Command } from '../core/decider';
import type { Access, Purpose } from '../core/provenance';
import type { PublicationUrl } from '../publication';

export type OpenDecisionRegister = Command<'OpenDecisionRegister', { forceArea: string; office: string }>;
export type RecordDecision = Command<
  'RecordDecision',
  {
    decisionRef: string;
    title: string;
    decisionMaker: string;
    significantPublicInterest: boolean;
    madeAtMeeting: boolean;
    recordDocumentRef?: string | null;
  }
>;
export type PublishSpecifiedInformation = Command<
  'PublishSpecifiedInformation',
  PublicationUrl & { orderPara: string; description: string; decisionRef?: string | null; documentRef?: string | null }
>;
export type ClassifyDocument = Command<
  'ClassifyDocument',
  {
    documentRef: string;
    title: string;
    access: Access;
    exemptParas?: number[];
    publicInterestReason?: string | null;
    purpose: Purpose | null;
  }
>;
export type ReclassifyDocument = Command<
  'ReclassifyDocument',
  { documentRef: string; access: Access; exemptParas?: number[]; publicInterestReason?: string | null; reason: string }
>;

export type DecisionRegisterCommand =
  OpenDecisionRegister | RecordDecision | PublishSpecifiedInformation | ClassifyDocument | ReclassifyDocument;
