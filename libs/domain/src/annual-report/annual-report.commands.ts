import type { Command } from '../core/decider';
import type { PublicationUrl } from '../publication';

export type ProduceAnnualReport = Command<'ProduceAnnualReport', { forceArea: string; financialYear: string }>;
export type SendAnnualReportToPanel = Command<'SendAnnualReportToPanel', Record<string, never>>;
export type HoldAnnualReportMeeting = Command<
  'HoldAnnualReportMeeting',
  { meetingRef?: string | null; inPublic: boolean; pccAttended: boolean }
>;
export type MakeAnnualReportPanelReport = Command<'MakeAnnualReportPanelReport', { recommendations: string[] }>;
export type PublishAnnualReportResponse = Command<'PublishAnnualReportResponse', PublicationUrl>;
export type PublishAnnualReport = Command<'PublishAnnualReport', PublicationUrl>;

export type AnnualReportCommand =
  | ProduceAnnualReport
  | SendAnnualReportToPanel
  | HoldAnnualReportMeeting
  | MakeAnnualReportPanelReport
  | PublishAnnualReportResponse
  | PublishAnnualReport;
