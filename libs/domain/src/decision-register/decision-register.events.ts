import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { Access, Purpose } from '../core/provenance';
import type { Publication } from '../publication';

/** Ledger bookkeeping: the PCC's register of decisions and published information. */
export type DecisionRegisterOpened = DomainEvent<
  'DecisionRegisterOpened',
  { forceArea: string; office: string; openedOn: IsoDate }
>;
export type DecisionRecorded = DomainEvent<
  'DecisionRecorded',
  {
    decisionRef: string;
    title: string;
    decisionMaker: string;
    significantPublicInterest: boolean;
    madeAtMeeting: boolean;
    /** The written record of the decision (SI 2011/3050 Sch para 5). */
    recordDocumentRef: string | null;
    decidedOn: IsoDate;
  }
>;
export type SpecifiedInformationPublished = DomainEvent<
  'SpecifiedInformationPublished',
  Publication & { orderPara: string; description: string; decisionRef: string | null; documentRef: string | null }
>;
/** A document's access as recorded: exempt paragraphs sorted, a missing reason as null. */
export interface RecordedAccess {
  access: Access;
  exemptParas: number[];
  publicInterestReason: string | null;
}
/** DOMAIN.md §4.17: access (open | exempt, Sch 12A paras, public-interest reason) is separate from purpose. */
export type DocumentClassified = DomainEvent<
  'DocumentClassified',
  { documentRef: string; title: string } & RecordedAccess & { purpose: Purpose | null; classifiedOn: IsoDate }
>;
/** Access changes; purpose never does (it is what the paper is for, not who may see it). */
export type DocumentReclassified = DomainEvent<
  'DocumentReclassified',
  { documentRef: string } & RecordedAccess & {
      previousAccess: Access;
      previousExemptParas: number[];
      reason: string;
      reclassifiedOn: IsoDate;
    }
>;

export type DecisionRegisterEvent =
  DecisionRegisterOpened | DecisionRecorded | SpecifiedInformationPublished | DocumentClassified | DocumentReclassified;

export const DECISION_REGISTER_EVENT_TYPES = {
  DecisionRegisterOpened: 1,
  DecisionRecorded: 1,
  SpecifiedInformationPublished: 1,
  DocumentClassified: 1,
  DocumentReclassified: 1,
} as const;
