import type { IsoDate } from '../core/calendar';
import type { Command } from '../core/decider';
import type { PublicationUrl } from '../publication';
import type { AppointmentReportEntry } from './panel-report.events';

export type MakePanelReport = Command<
  'MakePanelReport',
  {
    forceArea: string;
    subject: string;
    decisionRef?: string | null;
    recommendations: string[];
    responseRequiredBy?: IsoDate | null;
  }
>;
export type EnterAppointmentReport = Command<'EnterAppointmentReport', AppointmentReportEntry>;
export type PublishPanelReport = Command<'PublishPanelReport', PublicationUrl & { manner?: string | null }>;
export type SendPanelReportToCouncils = Command<'SendPanelReportToCouncils', { councils: string[] }>;
export type RecordPanelReportResponse = Command<'RecordPanelReportResponse', { summary: string; url?: string | null }>;

export type PanelReportCommand =
  MakePanelReport | EnterAppointmentReport | PublishPanelReport | SendPanelReportToCouncils | RecordPanelReportResponse;
