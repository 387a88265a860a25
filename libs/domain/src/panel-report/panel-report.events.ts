import type { IsoDate } from '../core/calendar';
import type { DomainEvent } from '../core/decider';
import type { Publication } from '../publication';

/**
 * What the report is on. A report on any decision or action of the PCC is made under
 * s.28(6)(b); reports on proposed appointments are made in their own processes (Sch 8
 * para 4, Sch 1 para 10, SI 2012/2271 reg 10) and enter this register to be published.
 */
export type PanelReportKind =
  'decision_or_action' | 'chief_constable_appointment' | 'senior_appointment' | 'reserve_candidate';
export const APPOINTMENT_REPORT_KINDS = [
  'chief_constable_appointment',
  'senior_appointment',
  'reserve_candidate',
] as const;
export type AppointmentReportKind = (typeof APPOINTMENT_REPORT_KINDS)[number];

export type PanelReportMade = DomainEvent<
  'PanelReportMade',
  {
    forceArea: string;
    subject: string;
    decisionRef: string | null;
    recommendations: string[];
    responseRequiredBy: IsoDate | null;
    madeOn: IsoDate;
  }
>;
/** A report on a proposed appointment, made in its own process, as it enters this register. */
export interface AppointmentReportEntry {
  forceArea: string;
  kind: AppointmentReportKind;
  appointmentCaseId: string;
  candidate: string;
  reportMadeOn: IsoDate;
}
export type AppointmentReportEntered = DomainEvent<
  'AppointmentReportEntered',
  AppointmentReportEntry & { enteredOn: IsoDate }
>;
/** `provision` is the publication duty that applies to this kind of report. */
export type PanelReportPublished = DomainEvent<
  'PanelReportPublished',
  Publication & { manner: string | null; provision: string }
>;
export type PanelReportCopiesSent = DomainEvent<'PanelReportCopiesSent', { councils: string[]; sentOn: IsoDate }>;
export type PanelReportResponseReceived = DomainEvent<
  'PanelReportResponseReceived',
  { summary: string; url: string | null; receivedOn: IsoDate }
>;

export type PanelReportEvent =
  | PanelReportMade
  | AppointmentReportEntered
  | PanelReportPublished
  | PanelReportCopiesSent
  | PanelReportResponseReceived;

export const PANEL_REPORT_EVENT_TYPES = {
  PanelReportMade: 1,
  AppointmentReportEntered: 1,
  PanelReportPublished: 1,
  PanelReportCopiesSent: 1,
  PanelReportResponseReceived: 1,
} as const;
