import type { Command } from '../core/decider';

export type ProduceAnnualReport = Command<'ProduceAnnualReport', { forceArea: string; financialYear: string }>;
export type SendAnnualReportToPanel = Command<'SendAnnualReportToPanel', Record<string, never>>;
export type HoldAnnualReportMeeting = Command<
  'HoldAnnualReportMeeting',
  { meetingRef?: string | null; inPublic: boolean; pccAttended: boolean }
>;
export type MakeAnnualReportPanelReport = Command<'MakeAnnualReportPanelReport', { recommendations: string[] }>;
export type PublishAnnualReportResponse = Command<'PublishAnnualReportResponse', { url?: string | null }>;
export type PublishAnnualReport = Command<'PublishAnnualReport', { url?: string | null }>;

export type AnnualReportCommand =
  | ProduceAnnualReport
  | SendAnnualReportToPanel
  | HoldAnnualReportMeeting
  | MakeAnnualReportPanelReport
  | PublishAnnualReportResponse
  | PublishAnnualReport;
