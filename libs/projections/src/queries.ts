import { addDays, applyCorrections, isCorrection, recordCompleteFor, toDate, withStatus } from '@ledger/domain';
import type { CoverageWindow } from '@ledger/domain';
import type { Deadline, DeadlineSpec, DeadlineStatus, IsoDate, RuleFinding, StoredDomainEvent } from '@ledger/domain';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { deciderForStream, toStoredDomainEvent } from '@ledger/domain';
import { isVisible, Visibility } from './classification';
import { decodeCursor, encodeCursor } from './cursor';
import type { CaseRow, CorrectionSummary, Party } from './projections/case-record';
import { keyDatesOf, statusOf } from './projections/case-record';
import { coverageSql, coverageWindowsOf } from './coverage';
import { dayOf, SNAPSHOT_EVERY } from './projections/cases.projection';
import type { DeadlineRef, SnapshotMeta } from './projections/cases.projection';
import { decisionFields } from './projections/decisions.projection';
import type { ReadModelDb, SqlValue } from './storage/db';
import { generationTable, META_TABLES } from './storage/db';
import { foldFrom, inView, isTimeView, TimeView, validateView } from './time-view';

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

/** Statuses that close a complaint (DOMAIN.md §4.12); anything else counts as open. */
const CLOSED_COMPLAINT = new Set(['none', 'not_recorded', 'disapplied', 'resolved', 'withdrawn', 'closed', 'concluded']);
const FAR = '9999-12-31';

interface Tables {
  cases: string;
  deadlines: string;
  events: string;
  snapshots: string;
  segments: string;
  decisions: string | null;
  pubs: string | null;
}

interface EventRow {
  seq: number;
  position: string;
  event_id: string;
  stream: string;
  revision: number;
  type: string;
  aggregate_type: string;
  case_id: string;
  force_area: string | null;
  effective_at: string;
  effective_on: string;
  recorded_at: string;
  recorded_on: string;
  actor_id: string;
  actor_name: string;
  role: string;
  body: string;
  legal_basis: string | null;
  classification: string;
  command: string | null;
  findings: string | null;
  late: number;
  deadline_refs: string | null;
  corrects_event_id: string | null;
  correction: string | null;
}

interface TailEvent {
  revision: number;
  stored: StoredDomainEvent;
  actor: { id: string; name: string; role: string; body: string };
  correction: boolean;
}

interface CaseState {
  state: unknown;
  status: string;
  keyDates: Record<string, string>;
  parties: Party[];
  specs: DeadlineSpec[];
  openedOn: string | null;
  lastActOn: string | null;
  eventCount: number;
  corrections: CorrectionSummary[];
  replayed: boolean;
}

export interface LedgerQueriesOptions {
  db: ReadModelDb;
  store: EventStore;
  clock?: () => Date;
}

/**
 * Read side of the ledger (plain class; the API wraps it in providers and controllers).
 * Every query takes asAt / recordedOn (see time-view.ts) and a visibility flag.
 * Views at a past date are computed exactly by replaying the events that matter: the
 * nearest snapshot of the case's state before the cut-off plus the rest of its stream
 * from the store, or the current state when no event of the case falls after the cut-off.
 */
export class LedgerQueries {
  private readonly db: ReadModelDb;
  private readonly store: EventStore;
  private readonly clock: () => Date;

  constructor(options: LedgerQueriesOptions) {
    this.db = options.db;
    this.store = options.store;
    this.clock = options.clock ?? (() => new Date());
  }

  private today(): IsoDate {
    return this.clock().toISOString().slice(0, 10);
  }

  private viewInfo(v: TimeView): ViewInfo {
    validateView(v);
    return { asAt: v.asAt ?? null, recordedOn: v.recordedOn ?? null, statusDate: v.asAt ?? v.recordedOn ?? this.today() };
  }

  private async tables(): Promise<Tables> {
    const rows = await this.db.all<{ name: string; live_generation: number | null }>(`SELECT name, live_generation FROM ${this.db.table(META_TABLES.projections)}`).catch(() => []);
    const gen = new Map(rows.map((r) => [r.name, r.live_generation === null ? null : Number(r.live_generation)]));
    const c = gen.get('cases');
    if (c === undefined || c === null) throw new ReadModelNotReady('cases');
    const d = gen.get('decisions');
    const t = (n: string, g: number) => this.db.table(generationTable(n, g));
    return {
      cases: t('cases', c),
      deadlines: t('deadlines', c),
      events: t('events', c),
      snapshots: t('snapshots', c),
      segments: t('segments', c),
      decisions: d ? t('decisions', d) : null,
      pubs: d ? t('decision_publications', d) : null,
    };
  }

  private limitOf(p: PageOptions): number {
    const l = p.limit ?? 50;
    if (!Number.isInteger(l) || l < 1 || l > 500) throw new RangeError('limit must be an integer from 1 to 500');
    return l;
  }

  // ---------------------------------------------------------------- case state in a view

  private current(row: CaseRow): CaseState {
    return {
      state: JSON.parse(row.state),
      status: row.status,
      keyDates: JSON.parse(row.key_dates),
      parties: JSON.parse(row.parties),
      specs: JSON.parse(row.deadlines),
      openedOn: row.opened_on,
      lastActOn: row.last_act_on,
      eventCount: Number(row.event_count),
      corrections: JSON.parse(row.corrections),
      replayed: false,
    };
  }

  /** The case as the view shows it, or null when none of its events is in the view. */
  private async caseState(t: Tables, row: CaseRow, v: TimeView): Promise<CaseState | null> {
    if (!isTimeView(v)) return this.current(row);
    if (v.asAt && (row.opened_on === null || row.opened_on > v.asAt)) return null;
    if (v.recordedOn && (row.first_recorded_on === null || row.first_recorded_on > v.recordedOn)) return null;
    const exact = (!v.asAt || (row.max_effective_on ?? '') <= v.asAt) && (!v.recordedOn || (row.max_recorded_on ?? '') <= v.recordedOn);
    if (exact) return this.current(row);
    return this.replay(t, row, v);
  }

  private async replay(t: Tables, row: CaseRow, v: TimeView): Promise<CaseState | null> {
    const entry = Number(row.has_decider) === 1 ? deciderForStream(row.stream) : undefined;
    const corrections = (JSON.parse(row.corrections) as CorrectionSummary[]).filter((c) => !v.recordedOn || c.recordedOn <= v.recordedOn);
    // The latest snapshot whose whole prefix is in the view, and not before a correction's target
    // when that correction (in view) comes after it: foldStream applies corrections first.
    let bound = Number.MAX_SAFE_INTEGER;
    let snap: { revision: number; state: string; meta: string } | undefined;
    for (;;) {
      snap = (
        await this.db.all<{ revision: number; state: string; meta: string }>(
          `SELECT revision, state, meta FROM ${t.snapshots} WHERE stream = ? AND COALESCE(max_effective_on, '') <= ? AND max_recorded_on <= ? AND revision < ? ORDER BY revision DESC LIMIT 1`,
          [row.stream, v.asAt ?? FAR, v.recordedOn ?? FAR, bound],
        )
      )[0];
      const r = snap ? Number(snap.revision) : -1;
      const bad = corrections.filter((c) => c.revision > r && c.correctsRevision !== null && c.correctsRevision <= r);
      if (bad.length === 0) break;
      bound = Math.min(...bad.map((c) => c.correctsRevision as number));
    }
    const from = snap ? Number(snap.revision) + 1 : 0;
    // Only segments that can hold an act in the view are read (acts: both clocks); the
    // corrections in view come from the case row, wherever they sit in the stream.
    const segs = await this.db.all<{ seg: number }>(
      `SELECT seg FROM ${t.segments} WHERE stream = ? AND seg >= ? AND min_effective_on IS NOT NULL AND min_effective_on <= ? AND min_recorded_on <= ? ORDER BY seg`,
      [row.stream, Math.floor(from / SNAPSHOT_EVERY), v.asAt ?? FAR, v.recordedOn ?? FAR],
    );
    const tail: TailEvent[] = [];
    for (const { seg } of segs) {
      const start = Math.max(from, Number(seg) * SNAPSHOT_EVERY);
      const end = (Number(seg) + 1) * SNAPSHOT_EVERY;
      for await (const e of this.store.readStream(row.stream, { from: BigInt(start), limit: end - start })) {
        if (isCorrection({ type: e.type, data: {} })) continue;
        if (!inView({ type: e.type, effectiveOn: dayOf(e.metadata.effectiveAt), recordedOn: dayOf(e.metadata.recordedAt) }, v)) continue;
        tail.push({ revision: Number(e.revision), stored: toStoredDomainEvent(e), actor: e.metadata.actor, correction: false });
      }
    }
    for (const c of corrections) {
      if (c.revision < from) continue;
      const data = { correctsEventId: c.correctsEventId, field: c.field, oldValue: c.oldValue, newValue: c.newValue, reason: c.reason };
      tail.push({ revision: c.revision, stored: { event: { type: 'RecordCorrected', data }, eventId: c.eventId, effectiveOn: c.effectiveOn, recordedAt: c.recordedAt }, actor: { id: c.actor.actorId, name: c.actor.name, role: c.actor.role, body: c.actor.body }, correction: true });
    }
    tail.sort((a, b) => a.revision - b.revision);
    const meta: SnapshotMeta = snap ? JSON.parse(snap.meta) : { parties: [], openedOn: null, lastActOn: null, eventCount: 0 };
    const parties = [...meta.parties];
    let { openedOn, lastActOn } = meta;
    for (const e of tail) {
      const a = e.actor;
      if (!parties.some((p) => p.actorId === a.id && p.role === a.role && p.body === a.body)) parties.push({ actorId: a.id, name: a.name, role: a.role, body: a.body });
      if (!e.correction) {
        const d = e.stored.effectiveOn;
        if (openedOn === null || d < openedOn) openedOn = d;
        if (lastActOn === null || d > lastActOn) lastActOn = d;
      }
    }
    if (openedOn === null) return null;
    let state: unknown = null;
    if (entry) {
      const base = snap ? JSON.parse(snap.state) : entry.decider.initialState();
      state = foldFrom(entry.decider, base, tail.map((x) => x.stored));
    }
    return {
      state,
      status: statusOf(state, !!entry),
      keyDates: keyDatesOf(state, openedOn, lastActOn),
      parties,
      specs: entry?.decider.deadlines ? entry.decider.deadlines(state) : [],
      openedOn,
      lastActOn,
      eventCount: meta.eventCount + tail.length,
      corrections,
      replayed: true,
    };
  }

  private summary(row: CaseRow, s: CaseState, statusDate: IsoDate, coverage: CoverageWindow[]): CaseSummary {
    return {
      stream: row.stream,
      aggregateType: row.aggregate_type,
      caseId: row.case_id,
      forceArea: row.force_area,
      status: s.status,
      classification: row.classification,
      openedOn: s.openedOn,
      lastActOn: s.lastActOn,
      keyDates: s.keyDates,
      parties: s.parties,
      deadlines: withStatus(s.specs, statusDate, recordCompleteFor(coverage, row.force_area)),
      eventCount: s.eventCount,
      replayed: s.replayed,
    };
  }

  // ---------------------------------------------------------------- cases

  private caseWhere(f: CaseFilter, t: Tables): { where: string[]; params: SqlValue[] } {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (f.forceArea) {
      where.push('force_area = ?');
      params.push(f.forceArea);
    }
    if (f.aggregateType) {
      where.push('aggregate_type = ?');
      params.push(f.aggregateType);
    }
    if (f.body) {
      // The body is matched literally: its % and _ are not wildcards.
      where.push(`bodies LIKE ? ESCAPE '\\'`);
      params.push(`%|${f.body.replace(/[\\%_]/g, (c) => `\\${c}`)}|%`);
    }
    if (f.from) {
      where.push('opened_on >= ?');
      params.push(f.from);
    }
    if (f.to) {
      where.push('opened_on <= ?');
      params.push(f.to);
    }
    if ((f.visibility ?? 'open') === 'open') where.push(`classification = 'open'`);
    if (f.asAt) {
      where.push('opened_on <= ?');
      params.push(f.asAt);
    }
    if (f.recordedOn) {
      where.push('first_recorded_on <= ?');
      params.push(f.recordedOn);
    }
    void t;
    return { where, params };
  }

  /** Cases, newest first (by opening date), with state, deadlines and parties in the view. */
  async listCases(f: CaseFilter = {}): Promise<Page<CaseSummary>> {
    const info = this.viewInfo(f);
    const t = await this.tables();
    const limit = this.limitOf(f);
    const after = decodeCursor('cases', f.cursor);
    const { where, params } = this.caseWhere(f, t);
    const timeView = isTimeView(f);
    if (!timeView && f.status) {
      where.push('status = ?');
      params.push(f.status);
    }
    const coverage = await this.coverage(t, f);
    const items: CaseSummary[] = [];
    let key: [string, string] | null = after;
    const chunk = timeView && f.status ? limit * 4 : limit + 1;
    for (;;) {
      const w = [...where];
      const p = [...params];
      if (key) {
        w.push(`(COALESCE(opened_on, '') < ? OR (COALESCE(opened_on, '') = ? AND stream < ?))`);
        p.push(key[0], key[0], key[1]);
      }
      const rows = await this.db.all<CaseRow>(
        `SELECT * FROM ${t.cases} ${w.length ? `WHERE ${w.join(' AND ')}` : ''} ORDER BY COALESCE(opened_on, '') DESC, stream DESC LIMIT ?`,
        [...p, chunk],
      );
      for (const row of rows) {
        const s = await this.caseState(t, row, f);
        key = [row.opened_on ?? '', row.stream];
        if (!s || (f.status && s.status !== f.status)) continue;
        if (items.length === limit) return { items, nextCursor: encodeCursor('cases', [items[limit - 1].openedOn ?? '', items[limit - 1].stream]) };
        items.push(this.summary(row, s, info.statusDate, coverage));
      }
      if (rows.length < chunk) return { items, nextCursor: null };
    }
  }

  /** One case: state, deadlines and timeline in the view. Null if unknown, not visible, or not yet in existence in the view. */
  async getCase(stream: string, view: CaseViewOptions = {}): Promise<CaseView | null> {
    const info = this.viewInfo(view);
    const t = await this.tables();
    const row = (await this.db.all<CaseRow>(`SELECT * FROM ${t.cases} WHERE stream = ?`, [stream]))[0];
    if (!row) return null;
    // The case's force area is known from its row, so what the caller sees is settled before the one replay.
    const o = { ...view, visibility: typeof view.visibility === 'function' ? view.visibility(row.force_area) : view.visibility };
    if (!isVisible(row.classification, o.visibility ?? 'open')) return null;
    const s = await this.caseState(t, row, o);
    if (!s) return null;
    const summary = this.summary(row, s, info.statusDate, await this.coverage(t, o));
    const timeline = await this.timeline(t, row, s, summary.deadlines, o, o.timelineCursor ?? null, o.timelineLimit ?? 50);
    return {
      ...summary,
      state: s.state,
      links: { firstEventId: row.first_event_id, lastEventId: row.last_event_id },
      corrections: s.corrections,
      view: info,
      timeline,
    };
  }

  private async timeline(t: Tables, row: CaseRow, s: CaseState, deadlines: Deadline[], o: ViewOptions, cursor: string | null, limit: number): Promise<Page<TimelineEntry>> {
    if (limit === 0) return { items: [], nextCursor: null };
    const visibility = o.visibility ?? 'open';
    const start = decodeCursor('timeline', cursor)?.[0] ?? 0;
    const picked: RecordedEvent[] = [];
    let next: number | null = null;
    // Read in small chunks: the adapter decodes every event it returns.
    const chunk = Math.min(500, limit + 1);
    let from = start;
    scan: for (;;) {
      let got = 0;
      for await (const e of this.store.readStream(row.stream, { from: BigInt(from), limit: chunk })) {
        got++;
        from = Number(e.revision) + 1;
        if (!inView({ type: e.type, effectiveOn: dayOf(e.metadata.effectiveAt), recordedOn: dayOf(e.metadata.recordedAt) }, o)) continue;
        if (!isVisible(e.metadata.classification, visibility)) continue;
        if (picked.length === limit) {
          next = Number(e.revision);
          break scan;
        }
        picked.push(e);
      }
      if (got < chunk) break;
    }
    if (picked.length === 0) return { items: [], nextCursor: null };
    const refs = new Map<number, DeadlineRef[]>();
    const rows = await this.db.all<{ revision: number; deadline_refs: string | null }>(
      `SELECT revision, deadline_refs FROM ${t.events} WHERE stream = ? AND revision >= ? AND revision <= ? AND deadline_refs IS NOT NULL`,
      [row.stream, Number(picked[0].revision), Number(picked[picked.length - 1].revision)],
    );
    for (const r of rows) refs.set(Number(r.revision), JSON.parse(r.deadline_refs as string));
    const byKey = new Map(deadlines.map((d) => [d.key, d]));
    const items = picked.map((e): TimelineEntry => {
      const own = s.corrections.filter((c) => c.correctsEventId === e.eventId);
      let data = e.data as Record<string, unknown>;
      if (own.length) {
        const stored = [
          { event: { type: e.type, data }, eventId: e.eventId, effectiveOn: toDate(e.metadata.effectiveAt), recordedAt: e.metadata.recordedAt },
          ...own.map((c) => ({ event: { type: 'RecordCorrected', data: { correctsEventId: c.correctsEventId, field: c.field, oldValue: c.oldValue, newValue: c.newValue, reason: c.reason } }, eventId: c.eventId, effectiveOn: c.effectiveOn, recordedAt: c.recordedAt })),
        ];
        data = applyCorrections(stored as never)[0].event.data as Record<string, unknown>;
      }
      const d = e.data as Record<string, unknown>;
      const md = e.metadata as Record<string, unknown>;
      return {
        eventId: e.eventId,
        revision: Number(e.revision),
        position: e.position,
        type: e.type,
        command: typeof md.command === 'string' ? md.command : null,
        actor: { ...e.metadata.actor },
        legalBasis: e.metadata.legalBasis ?? null,
        effectiveAt: e.metadata.effectiveAt,
        recordedAt: e.metadata.recordedAt,
        classification: e.metadata.classification,
        findings: (md.findings as unknown as RuleFinding[] | undefined) ?? [],
        data,
        corrections: own.map((c) => ({ eventId: c.eventId, field: c.field, oldValue: c.oldValue, newValue: c.newValue, reason: c.reason, recordedAt: c.recordedAt, effectiveOn: c.effectiveOn, actor: c.actor })),
        correctionOf: e.type === 'RecordCorrected' ? { eventId: String(d.correctsEventId), field: String(d.field), oldValue: d.oldValue ?? null, newValue: d.newValue ?? null, reason: String(d.reason ?? '') } : null,
        deadlines: trailDeadlines(refs.get(Number(e.revision)) ?? [], byKey),
      };
    });
    return { items, nextCursor: next === null ? null : encodeCursor('timeline', [next]) };
  }

  // ---------------------------------------------------------------- trail

  /**
   * The accountability trail: every act of a body or an office holder (or in a force area,
   * process or case), oldest first, with who, role, power, both dates, classification,
   * and the deadline each act met, missed or left outstanding in the view.
   */
  async trail(f: TrailFilter = {}): Promise<Page<TrailEntry>> {
    const info = this.viewInfo(f);
    const t = await this.tables();
    const limit = this.limitOf(f);
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (f.body) {
      where.push('e.body = ?');
      params.push(f.body);
    }
    if (f.actorId) {
      where.push('e.actor_id = ?');
      params.push(f.actorId);
    }
    if (f.forceArea) {
      where.push('e.force_area = ?');
      params.push(f.forceArea);
    }
    if (f.aggregateType) {
      where.push('e.aggregate_type = ?');
      params.push(f.aggregateType);
    }
    if (f.stream) {
      where.push('e.stream = ?');
      params.push(f.stream);
    }
    if (f.from) {
      where.push('e.effective_on >= ?');
      params.push(f.from);
    }
    if (f.to) {
      where.push('e.effective_on <= ?');
      params.push(f.to);
    }
    // The trail lists acts: each act (a correction too) is in the view by both its dates.
    if (f.asAt) {
      where.push('e.effective_on <= ?');
      params.push(f.asAt);
    }
    if (f.recordedOn) {
      where.push('e.recorded_on <= ?');
      params.push(f.recordedOn);
    }
    if ((f.visibility ?? 'open') === 'open') where.push(`e.classification = 'open' AND c.classification = 'open'`);
    const after = decodeCursor('trail', f.cursor);
    if (after) {
      where.push('(e.effective_on > ? OR (e.effective_on = ? AND e.seq > ?))');
      params.push(after[0], after[0], after[1]);
    }
    const rows = await this.db.all<EventRow>(
      `SELECT e.* FROM ${t.events} e JOIN ${t.cases} c ON c.stream = e.stream ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.effective_on, e.seq LIMIT ?`,
      [...params, limit + 1],
    );
    const page = rows.slice(0, limit);
    const items = await this.trailEntries(t, page, f, info.statusDate);
    const last = page[page.length - 1];
    return { items, nextCursor: rows.length > limit ? encodeCursor('trail', [last.effective_on, Number(last.seq)]) : null };
  }

  private async trailEntries(t: Tables, rows: EventRow[], v: TimeView, statusDate: IsoDate): Promise<TrailEntry[]> {
    const streams = [...new Set(rows.filter((r) => r.deadline_refs).map((r) => r.stream))];
    const deadlinesByStream = new Map<string, Map<string, Deadline>>();
    const coverage = streams.length ? await this.coverage(t, v) : [];
    for (let i = 0; i < streams.length; i += 200) {
      const part = streams.slice(i, i + 200);
      const caseRows = await this.db.all<CaseRow>(`SELECT * FROM ${t.cases} WHERE stream IN (${part.map(() => '?').join(', ')})`, part);
      for (const row of caseRows) {
        const s = await this.caseState(t, row, v);
        deadlinesByStream.set(row.stream, new Map(withStatus(s?.specs ?? [], statusDate, recordCompleteFor(coverage, row.force_area)).map((d) => [d.key, d])));
      }
    }
    return rows.map((r) => {
      const findings: RuleFinding[] = r.findings ? JSON.parse(r.findings) : [];
      const deadlines = trailDeadlines(r.deadline_refs ? JSON.parse(r.deadline_refs) : [], deadlinesByStream.get(r.stream) ?? new Map());
      const late = Number(r.late) === 1;
      const corr = r.correction ? JSON.parse(r.correction) : null;
      return {
        eventId: r.event_id,
        stream: r.stream,
        aggregateType: r.aggregate_type,
        caseId: r.case_id,
        forceArea: r.force_area,
        type: r.type,
        command: r.command,
        actor: { id: r.actor_id, name: r.actor_name, role: r.role, body: r.body },
        legalBasis: r.legal_basis,
        effectiveAt: r.effective_at,
        effectiveOn: r.effective_on,
        recordedAt: r.recorded_at,
        classification: r.classification,
        findings,
        late,
        deadlines,
        deadlineStatus: summariseDeadlines(late, deadlines),
        correction: corr && r.corrects_event_id ? { correctsEventId: r.corrects_event_id, ...corr } : null,
      };
    });
  }

  // ---------------------------------------------------------------- deadlines register

  /** Every statutory deadline, by due date, with its status in the view. */
  async deadlines(f: DeadlineFilter = {}): Promise<Page<DeadlineEntry>> {
    const info = this.viewInfo(f);
    const t = await this.tables();
    const limit = this.limitOf(f);
    const after = decodeCursor('deadlines', f.cursor);
    const visibility = f.visibility ?? 'open';
    if (!(await this.needsReplay(t, f, visibility))) {
      const d = info.statusDate;
      const covered = coverageSql(await this.coverage(t, f));
      const status = `CASE WHEN completed_on IS NOT NULL AND completed_on <= ? THEN (CASE WHEN completed_on <= due_on THEN 'met' ELSE 'late' END)
        WHEN starts_on IS NOT NULL AND ? < starts_on THEN 'not_yet_due' WHEN ? <= due_on THEN 'outstanding' WHEN ${covered.sql} THEN 'missed' ELSE 'no_record' END`;
      const where: string[] = [];
      const params: SqlValue[] = [d, d, d, ...covered.params];
      if (f.forceArea) {
        where.push('force_area = ?');
        params.push(f.forceArea);
      }
      if (f.aggregateType) {
        where.push('aggregate_type = ?');
        params.push(f.aggregateType);
      }
      if (f.owner) {
        where.push('owner = ?');
        params.push(f.owner);
      }
      if (f.stream) {
        where.push('stream = ?');
        params.push(f.stream);
      }
      if (f.from) {
        where.push('due_on >= ?');
        params.push(f.from);
      }
      if (f.to) {
        where.push('due_on <= ?');
        params.push(f.to);
      }
      if (visibility === 'open') where.push(`classification = 'open'`);
      const outer: string[] = [];
      const outerParams: SqlValue[] = [];
      if (f.status) {
        outer.push('status = ?');
        outerParams.push(f.status);
      }
      if (after) {
        outer.push('(due_on > ? OR (due_on = ? AND (stream > ? OR (stream = ? AND key > ?))))');
        outerParams.push(after[0], after[0], after[1], after[1], after[2]);
      }
      const rows = await this.db.all<Record<string, string | null>>(
        `SELECT * FROM (SELECT *, ${status} AS status FROM ${t.deadlines} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}) x
         ${outer.length ? `WHERE ${outer.join(' AND ')}` : ''} ORDER BY due_on, stream, key LIMIT ?`,
        [...params, ...outerParams, limit + 1],
      );
      const items = rows.slice(0, limit).map(deadlineEntryOfRow);
      const last = items[items.length - 1];
      return { items, nextCursor: rows.length > limit ? encodeCursor('deadlines', [last.dueOn, last.stream, last.key]) : null };
    }
    // Some case changed after the cut-off: replay the cases in scope (exactly), then sort.
    const all = (await this.deadlinesInView(t, f, info.statusDate)).filter(
      (d) => (!f.status || d.status === f.status) && (!f.owner || d.owner === f.owner) && (!f.from || d.dueOn >= f.from) && (!f.to || d.dueOn <= f.to),
    );
    all.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const start = after ? all.findIndex((d) => d.dueOn > after[0] || (d.dueOn === after[0] && (d.stream > after[1] || (d.stream === after[1] && d.key > after[2])))) : 0;
    const from = start < 0 ? all.length : start;
    const items = all.slice(from, from + limit);
    const last = items[items.length - 1];
    return { items, nextCursor: from + limit < all.length ? encodeCursor('deadlines', [last.dueOn, last.stream, last.key]) : null };
  }

  /** Does any case in scope have events after the view's cut-off? */
  private async needsReplay(t: Tables, f: { forceArea?: string; aggregateType?: string; stream?: string } & TimeView, visibility: Visibility): Promise<boolean> {
    if (!isTimeView(f)) return false;
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (f.forceArea) {
      where.push('force_area = ?');
      params.push(f.forceArea);
    }
    if (f.aggregateType) {
      where.push('aggregate_type = ?');
      params.push(f.aggregateType);
    }
    if (f.stream) {
      where.push('stream = ?');
      params.push(f.stream);
    }
    if (visibility === 'open') where.push(`classification = 'open'`);
    const late: string[] = [];
    if (f.asAt) {
      late.push('max_effective_on > ?');
      params.push(f.asAt);
    }
    if (f.recordedOn) {
      late.push('max_recorded_on > ?');
      params.push(f.recordedOn);
    }
    where.push(`(${late.join(' OR ')})`);
    const rows = await this.db.all(`SELECT 1 AS x FROM ${t.cases} WHERE ${where.join(' AND ')} LIMIT 1`, params);
    return rows.length > 0;
  }

  /** The periods for which bodies' records are declared complete, as the view shows them. */
  private async coverage(t: Tables, v: TimeView): Promise<CoverageWindow[]> {
    return coverageWindowsOf(await this.casesInView(t, { aggregateType: 'RecordCoverage', asAt: v.asAt, recordedOn: v.recordedOn, visibility: 'all' }));
  }

  private async casesInView(t: Tables, f: CaseFilter): Promise<Array<{ row: CaseRow; s: CaseState }>> {
    const { where, params } = this.caseWhere(f, t);
    const rows = await this.db.all<CaseRow>(`SELECT * FROM ${t.cases} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY stream`, params);
    const out: Array<{ row: CaseRow; s: CaseState }> = [];
    for (const row of rows) {
      const s = await this.caseState(t, row, f);
      if (s) out.push({ row, s });
    }
    return out;
  }

  private async deadlinesInView(t: Tables, f: DeadlineFilter, statusDate: IsoDate): Promise<DeadlineEntry[]> {
    const cases = await this.casesInView(t, { forceArea: f.forceArea, aggregateType: f.aggregateType, asAt: f.asAt, recordedOn: f.recordedOn, visibility: f.visibility });
    const coverage = await this.coverage(t, f);
    const out: DeadlineEntry[] = [];
    for (const { row, s } of cases) {
      if (f.stream && row.stream !== f.stream) continue;
      for (const d of withStatus(s.specs, statusDate, recordCompleteFor(coverage, row.force_area))) {
        out.push({ ...d, stream: row.stream, caseId: row.case_id, aggregateType: row.aggregate_type, forceArea: row.force_area, classification: row.classification });
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- decisions register

  /** Decisions (by default only those of significant public interest), newest first, with whether and when each was published. */
  async decisions(f: DecisionFilter = {}): Promise<Page<DecisionEntry>> {
    this.viewInfo(f); // validates the dates
    const t = await this.tables();
    if (!t.decisions || !t.pubs) throw new ReadModelNotReady('decisions');
    const limit = this.limitOf(f);
    const significantOnly = f.significantOnly ?? true;
    const cut = f.asAt ?? FAR;
    const rcut = f.recordedOn ?? FAR;
    const where: string[] = [];
    const params: SqlValue[] = [cut, rcut];
    if (f.forceArea) {
      where.push('d.force_area = ?');
      params.push(f.forceArea);
    }
    if (f.body) {
      where.push('d.body = ?');
      params.push(f.body);
    }
    if (f.from) {
      where.push('d.decided_on >= ?');
      params.push(f.from);
    }
    if (f.to) {
      where.push('d.decided_on <= ?');
      params.push(f.to);
    }
    if (f.asAt) {
      where.push('d.decided_on <= ?');
      params.push(f.asAt);
    }
    if (f.recordedOn) {
      where.push('d.recorded_on <= ?');
      params.push(f.recordedOn);
    }
    if ((f.visibility ?? 'open') === 'open') where.push(`d.classification = 'open' AND (c.classification IS NULL OR c.classification = 'open')`);
    // A correction recorded after recordedOn may have changed significance: such rows are re-read below.
    if (significantOnly) {
      if (f.recordedOn) {
        where.push('(d.significant = 1 OR d.corrected_recorded_on > ?)');
        params.push(f.recordedOn);
      }
      else where.push('d.significant = 1');
    }
    const items: DecisionEntry[] = [];
    const seqs = new Map<string, number>();
    let key: [string, number] | null = decodeCursor('decisions', f.cursor);
    const chunk = limit + 1;
    for (;;) {
      const w = [...where];
      const p = [...params];
      if (key) {
        w.push('(d.decided_on < ? OR (d.decided_on = ? AND d.seq < ?))');
        p.push(key[0], key[0], key[1]);
      }
      const rows = await this.db.all<Record<string, unknown>>(
        `SELECT d.*, (SELECT MIN(p.published_on) FROM ${t.pubs} p WHERE p.decision_event_id = d.decision_event_id AND p.published_on <= ? AND p.recorded_on <= ?) AS published_on
         FROM ${t.decisions} d LEFT JOIN ${t.cases} c ON c.stream = d.stream ${w.length ? `WHERE ${w.join(' AND ')}` : ''}
         ORDER BY d.decided_on DESC, d.seq DESC LIMIT ?`,
        [...p, chunk],
      );
      for (const r of rows) {
        key = [r.decided_on as string, Number(r.seq)];
        let data = JSON.parse(r.data as string) as Record<string, unknown>;
        if (f.recordedOn && r.corrected_recorded_on && (r.corrected_recorded_on as string) > f.recordedOn) data = await this.decisionDataAsRecorded(r.stream as string, r.decision_event_id as string, f.recordedOn);
        const fields = decisionFields(data);
        if (significantOnly && fields.significant !== true) continue;
        const publishedOn = (r.published_on as string | null) ?? null;
        if (f.published !== undefined && f.published !== (publishedOn !== null)) continue;
        if (items.length === limit) {
          const last = items[limit - 1];
          return { items, nextCursor: encodeCursor('decisions', [last.decidedOn, seqs.get(last.decisionEventId) as number]) };
        }
        items.push({
          decisionEventId: r.decision_event_id as string,
          stream: r.stream as string,
          caseId: r.case_id as string,
          forceArea: (r.force_area as string | null) ?? null,
          decisionRef: fields.decisionRef,
          title: fields.title,
          significantPublicInterest: fields.significant,
          decidedOn: r.decided_on as string,
          recordedAt: r.recorded_at as string,
          decisionMaker: { id: r.actor_id as string, name: r.actor_name as string, role: r.role as string, body: r.body as string },
          legalBasis: (r.legal_basis as string | null) ?? null,
          classification: r.classification as string,
          published: publishedOn !== null,
          publishedOn,
          daysToPublish: publishedOn ? Math.round((Date.parse(publishedOn) - Date.parse(r.decided_on as string)) / 86_400_000) : null,
        });
        seqs.set(r.decision_event_id as string, Number(r.seq));
      }
      if (rows.length < chunk) return { items, nextCursor: null };
    }
  }

  /** The decision's data as the record showed it on `recordedOn` (corrections recorded later left out). */
  private async decisionDataAsRecorded(stream: string, eventId: string, recordedOn: IsoDate): Promise<Record<string, unknown>> {
    const list = [];
    for await (const e of this.store.readStream(stream)) {
      if (toDate(e.metadata.recordedAt) > recordedOn) continue;
      if (e.eventId === eventId || (e.type === 'RecordCorrected' && (e.data as Record<string, unknown>).correctsEventId === eventId)) {
        list.push({ event: { type: e.type, data: e.data }, eventId: e.eventId, effectiveOn: toDate(e.metadata.effectiveAt), recordedAt: e.metadata.recordedAt });
      }
    }
    const found = applyCorrections(list as never).find((x) => x.eventId === eventId);
    return (found?.event.data ?? {}) as Record<string, unknown>;
  }

  // ---------------------------------------------------------------- dashboard

  /** What a Police and Crime Panel needs on one page for its force area, in the view. */
  async dashboard(forceArea: string, o: ViewOptions & { upcomingDays?: number } = {}): Promise<Dashboard> {
    const info = this.viewInfo(o);
    const t = await this.tables();
    const visibility = o.visibility ?? 'open';
    const cases = await this.casesInView(t, { forceArea, asAt: o.asAt, recordedOn: o.recordedOn, visibility });
    const d = info.statusDate;
    const coverage = await this.coverage(t, o);
    const all: DeadlineEntry[] = [];
    const byProcess: Record<string, number> = {};
    let openComplaints = 0;
    for (const { row, s } of cases) {
      byProcess[row.aggregate_type] = (byProcess[row.aggregate_type] ?? 0) + 1;
      if (row.aggregate_type === 'Complaint' && !CLOSED_COMPLAINT.has(s.status)) openComplaints++;
      for (const dl of withStatus(s.specs, d, recordCompleteFor(coverage, row.force_area))) all.push({ ...dl, stream: row.stream, caseId: row.case_id, aggregateType: row.aggregate_type, forceArea: row.force_area, classification: row.classification });
    }
    const byDue = (a: DeadlineEntry, b: DeadlineEntry) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : 0);
    const outstanding = all.filter((x) => x.status === 'outstanding').sort(byDue);
    // Missed only where the body's record is declared complete; elsewhere an absence is "no record".
    const overdue = all.filter((x) => x.status === 'missed').sort(byDue);
    const noRecord = all.filter((x) => x.status === 'no_record').sort(byDue);
    const metLate = all.filter((x) => x.status === 'late').length;
    const horizon = addDays(d, o.upcomingDays ?? 28);
    const upcoming = outstanding.filter((x) => x.dueOn <= horizon);
    // Vetoes: generic over processes, any event type ending in "Vetoed" (PreceptVetoed, AppointmentVetoed, ...).
    const where = [`e.force_area = ?`, `e.type LIKE '%Vetoed'`];
    const params: SqlValue[] = [forceArea];
    if (o.asAt) {
      where.push('e.effective_on <= ?');
      params.push(o.asAt);
    }
    if (o.recordedOn) {
      where.push('e.recorded_on <= ?');
      params.push(o.recordedOn);
    }
    if (visibility === 'open') where.push(`e.classification = 'open' AND c.classification = 'open'`);
    const vetoRows = await this.db.all<EventRow>(`SELECT e.* FROM ${t.events} e JOIN ${t.cases} c ON c.stream = e.stream WHERE ${where.join(' AND ')} ORDER BY e.effective_on, e.seq`, params);
    const vetoes = await this.trailEntries(t, vetoRows, o, d);
    let unpublished = 0;
    if (t.decisions) {
      for (let cursor: string | null = null; ; ) {
        const page: Page<DecisionEntry> = await this.decisions({ forceArea, asAt: o.asAt, recordedOn: o.recordedOn, visibility, published: false, cursor, limit: 500 });
        unpublished += page.items.length;
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
    }
    return {
      forceArea,
      view: info,
      counts: {
        cases: cases.length,
        byProcess,
        outstanding: outstanding.length,
        overdue: overdue.length,
        noRecord: noRecord.length,
        metLate,
        upcoming: upcoming.length,
        vetoes: vetoes.length,
        openComplaints,
        unpublishedSignificantDecisions: unpublished,
      },
      outstanding,
      overdue,
      noRecord,
      upcoming,
      vetoes,
    };
  }
}

function trailDeadlines(refs: DeadlineRef[], byKey: Map<string, Deadline>): TrailDeadline[] {
  const out: TrailDeadline[] = [];
  for (const r of refs) {
    const d = byKey.get(r.key);
    if (d) out.push({ key: d.key, label: d.label, dueOn: d.dueOn, status: d.status, relation: r.relation, citation: d.citation });
  }
  return out;
}

/**
 * The act's own standing against the deadlines it discharged. A deadline the act only
 * started (or changed) is the next body's duty: its fate never marks this act, which is
 * judged only by what it discharged, or by a late finding recorded on it.
 */
export function summariseDeadlines(late: boolean, deadlines: TrailDeadline[]): DeadlineStatus | null {
  const discharged = deadlines.filter((d) => d.relation === 'discharged');
  if (discharged.some((d) => d.status === 'late')) return 'late';
  if (discharged.length) return discharged[0].status;
  return late ? 'late' : null;
}

function deadlineEntryOfRow(r: Record<string, string | null>): DeadlineEntry {
  return {
    key: r.key as string,
    label: r.label as string,
    dueOn: r.due_on as string,
    citation: r.citation as string,
    confidence: r.confidence as DeadlineEntry['confidence'],
    startsOn: r.starts_on,
    completedOn: r.completed_on,
    status: r.status as DeadlineStatus,
    owner: r.owner as string,
    stream: r.stream as string,
    caseId: r.case_id as string,
    aggregateType: r.aggregate_type as string,
    forceArea: r.force_area,
    classification: r.classification as string,
  };
}
