import type { Command } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { CspArea, ReportMatter } from './csp-report-requirement.events';
import type { PublicationUrl } from '../publication';

export type RequestReport = Command<
  'RequestReport',
  {
    forceArea: string;
    areas: CspArea[];
    matters: ReportMatter[];
    notSatisfiedReason: string;
    proportionalityReason: string;
    form?: string | null;
    dueOn?: IsoDate | null;
  }
>;
/** A PCC for another police area the areas lie in joins the requirement (s.7(5)(b)). */
export type JoinReportRequirement = Command<'JoinReportRequirement', { policeArea: string }>;
export type SubmitReport = Command<'SubmitReport', { submittedBy: string; sentTo: string[] }>;
export type PublishReport = Command<'PublishReport', PublicationUrl>;

export type CspReportRequirementCommand = RequestReport | JoinReportRequirement | SubmitReport | PublishReport;
