import type { EventStore } from '@ledger/event-store';
import type { ReadModelDb } from '../storage/db';
import { getCase, listCases } from './cases';
import { QueryContext } from './context';
import { dashboard } from './dashboard';
import { deadlines } from './deadlines';
import { decisions } from './decisions';
import { trail } from './trail';
import type {
  CaseFilter,
  CaseSummary,
  CaseView,
  CaseViewOptions,
  Dashboard,
  DeadlineEntry,
  DeadlineFilter,
  DecisionEntry,
  DecisionFilter,
  Page,
  TrailEntry,
  TrailFilter,
  ViewOptions,
} from './types';

export * from './types';

export interface LedgerQueriesOptions {
  db: ReadModelDb;
  store: EventStore;
  clock?: () => Date;
}

/**
 * Read side of the ledger (plain class; the API wraps it in providers and controllers).
 * Every query takes asAt / recordedOn (see time-view.ts) and a visibility flag; each
 * lives in its own module of this folder.
 */
export class LedgerQueries {
  private readonly ctx: QueryContext;

  constructor(options: LedgerQueriesOptions) {
    this.ctx = new QueryContext(options.db, options.store, options.clock ?? (() => new Date()));
  }

  /** Cases, newest first (by opening date), with state, deadlines and parties in the view. */
  listCases(f: CaseFilter = {}): Promise<Page<CaseSummary>> {
    return listCases(this.ctx, f);
  }

  /** One case: state, deadlines and timeline in the view. Null if unknown, not visible, or not yet in existence in the view. */
  getCase(stream: string, view: CaseViewOptions = {}): Promise<CaseView | null> {
    return getCase(this.ctx, stream, view);
  }

  /** Every act of a body or office holder (or in an area, process or case), oldest first. */
  trail(f: TrailFilter = {}): Promise<Page<TrailEntry>> {
    return trail(this.ctx, f);
  }

  /** Every statutory deadline, by due date, with its status in the view. */
  deadlines(f: DeadlineFilter = {}): Promise<Page<DeadlineEntry>> {
    return deadlines(this.ctx, f);
  }

  /** Decisions (by default only those of significant public interest), newest first, with their publication. */
  decisions(f: DecisionFilter = {}): Promise<Page<DecisionEntry>> {
    return decisions(this.ctx, f);
  }

  /** What a Police and Crime Panel needs on one page for its force area, in the view. */
  dashboard(forceArea: string, o: ViewOptions & { upcomingDays?: number } = {}): Promise<Dashboard> {
    return dashboard(this.ctx, forceArea, o);
  }
}
