import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { Publication } from '../publication';

export interface CspArea {
  /** Local government area or combined area, e.g. "Medway". */
  name: string;
  /** Police areas the area lies in (a combined area may span several). */
  policeAreas: string[];
}

export interface ReportMatter {
  description: string;
  /** True if the matter concerns a devolved Welsh function (excluded by s.7(1), with s.5(8)). */
  devolvedWelshFunction: boolean;
}

export type ReportRequested = DomainEvent<
  'ReportRequested',
  {
    forceArea: string;
    areas: CspArea[];
    matters: ReportMatter[];
    notSatisfiedReason: string;
    proportionalityReason: string;
    form: string | null;
    dueOn: IsoDate | null;
    requestedOn: IsoDate;
    /**
     * The other police areas the areas lie in: their PCCs make the requirement jointly with
     * this one (s.7(5)(b)), so it is made only once each has joined. Empty for one police area.
     */
    jointWith: string[];
  }
>;
export type ReportRequirementJoined = DomainEvent<'ReportRequirementJoined', { policeArea: string; joinedOn: IsoDate }>;
export type ReportSubmitted = DomainEvent<
  'ReportSubmitted',
  { submittedOn: IsoDate; submittedBy: string; sentTo: string[] }
>;
export type ReportPublished = DomainEvent<'ReportPublished', Publication>;

export type CspReportRequirementEvent = ReportRequested | ReportRequirementJoined | ReportSubmitted | ReportPublished;

export const CSP_REPORT_EVENT_TYPES = {
  ReportRequested: 2,
  ReportRequirementJoined: 1,
  ReportSubmitted: 1,
  ReportPublished: 1,
} as const;
