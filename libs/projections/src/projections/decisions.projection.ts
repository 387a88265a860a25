import { RECORD_CORRECTED, applyCorrections, toDate } from '@ledger/domain';
import type { StoredDomainEvent } from '@ledger/domain';
import { parseStreamId } from '@ledger/domain';
import { planInOrder } from '../projection';
import { dayOf } from './cases.projection';
import type {
  PlanResult,
  ProjectableEvent,
  ProjectedEvent,
  Projection,
  ProjectionContext,
  ProjectionWorker,
} from '../projection';
import type { SqlValue, WriteOp } from '../storage/db';
import type { TableSpec } from '../storage/schema';
import { decisionFields, publicationTarget } from './decision-fields';

/**
 * The decision register (SI 2011/3050 Sch para 5(d): a record of each decision of
 * significant public interest must be published). Aggregate-specific, so it keys off
 * event types and reads the data defensively:
 *   decision     type `DecisionRecorded`; significance from data.significantPublicInterest
 *                (or significant_public_interest / significant); title from
 *                title | subject | summary | description; its own reference from
 *                decisionId | decisionRef | reference | ref.
 *   publication  types SpecifiedInformationPublished, DecisionPublished,
 *                DecisionRecordPublished in the same stream. When the data cites an order
 *                paragraph (orderPara | order_para | para) that is not 5, it is not a
 *                decision's publication. It belongs to the decision it names
 *                (decisionEventId | decisionId | decisionRef | ...), else to the earliest
 *                decision of the stream not yet published. A DecisionRecorded whose data
 *                already says when it was published (publishedOn | publication.publishedOn
 *                | publication.date) counts as published on that date.
 * Visibility: the decision's own classification, and its case's (joined from the cases
 * read model at query time).
 * Corrections (RecordCorrected) of a decision's data are applied; the row remembers the
 * latest day a correction was recorded so a recordedOn query can replay it exactly.
 */
const DECISION_TYPES = new Set(['DecisionRecorded']);
const PUBLICATION_TYPES = new Set(['SpecifiedInformationPublished', 'DecisionPublished', 'DecisionRecordPublished']);

const DECISION_COLUMNS = [
  'decision_event_id',
  'stream',
  'case_id',
  'aggregate_type',
  'force_area',
  'body',
  'actor_id',
  'actor_name',
  'role',
  'legal_basis',
  'decided_on',
  'recorded_on',
  'recorded_at',
  'seq',
  'significant',
  'title',
  'decision_ref',
  'data',
  'classification',
  'corrected_recorded_on',
] as const;
const PUBLICATION_COLUMNS = [
  'decision_event_id',
  'event_id',
  'stream',
  'type',
  'published_on',
  'recorded_on',
  'seq',
] as const;

const DECISIONS_TABLES: TableSpec[] = [
  {
    name: 'decisions',
    columns: DECISION_COLUMNS.map((c) => [c, c === 'seq' || c === 'significant' ? 'int' : 'text']),
    primaryKey: ['decision_event_id'],
    indexes: [['stream'], ['force_area', 'decided_on'], ['decided_on']],
  },
  {
    name: 'decision_publications',
    columns: PUBLICATION_COLUMNS.map((c) => [c, c === 'seq' ? 'int' : 'text']),
    primaryKey: ['decision_event_id', 'event_id'],
    indexes: [['stream']],
  },
];

type DecisionRow = Record<(typeof DECISION_COLUMNS)[number], SqlValue>;
/**
 * What the register keeps in memory of a decision: enough to match publications. The row
 * itself is held only until its batch commits (a correction reads it back), so memory does
 * not grow with the number of decisions in the log.
 */
interface DecisionRec {
  eventId: string;
  ref: string | null;
  published: boolean;
  row: DecisionRow | null;
}
interface StreamRec {
  decisions: DecisionRec[];
  /**
   * In a pending copy, the decisions it may change in place. The others are still the
   * committed cache's (a register holds thousands: copying them all for every batch that
   * touches the stream is quadratic), so ownDecision copies one before it changes.
   */
  own?: Set<DecisionRec>;
}

/** The decision to change, copied first if the committed cache holds it. */
function ownDecision(rec: StreamRec, d: DecisionRec): DecisionRec {
  if (!rec.own || rec.own.has(d)) return d;
  const copy = { ...d };
  rec.decisions[rec.decisions.indexOf(d)] = copy;
  rec.own.add(copy);
  return copy;
}

function toStored(e: ProjectableEvent): StoredDomainEvent {
  return {
    event: { type: e.type, data: e.data },
    eventId: e.eventId,
    effectiveOn: toDate(e.metadata.effectiveAt),
    recordedAt: e.metadata.recordedAt,
  };
}

/** The rows one plan() call collects. */
interface DecisionBatch {
  decisionRows: Map<string, SqlValue[]>;
  pubRows: SqlValue[][];
}

/** A DecisionRecorded: a new row of the register, published already if its data says so. */
function onDecision(rec: StreamRec, e: ProjectableEvent, seq: number, batch: DecisionBatch): void {
  const md = e.metadata;
  const data = e.data as Record<string, unknown>;
  const f = decisionFields(data);
  const parsed = parseStreamId(e.stream);
  const extras = md as Record<string, unknown>;
  const d: DecisionRec = {
    eventId: e.eventId,
    ref: f.decisionRef,
    published: false,
    row: {
      decision_event_id: e.eventId,
      stream: e.stream,
      case_id: (typeof extras.caseId === 'string' && extras.caseId) || parsed?.caseId || e.stream,
      aggregate_type:
        (typeof extras.aggregateType === 'string' && extras.aggregateType) || parsed?.streamPrefix || 'unknown',
      force_area:
        (typeof extras.forceArea === 'string' && extras.forceArea) ||
        (typeof data.forceArea === 'string' ? data.forceArea : null),
      body: md.actor.body,
      actor_id: md.actor.id,
      actor_name: md.actor.name,
      role: md.actor.role,
      legal_basis: md.legalBasis ?? null,
      decided_on: dayOf(md.effectiveAt),
      recorded_on: dayOf(md.recordedAt),
      recorded_at: md.recordedAt,
      seq,
      significant: f.significant === null ? null : f.significant ? 1 : 0,
      title: f.title,
      decision_ref: f.decisionRef,
      data: JSON.stringify(data),
      classification: md.classification,
      corrected_recorded_on: null,
    },
  };
  rec.decisions.push(d);
  rec.own?.add(d);
  batch.decisionRows.set(e.eventId, [...DECISION_COLUMNS.map((c) => d.row![c])]);
  if (f.publishedOn) {
    d.published = true;
    batch.pubRows.push([e.eventId, e.eventId, e.stream, e.type, f.publishedOn, dayOf(md.recordedAt), seq]);
  }
}

/** A publication: marks the decision it names, else the earliest unpublished one, as published. */
function onPublication(rec: StreamRec, e: ProjectableEvent, seq: number, batch: DecisionBatch): void {
  const md = e.metadata;
  const tgt = publicationTarget(e.data as Record<string, unknown>);
  if (tgt.isDecisionPublication) {
    const found = tgt.names
      ? rec.decisions.find((x) => x.eventId === tgt.names || x.ref === tgt.names)
      : rec.decisions.find((x) => !x.published);
    if (found) {
      const d = ownDecision(rec, found);
      d.published = true;
      batch.pubRows.push([d.eventId, e.eventId, e.stream, e.type, dayOf(md.effectiveAt), dayOf(md.recordedAt), seq]);
    }
  }
}

/** A RecordCorrected of a decision: applies it to the decision's data and fields. */
async function onCorrection(
  rec: StreamRec,
  e: ProjectableEvent,
  batch: DecisionBatch,
  rowOf: (eventId: string) => Promise<DecisionRow>,
): Promise<void> {
  const md = e.metadata;
  const found = rec.decisions.find((x) => x.eventId === (e.data as Record<string, unknown>).correctsEventId);
  if (found) {
    const target = ownDecision(rec, found);
    target.row ??= await rowOf(target.eventId);
    const original = { type: 'DecisionRecorded', data: JSON.parse(target.row.data as string) as object };
    const [corrected] = applyCorrections([
      {
        event: original,
        eventId: target.eventId,
        effectiveOn: target.row.decided_on as string,
        recordedAt: target.row.recorded_at as string,
      },
      toStored(e),
    ]);
    const data = corrected.event.data as Record<string, unknown>;
    const f = decisionFields(data);
    target.row.data = JSON.stringify(data);
    target.row.significant = f.significant === null ? null : f.significant ? 1 : 0;
    target.row.title = f.title;
    target.row.decision_ref = f.decisionRef;
    target.ref = f.decisionRef;
    target.row.corrected_recorded_on = dayOf(md.recordedAt);
    const row = target.row;
    batch.decisionRows.set(
      target.eventId,
      DECISION_COLUMNS.map((c) => row[c]),
    );
  }
}

class DecisionsWorker implements ProjectionWorker {
  private readonly cache = new Map<string, StreamRec>();
  private pending = new Map<string, StreamRec>();

  constructor(private readonly ctx: ProjectionContext) {}

  private async load(stream: string): Promise<StreamRec> {
    const p = this.pending.get(stream);
    if (p) return p;
    let rec = this.cache.get(stream);
    // A rebuild starts from empty tables and this cache never evicts: unknown means new.
    if (!rec && this.ctx.mode === 'rebuild') rec = { decisions: [] };
    if (!rec) {
      const rows = await this.ctx.db.all<{ decision_event_id: string; decision_ref: string | null }>(
        `SELECT decision_event_id, decision_ref FROM ${this.ctx.db.table(this.ctx.table('decisions'))} WHERE stream = ? ORDER BY seq`,
        [stream],
      );
      const pubs = await this.ctx.db.all<{ decision_event_id: string }>(
        `SELECT DISTINCT decision_event_id FROM ${this.ctx.db.table(this.ctx.table('decision_publications'))} WHERE stream = ?`,
        [stream],
      );
      const published = new Set(pubs.map((x) => x.decision_event_id));
      rec = {
        decisions: rows.map((r) => ({
          eventId: r.decision_event_id,
          ref: r.decision_ref,
          row: null,
          published: published.has(r.decision_event_id),
        })),
      };
    }
    const copy: StreamRec = { decisions: [...rec.decisions], own: new Set() };
    this.pending.set(stream, copy);
    return copy;
  }

  private async planEvent(e: ProjectableEvent, seq: number, batch: DecisionBatch): Promise<void> {
    // Only streams that have, or get, a decision matter; skip the rest cheaply.
    const isDecision = DECISION_TYPES.has(e.type);
    const relevant =
      isDecision ||
      PUBLICATION_TYPES.has(e.type) ||
      e.type === RECORD_CORRECTED ||
      this.pending.has(e.stream) ||
      this.cache.has(e.stream);
    if (!relevant) return;
    const rec = await this.load(e.stream);
    if (!isDecision && rec.decisions.length === 0) return;
    if (isDecision) onDecision(rec, e, seq, batch);
    else if (PUBLICATION_TYPES.has(e.type)) onPublication(rec, e, seq, batch);
    else if (e.type === RECORD_CORRECTED) await onCorrection(rec, e, batch, (id) => this.rowOf(id));
  }

  /** A committed decision's row, read back from the table (corrections are rare). */
  private async rowOf(eventId: string): Promise<DecisionRow> {
    const [r] = await this.ctx.db.all<DecisionRow>(
      `SELECT * FROM ${this.ctx.db.table(this.ctx.table('decisions'))} WHERE decision_event_id = ?`,
      [eventId],
    );
    if (!r) throw new Error(`decision ${eventId} is in memory but not in the register's table`);
    return { ...r, seq: Number(r.seq), significant: r.significant === null ? null : Number(r.significant) };
  }

  async plan(events: ProjectedEvent[]): Promise<PlanResult> {
    const batch: DecisionBatch = { decisionRows: new Map(), pubRows: [] };
    const { handled, failure } = await planInOrder(events, (e, seq) => this.planEvent(e, seq, batch));
    const ops: WriteOp[] = [
      {
        kind: 'insert',
        table: this.ctx.table('decisions'),
        columns: [...DECISION_COLUMNS],
        rows: [...batch.decisionRows.values()],
        conflict: ['decision_event_id'],
      },
      {
        kind: 'insert',
        table: this.ctx.table('decision_publications'),
        columns: [...PUBLICATION_COLUMNS],
        rows: batch.pubRows,
        conflict: ['decision_event_id', 'event_id'],
      },
    ];
    return { ops, handled, failure };
  }

  committed(): void {
    for (const [k, v] of this.pending) {
      for (const d of v.own ?? []) d.row = null;
      if (v.decisions.length) this.cache.set(k, { decisions: v.decisions });
    }
    this.pending = new Map();
  }

  discarded(): void {
    this.pending = new Map();
  }
}

export const decisionsProjection: Projection = {
  name: 'decisions',
  version: 2,
  tables: DECISIONS_TABLES,
  worker: (ctx) => new DecisionsWorker(ctx),
};
