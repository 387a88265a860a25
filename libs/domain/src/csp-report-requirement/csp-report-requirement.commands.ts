import type { Command } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { CspArea, ReportMatter } from './csp-report-requirement.events';

export type RequestReport = Command<
  'RequestReport',
  { forceArea: string; areas: CspArea[]; matters: ReportMatter[]; notSatisfiedReason: string; proportionalityReason: string; form?: string | null; dueOn?: IsoDate | null }
>;
export type SubmitReport = Command<'SubmitReport', { submittedBy: string; sentTo: string[] }>;
export type PublishReport = Command<'PublishReport', { url?: string | null }>;

export type CspReportRequirementCommand = RequestReport | SubmitReport | PublishReport;
