import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { Publication } from '../publication';

export type AnnualReportProduced = DomainEvent<
  'AnnualReportProduced',
  { forceArea: string; financialYear: string; producedOn: IsoDate }
>;
export type AnnualReportSentToPanel = DomainEvent<'AnnualReportSentToPanel', { sentOn: IsoDate }>;
export type AnnualReportPublicMeetingHeld = DomainEvent<
  'AnnualReportPublicMeetingHeld',
  { meetingRef: string | null; pccAttended: boolean; heldOn: IsoDate }
>;
export type AnnualReportPanelReportMade = DomainEvent<
  'AnnualReportPanelReportMade',
  { recommendations: string[]; madeOn: IsoDate }
>;
export type AnnualReportResponsePublished = DomainEvent<'AnnualReportResponsePublished', Publication>;
export type AnnualReportPublished = DomainEvent<'AnnualReportPublished', Publication>;

export type AnnualReportEvent =
  | AnnualReportProduced
  | AnnualReportSentToPanel
  | AnnualReportPublicMeetingHeld
  | AnnualReportPanelReportMade
  | AnnualReportResponsePublished
  | AnnualReportPublished;

export const ANNUAL_REPORT_EVENT_TYPES = {
  AnnualReportProduced: 1,
  AnnualReportSentToPanel: 1,
  AnnualReportPublicMeetingHeld: 1,
  AnnualReportPanelReportMade: 1,
  AnnualReportResponsePublished: 1,
  AnnualReportPublished: 1,
} as const;
