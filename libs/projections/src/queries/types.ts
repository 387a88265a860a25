import type { Deadline, DeadlineStatus, IsoDate, RuleFinding } from '@ledger/domain';
import type { Visibility } from '../classification';
import type { CorrectionSummary, Party } from '../projections/case-record';
import type { DeadlineRef } from '../projections/cases.tables';
import type { TimeView } from '../time-view';

/** What the read side answers: pages of cases, acts, deadlines and decisions, each in a view of time. */

export interface ViewOptions extends TimeView {
  /** 'open' (anonymous callers: only open records) or 'all'. Default 'open'. */
  visibility?: Visibility;
}
export interface PageOptions {
  cursor?: string | null;
  /** Default 50, at most 500. */
  limit?: number;
}
export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface ViewInfo {
  asAt: IsoDate | null;
  recordedOn: IsoDate | null;
  /** The day deadline statuses are computed for: asAt, else recordedOn, else today. */
  statusDate: IsoDate;
}

export interface CaseSummary {
  stream: string;
  aggregateType: string;
  caseId: string;
  forceArea: string | null;
  status: string;
  /** Most restrictive classification of the case's events (all of them, not only those in view). */
  classification: string;
  openedOn: IsoDate | null;
  lastActOn: IsoDate | null;
  keyDates: Record<string, IsoDate>;
  parties: Party[];
  deadlines: Deadline[];
  /** Events in view. */
  eventCount: number;
  /** True when the view was computed by replaying events (rather than read from the current state). */
  replayed: boolean;
}

export interface TimelineCorrection {
  eventId: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  reason: string;
  recordedAt: string;
  effectiveOn: IsoDate;
  actor: Party;
}

export interface TimelineEntry {
  eventId: string;
  revision: number;
  position: string;
  type: string;
  command: string | null;
  actor: { id: string; name: string; role: string; body: string };
  legalBasis: string | null;
  effectiveAt: string;
  recordedAt: string;
  classification: string;
  findings: RuleFinding[];
  /** Data as the view knows it: corrections in view applied. */
  data: Record<string, unknown>;
  /** Corrections in view that changed this event. */
  corrections: TimelineCorrection[];
  /** Set when this entry is itself a RecordCorrected. */
  correctionOf: { eventId: string; field: string; oldValue: unknown; newValue: unknown; reason: string } | null;
  deadlines: TrailDeadline[];
}

export interface CaseView extends CaseSummary {
  state: unknown;
  links: { firstEventId: string | null; lastEventId: string | null };
  corrections: CorrectionSummary[];
  view: ViewInfo;
  timeline: Page<TimelineEntry>;
}

export interface TrailDeadline {
  key: string;
  label: string;
  dueOn: IsoDate;
  status: DeadlineStatus;
  relation: DeadlineRef['relation'];
  citation: string;
}

export interface TrailEntry {
  eventId: string;
  stream: string;
  aggregateType: string;
  caseId: string;
  forceArea: string | null;
  type: string;
  command: string | null;
  actor: { id: string; name: string; role: string; body: string };
  legalBasis: string | null;
  effectiveAt: string;
  effectiveOn: IsoDate;
  recordedAt: string;
  classification: string;
  findings: RuleFinding[];
  /** A deadline finding (kind 'late') was recorded on the act. */
  late: boolean;
  /** Deadlines this act triggered, discharged, changed or withdrew, with status in the view. */
  deadlines: TrailDeadline[];
  /** Summary: the status of the deadline the act discharged; else missed if a late finding was recorded; else the status of a deadline it triggered or changed; null if none. */
  deadlineStatus: DeadlineStatus | null;
  correction: { correctsEventId: string; field: string; oldValue: unknown; newValue: unknown; reason: string } | null;
}

export interface DeadlineEntry extends Deadline {
  stream: string;
  caseId: string;
  aggregateType: string;
  forceArea: string | null;
  classification: string;
}

export interface DecisionEntry {
  decisionEventId: string;
  stream: string;
  caseId: string;
  forceArea: string | null;
  decisionRef: string | null;
  title: string | null;
  significantPublicInterest: boolean | null;
  decidedOn: IsoDate;
  recordedAt: string;
  decisionMaker: { id: string; name: string; role: string; body: string };
  legalBasis: string | null;
  classification: string;
  published: boolean;
  publishedOn: IsoDate | null;
  daysToPublish: number | null;
}

export interface Dashboard {
  forceArea: string;
  view: ViewInfo;
  counts: {
    cases: number;
    byProcess: Record<string, number>;
    outstanding: number;
    /** Past due with nothing on record, where the record is declared complete for the body. */
    overdue: number;
    /** Past due with nothing on record, where the record does not claim to be complete. */
    noRecord: number;
    /** Done after the due date. */
    metLate: number;
    upcoming: number;
    vetoes: number;
    openComplaints: number;
    unpublishedSignificantDecisions: number;
  };
  /** Duties arisen, not done, not yet due. */
  outstanding: DeadlineEntry[];
  /** Duties missed: past their due date, nothing on record, and the body's record declared complete. */
  overdue: DeadlineEntry[];
  /** Duties past their due date with nothing on record, outside any declared coverage. */
  noRecord: DeadlineEntry[];
  /** Outstanding duties due within `upcomingDays` of the status date. */
  upcoming: DeadlineEntry[];
  vetoes: TrailEntry[];
}

/** A case's view; its visibility may depend on the case's force area, which the query knows before it replays. */
export interface CaseViewOptions extends Omit<ViewOptions, 'visibility'> {
  visibility?: Visibility | ((forceArea: string | null) => Visibility);
  timelineCursor?: string | null;
  timelineLimit?: number;
}

export interface CaseFilter extends ViewOptions, PageOptions {
  forceArea?: string;
  /** Cases a body has acted on. */
  body?: string;
  aggregateType?: string;
  status?: string;
  /** Cases opened (first effective date) within this range. */
  from?: IsoDate;
  to?: IsoDate;
}

export interface TrailFilter extends ViewOptions, PageOptions {
  body?: string;
  actorId?: string;
  forceArea?: string;
  aggregateType?: string;
  stream?: string;
  /** Effective date range of the acts. */
  from?: IsoDate;
  to?: IsoDate;
}

export interface DeadlineFilter extends ViewOptions, PageOptions {
  forceArea?: string;
  aggregateType?: string;
  status?: DeadlineStatus;
  owner?: string;
  stream?: string;
  /** Due date range. */
  from?: IsoDate;
  to?: IsoDate;
}

export interface DecisionFilter extends ViewOptions, PageOptions {
  forceArea?: string;
  body?: string;
  /** Default true: only decisions of significant public interest. */
  significantOnly?: boolean;
  published?: boolean;
  /** Decision date range. */
  from?: IsoDate;
  to?: IsoDate;
}

/** The read model has not been built yet (the runner is still building it): HTTP 503. */
export class ReadModelNotReady extends Error {
  constructor(projection: string) {
    super(`The ${projection} read model is still being built`);
    this.name = 'ReadModelNotReady';
  }
}
