import { RECORD_CORRECTED, foldStream, toDate } from '@ledger/domain';
import type { DeciderEntry, DeadlineSpec, StoredDomainEvent } from '@ledger/domain';
import { deciderForStream, parseStreamId, toStoredDomainEvent } from '@ledger/domain';
import { planInOrder } from '../projection';
import type {
  PlanResult,
  ProjectableEvent,
  ProjectedEvent,
  Projection,
  ProjectionContext,
  ProjectionWorker,
} from '../projection';
import type { SqlValue, WriteOp } from '../storage/db';
import {
  CASE_COLUMNS,
  CaseRecord,
  CaseRow,
  EventFacts,
  fromCaseRow,
  minOf,
  recordCorrection,
  recordEvent,
  toCaseRow,
} from './case-record';
import {
  CASES_TABLES,
  deadlineRow,
  DEADLINE_COLUMNS,
  diffDeadlines,
  EVENT_COLUMNS,
  eventRow,
  SEGMENT_COLUMNS,
  SNAPSHOT_COLUMNS,
  type SnapshotMeta,
} from './cases.tables';

/**
 * The `cases` projection: one read model fed by one fold per event.
 *   cases      case state of every process (generic over the decider registry)
 *   deadlines  every statutory deadline of every case (the deadlines register)
 *   events     the events index: the accountability trail per body and per actor,
 *              the case timeline's links, vetoes for the dashboard
 *   snapshots  the folded state every SNAPSHOT_EVERY revisions, for as-at replay
 * State is folded incrementally (the previous state comes from memory or rm_cases),
 * never by re-reading a stream's history, except when a RecordCorrected changes an
 * earlier event: then the stream is folded again from the store, as foldStream does.
 */
export const SNAPSHOT_EVERY = 64;

function cloneRecord(r: CaseRecord): CaseRecord {
  return { ...r, parties: [...r.parties], corrections: [...r.corrections], segment: { ...r.segment } };
}

/** The rows one plan() call collects before it turns them into writes. */
interface PlanBatch {
  eventRows: SqlValue[][];
  snapshotRows: SqlValue[][];
  segmentRows: Map<string, SqlValue[]>;
  touched: Set<string>;
}

interface FoldedEvent {
  state: unknown;
  specs: DeadlineSpec[];
  targetRevision: number | null;
}

class CasesWorker implements ProjectionWorker {
  private readonly cache = new Map<string, CaseRecord>();
  private pending = new Map<string, CaseRecord>();
  /**
   * Streams whose pending state this batch made itself (by a copying evolve or a refold), so
   * nothing else holds it: it may grow in place (evolveOwned), O(1) per event instead of a copy
   * of every entry. The first event of a batch evolves the committed state purely, so a
   * discarded batch leaves the cache's states as they were; the set empties on commit, when
   * the states become the cache's.
   */
  private owned = new Set<string>();
  private readonly maxCache: number;
  /** Rebuild into empty tables: until the cache evicts, a stream not in memory is new. */
  private evicted = false;
  /**
   * Rebuild only: a case's row (and its deadlines) is written once, when the case leaves the
   * cache or at flush(), not after every batch that touched it; a case touched in every batch
   * (a register) would otherwise be serialised and rewritten whole each time. The shadow
   * tables serve no query before the swap, and the swap flushes first.
   */
  private readonly deferred: boolean;
  /** Committed cases whose rows are not written yet (deferred only). */
  private dirty = new Set<string>();
  /** What the pending commit writes and evicts, so committed() does exactly that. */
  private writing: { rows: Set<string>; evict: string[] } = { rows: new Set(), evict: [] };

  constructor(
    private readonly ctx: ProjectionContext,
    rebuildCache: number,
  ) {
    this.deferred = ctx.mode === 'rebuild';
    this.maxCache = this.deferred ? rebuildCache : 50_000;
  }

  private async preload(events: ProjectedEvent[]): Promise<void> {
    if (this.ctx.mode === 'rebuild' && !this.evicted) return;
    const missing = new Set<string>();
    for (const { event } of events)
      if (!this.pending.has(event.stream) && !this.cache.has(event.stream)) missing.add(event.stream);
    if (missing.size === 0) return;
    const list = [...missing];
    const table = this.ctx.db.table(this.ctx.table('cases'));
    for (let i = 0; i < list.length; i += 500) {
      const part = list.slice(i, i + 500);
      const rows = await this.ctx.db.all<CaseRow>(
        `SELECT * FROM ${table} WHERE stream IN (${part.map(() => '?').join(', ')})`,
        part,
      );
      for (const row of rows) this.cache.set(row.stream, fromCaseRow(row));
    }
  }

  private recordFor(e: ProjectableEvent): CaseRecord {
    let r = this.pending.get(e.stream);
    if (r) return r;
    const cached = this.cache.get(e.stream);
    if (cached) {
      r = cloneRecord(cached);
    } else {
      const entry = deciderForStream(e.stream);
      const parsed = parseStreamId(e.stream);
      const md = e.metadata as Record<string, unknown>;
      r = {
        stream: e.stream,
        aggregateType:
          (typeof md.aggregateType === 'string' && md.aggregateType) ||
          entry?.decider.aggregateType ||
          parsed?.streamPrefix ||
          e.stream,
        caseId: (typeof md.caseId === 'string' && md.caseId) || parsed?.caseId || e.stream,
        forceArea: null,
        state: entry ? entry.decider.initialState() : null,
        hasDecider: !!entry,
        classification: 'open',
        parties: [],
        openedOn: null,
        lastActOn: null,
        maxEffectiveOn: null,
        firstRecordedOn: null,
        maxRecordedOn: null,
        eventCount: 0,
        firstEventId: null,
        lastEventId: null,
        lastSeq: 0,
        lastRevision: -1,
        deadlineSpecs: [],
        corrections: [],
        segment: { seg: 0, minEffectiveOn: null, minRecordedOn: null },
      };
    }
    this.pending.set(e.stream, r);
    return r;
  }

  /** Folds the stream again up to this correction, from the store (corrections change earlier events). */
  private async refold(e: ProjectableEvent): Promise<{ state: unknown; targetRevision: number | null }> {
    const entry = deciderForStream(e.stream);
    const target = (e.data as Record<string, unknown>).correctsEventId;
    const history: StoredDomainEvent[] = [];
    let targetRevision: number | null = null;
    for await (const x of this.ctx.store.readStream(e.stream, { from: 0n, limit: Number(e.revision) + 1 })) {
      if (x.eventId === target) targetRevision = Number(x.revision);
      history.push(toStoredDomainEvent(x));
    }
    return { state: entry ? foldStream(entry.decider, history) : null, targetRevision };
  }

  /** The case state and deadlines after this event (a correction folds the stream again). */
  private async foldEvent(
    rec: CaseRecord,
    e: ProjectableEvent,
    entry: DeciderEntry | undefined,
    isCorrection: boolean,
  ): Promise<FoldedEvent> {
    let state = rec.state;
    let specs = rec.deadlineSpecs;
    let targetRevision: number | null = null;
    if (isCorrection) {
      const r = await this.refold(e);
      targetRevision = r.targetRevision;
      if (entry) state = r.state;
    }
    if (entry) {
      if (!isCorrection) {
        const d = toStoredDomainEvent(e);
        const { decider } = entry;
        const evolve = this.owned.has(e.stream) && decider.evolveOwned ? decider.evolveOwned : decider.evolve;
        state = evolve.call(decider, rec.state, d.event, { effectiveOn: d.effectiveOn, eventId: e.eventId });
      }
      specs = entry.decider.deadlines ? entry.decider.deadlines(state) : [];
    }
    return { state, specs, targetRevision };
  }

  /** Plans the rows of one event; throws before changing the record if the event cannot be folded. */
  private async planEvent(e: ProjectableEvent, seq: number, batch: PlanBatch): Promise<void> {
    const rec = this.recordFor(e);
    const md = e.metadata;
    const f: EventFacts = {
      e,
      seq,
      effectiveOn: dayOf(md.effectiveAt),
      recordedOn: dayOf(md.recordedAt),
      isCorrection: e.type === RECORD_CORRECTED,
    };
    const entry = rec.hasDecider ? deciderForStream(e.stream) : undefined;
    const { state, specs, targetRevision } = await this.foldEvent(rec, e, entry, f.isCorrection);
    const refs = diffDeadlines(rec.deadlineSpecs, specs);
    const extras = md as Record<string, unknown>;
    const forceArea =
      (typeof extras.forceArea === 'string' && extras.forceArea) || rec.forceArea || stateForceArea(state);
    batch.eventRows.push(eventRow(f, rec, forceArea ?? null, refs));
    // Every check passed: now change the record.
    recordEvent(rec, f, state, specs, forceArea ?? null);
    this.owned.add(e.stream);
    if (f.isCorrection) recordCorrection(rec, f, targetRevision);
    const seg = Math.floor(Number(e.revision) / SNAPSHOT_EVERY);
    if (rec.segment.seg !== seg) rec.segment = { seg, minEffectiveOn: null, minRecordedOn: null };
    if (!f.isCorrection) rec.segment.minEffectiveOn = minOf(rec.segment.minEffectiveOn, f.effectiveOn);
    rec.segment.minRecordedOn = minOf(rec.segment.minRecordedOn, f.recordedOn);
    batch.segmentRows.set(`${seg}:${e.stream}`, [e.stream, seg, rec.segment.minEffectiveOn, rec.segment.minRecordedOn]);
    if (entry && (Number(e.revision) + 1) % SNAPSHOT_EVERY === 0) {
      const meta: SnapshotMeta = {
        parties: rec.parties,
        openedOn: rec.openedOn,
        lastActOn: rec.lastActOn,
        eventCount: rec.eventCount,
      };
      batch.snapshotRows.push([
        e.stream,
        Number(e.revision),
        rec.maxEffectiveOn,
        rec.maxRecordedOn,
        JSON.stringify(state ?? null),
        JSON.stringify(meta),
      ]);
    }
    batch.touched.add(e.stream);
  }

  async plan(events: ProjectedEvent[]): Promise<PlanResult> {
    await this.preload(events);
    const batch: PlanBatch = { eventRows: [], snapshotRows: [], segmentRows: new Map(), touched: new Set() };
    const { handled, failure } = await planInOrder(events, (e, seq) => this.planEvent(e, seq, batch));
    if (failure) {
      // The failed event must leave no trace: forget any record it created or changed.
      const stream = events[failure.index].event.stream;
      if (this.pending.has(stream) && !batch.touched.has(stream)) this.pending.delete(stream);
    }
    const evict = this.evictions();
    const rows = this.deferred ? evict.filter((s) => this.dirty.has(s) || batch.touched.has(s)) : batch.touched;
    this.writing = { rows: new Set(rows), evict };
    return { ops: [...this.eventOps(batch), ...this.caseOps(this.writing.rows)], handled, failure };
  }

  /** Every case row a rebuild has not written yet; committed() or discarded() follows, as after plan(). */
  flush(): WriteOp[] {
    this.writing = { rows: new Set(this.dirty), evict: [] };
    return this.caseOps(this.writing.rows);
  }

  /** The streams committed() will drop from the cache: the least recently committed past maxCache. */
  private evictions(): string[] {
    let over = this.cache.size - this.maxCache;
    for (const k of this.pending.keys()) if (!this.cache.has(k)) over++;
    const out: string[] = [];
    if (over <= 0) return out;
    // committed() moves the pending streams to the end, in their order.
    for (const k of this.cache.keys()) {
      if (out.length === over) return out;
      if (!this.pending.has(k)) out.push(k);
    }
    for (const k of this.pending.keys()) {
      if (out.length === over) return out;
      out.push(k);
    }
    return out;
  }

  /** The event, snapshot and segment rows of a batch. */
  private eventOps(batch: PlanBatch): WriteOp[] {
    const T = (n: string) => this.ctx.table(n);
    return [
      { kind: 'insert', table: T('events'), columns: [...EVENT_COLUMNS], rows: batch.eventRows },
      {
        kind: 'insert',
        table: T('snapshots'),
        columns: [...SNAPSHOT_COLUMNS],
        rows: batch.snapshotRows,
        conflict: ['stream', 'revision'],
      },
      {
        kind: 'insert',
        table: T('segments'),
        columns: [...SEGMENT_COLUMNS],
        rows: [...batch.segmentRows.values()],
        conflict: ['stream', 'seg'],
      },
    ];
  }

  /** The rows of these cases (as they are once the pending batch commits) and their deadlines. */
  private caseOps(streams: Iterable<string>): WriteOp[] {
    const caseRows: SqlValue[][] = [];
    const deadlineDeletes: SqlValue[][] = [];
    const deadlineRows: SqlValue[][] = [];
    for (const stream of streams) {
      const rec = (this.pending.get(stream) ?? this.cache.get(stream))!;
      // States are JSON-plain (deciders are pure over JSON events), so the object kept in
      // memory folds exactly like the one a restart parses from this column.
      const stateJson = JSON.stringify(rec.state ?? null);
      const row = toCaseRow(rec, stateJson);
      caseRows.push(CASE_COLUMNS.map((c) => row[c] as SqlValue));
      deadlineDeletes.push([stream]);
      for (const d of rec.deadlineSpecs) deadlineRows.push(deadlineRow(rec, d));
    }
    const T = (n: string) => this.ctx.table(n);
    return [
      { kind: 'insert', table: T('cases'), columns: [...CASE_COLUMNS], rows: caseRows, conflict: ['stream'] },
      { kind: 'delete', table: T('deadlines'), where: ['stream'], rows: deadlineDeletes },
      { kind: 'insert', table: T('deadlines'), columns: [...DEADLINE_COLUMNS], rows: deadlineRows },
    ];
  }

  committed(): void {
    for (const [k, v] of this.pending) {
      this.cache.delete(k);
      this.cache.set(k, v);
      if (this.deferred) this.dirty.add(k);
    }
    for (const k of this.writing.rows) this.dirty.delete(k);
    for (const k of this.writing.evict) {
      this.cache.delete(k);
      this.evicted = true;
    }
    this.pending = new Map();
    this.owned = new Set();
    this.writing = { rows: new Set(), evict: [] };
  }

  discarded(): void {
    this.pending = new Map();
    this.owned = new Set();
    this.writing = { rows: new Set(), evict: [] };
  }
}

/** Days of the date strings seen lately: a log holds few distinct dates, and validating one is not free. */
const days = new Map<string, string>();

/** The UTC day of an ISO date or date-time (fast path of calendar.toDate). */
export function dayOf(s: string): string {
  let day = days.get(s);
  if (day !== undefined) return day;
  if (s.length >= 20 && s.charCodeAt(10) === 84 /* T */ && s.endsWith('Z')) day = s.slice(0, 10);
  else day = toDate(s);
  // Date-times are nearly all distinct: the map is emptied rather than let grow with the log.
  if (days.size >= 4096) days.clear();
  days.set(s, day);
  return day;
}

function stateForceArea(state: unknown): string | null {
  const f = state && typeof state === 'object' ? (state as Record<string, unknown>).forceArea : undefined;
  return typeof f === 'string' ? f : null;
}

/** The cases projection keeping at most `rebuildCache` cases in memory while it rebuilds. */
export function casesProjectionWith(options: { rebuildCache: number }): Projection {
  return {
    name: 'cases',
    version: 2,
    tables: CASES_TABLES,
    worker: (ctx) => new CasesWorker(ctx, options.rebuildCache),
  };
}

// A rebuild writes a case's row when it leaves the cache and reads it back if the case acts
// again, so the cache bounds memory at little cost: cases are mostly active for a short time.
// Ten thousand cases hold a few tens of MB of folded state and cost no more CPU than 50,000.
export const casesProjection: Projection = casesProjectionWith({ rebuildCache: 10_000 });
