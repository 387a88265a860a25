import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { Publication } from '../publication';

export type CopyRecipientKind = 'chief_constable' | 'responsible_authority';

export type DraftPlanPrepared = DomainEvent<
  'DraftPlanPrepared',
  {
    forceArea: string;
    title: string;
    electionPollDate: IsoDate | null;
    firstPlanDueBy: IsoDate | null;
    draftedOn: IsoDate;
  }
>;
/** stage "changes": the chief constable re-consulted on changes after the panel's report (s.5(6)). */
export type ChiefConstableConsulted = DomainEvent<
  'ChiefConstableConsulted',
  { stage: 'draft' | 'changes'; consultedOn: IsoDate }
>;
export type DraftPlanSentToPanel = DomainEvent<'DraftPlanSentToPanel', { sentOn: IsoDate }>;
export type PlanReportMade = DomainEvent<'PlanReportMade', { recommendations: string[]; madeOn: IsoDate }>;
export type PlanResponsePublished = DomainEvent<'PlanResponsePublished', Publication>;
export type PoliceAndCrimePlanIssued = DomainEvent<
  'PoliceAndCrimePlanIssued',
  { periodFrom: IsoDate; periodTo: IsoDate; changedFromDraft: boolean; issuedOn: IsoDate }
>;
export type PoliceAndCrimePlanPublished = DomainEvent<'PoliceAndCrimePlanPublished', Publication>;
export type PlanCopySent = DomainEvent<
  'PlanCopySent',
  { recipient: string; recipientKind: CopyRecipientKind; sentOn: IsoDate }
>;
export type PlanVariationDrafted = DomainEvent<
  'PlanVariationDrafted',
  { variationNo: number; description: string; draftedOn: IsoDate }
>;
export type PlanVariationIssued = DomainEvent<
  'PlanVariationIssued',
  { variationNo: number; changedFromDraft: boolean; issuedOn: IsoDate }
>;

export type PoliceAndCrimePlanEvent =
  | DraftPlanPrepared
  | ChiefConstableConsulted
  | DraftPlanSentToPanel
  | PlanReportMade
  | PlanResponsePublished
  | PoliceAndCrimePlanIssued
  | PoliceAndCrimePlanPublished
  | PlanCopySent
  | PlanVariationDrafted
  | PlanVariationIssued;

export const PLAN_EVENT_TYPES = {
  DraftPlanPrepared: 1,
  ChiefConstableConsulted: 1,
  DraftPlanSentToPanel: 1,
  PlanReportMade: 1,
  PlanResponsePublished: 1,
  PoliceAndCrimePlanIssued: 1,
  PoliceAndCrimePlanPublished: 1,
  PlanCopySent: 1,
  PlanVariationDrafted: 1,
  PlanVariationIssued: 1,
} as const;
