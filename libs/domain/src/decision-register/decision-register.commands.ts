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
/** A document's access as the PCC decides it, on first classifying it or on changing it. */
export interface DocumentAccess {
  documentRef: string;
  access: Access;
  exemptParas?: number[];
  publicInterestReason?: string | null;
}
export type ClassifyDocument = Command<'ClassifyDocument', DocumentAccess & { title: string; purpose: Purpose | null }>;
export type ReclassifyDocument = Command<'ReclassifyDocument', DocumentAccess & { reason: string }>;

export type DecisionRegisterCommand =
  OpenDecisionRegister | RecordDecision | PublishSpecifiedInformation | ClassifyDocument | ReclassifyDocument;
