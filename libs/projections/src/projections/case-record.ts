import { RECORD_CORRECTED } from '@ledger/domain';
import type { DeadlineSpec, StoredDomainEvent } from '@ledger/domain';
import { mergeClassification } from '../classification';
import type { ProjectableEvent } from '../projection';

/** Someone who acted on a case. */
export interface Party {
  actorId: string;
  name: string;
  role: string;
  body: string;
}

/** What the cases projection knows about one stream (cached in memory, stored in rm_cases). */
export interface CaseRecord {
  stream: string;
  aggregateType: string;
  caseId: string;
  forceArea: string | null;
  /** Folded decider state (JSON-plain), or null when no decider knows the stream. */
  state: unknown;
  hasDecider: boolean;
  classification: string;
  parties: Party[];
  openedOn: string | null;
  lastActOn: string | null;
  /** Latest effective date of a non-correction event (corrections are filtered by recordedOn only). */
  maxEffectiveOn: string | null;
  firstRecordedOn: string | null;
  maxRecordedOn: string | null;
  eventCount: number;
  firstEventId: string | null;
  lastEventId: string | null;
  lastSeq: number;
  lastRevision: number;
  deadlineSpecs: DeadlineSpec[];
  /** Every RecordCorrected of the case (few), for timelines and exact as-at replay. */
  corrections: CorrectionSummary[];
  /** Running minima of the current segment of SNAPSHOT_EVERY revisions (see the segments table). */
  segment: { seg: number; minEffectiveOn: string | null; minRecordedOn: string | null };
}

export interface CorrectionSummary {
  eventId: string;
  revision: number;
  correctsEventId: string;
  correctsRevision: number | null;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  reason: string;
  effectiveOn: string;
  recordedOn: string;
  recordedAt: string;
  actor: Party;
}

/** The RecordCorrected event a correction summary stands for, as the domain folds it. */
export function correctionEvent(c: CorrectionSummary): StoredDomainEvent {
  const { correctsEventId, field, oldValue, newValue, reason } = c;
  return {
    event: { type: RECORD_CORRECTED, data: { correctsEventId, field, oldValue, newValue, reason } },
    eventId: c.eventId,
    effectiveOn: c.effectiveOn,
    recordedAt: c.recordedAt,
  };
}

export const CASE_COLUMNS = [
  'stream',
  'aggregate_type',
  'case_id',
  'force_area',
  'status',
  'state',
  'parties',
  'bodies',
  'key_dates',
  'deadlines',
  'classification',
  'opened_on',
  'last_act_on',
  'max_effective_on',
  'first_recorded_on',
  'max_recorded_on',
  'event_count',
  'first_event_id',
  'last_event_id',
  'last_seq',
  'last_revision',
  'has_decider',
  'corrections',
  'segment',
] as const;

export interface CaseRow {
  stream: string;
  aggregate_type: string;
  case_id: string;
  force_area: string | null;
  status: string;
  state: string;
  parties: string;
  bodies: string;
  key_dates: string;
  deadlines: string;
  classification: string;
  opened_on: string | null;
  last_act_on: string | null;
  max_effective_on: string | null;
  first_recorded_on: string | null;
  max_recorded_on: string | null;
  event_count: number;
  first_event_id: string | null;
  last_event_id: string | null;
  last_seq: number;
  last_revision: number;
  has_decider: number;
  corrections: string;
  segment: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The case's status: the decider state's `status` when it has one. */
export function statusOf(state: unknown, hasDecider: boolean): string {
  const s = state && typeof state === 'object' ? (state as Record<string, unknown>).status : undefined;
  return typeof s === 'string' ? s : hasDecider ? 'open' : 'unknown';
}

/**
 * Key dates, generically: every top-level field of the state holding an ISO date
 * (requestedOn, dueOn, submittedOn, ...), plus when the case opened and last moved.
 */
export function keyDatesOf(state: unknown, openedOn: string | null, lastActOn: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (openedOn) out.openedOn = openedOn;
  if (lastActOn) out.lastActOn = lastActOn;
  if (state && typeof state === 'object') {
    for (const [k, v] of Object.entries(state as Record<string, unknown>))
      if (typeof v === 'string' && ISO_DATE.test(v)) out[k] = v;
  }
  return out;
}

function bodiesOf(parties: Party[]): string {
  const bodies = [...new Set(parties.map((p) => p.body))].sort();
  return bodies.length ? `|${bodies.join('|')}|` : '';
}

export function toCaseRow(r: CaseRecord, stateJson: string): CaseRow {
  return {
    stream: r.stream,
    aggregate_type: r.aggregateType,
    case_id: r.caseId,
    force_area: r.forceArea,
    status: statusOf(r.state, r.hasDecider),
    state: stateJson,
    parties: JSON.stringify(r.parties),
    bodies: bodiesOf(r.parties),
    key_dates: JSON.stringify(keyDatesOf(r.state, r.openedOn, r.lastActOn)),
    deadlines: JSON.stringify(r.deadlineSpecs),
    classification: r.classification,
    opened_on: r.openedOn,
    last_act_on: r.lastActOn,
    max_effective_on: r.maxEffectiveOn,
    first_recorded_on: r.firstRecordedOn,
    max_recorded_on: r.maxRecordedOn,
    event_count: r.eventCount,
    first_event_id: r.firstEventId,
    last_event_id: r.lastEventId,
    last_seq: r.lastSeq,
    last_revision: r.lastRevision,
    has_decider: r.hasDecider ? 1 : 0,
    corrections: JSON.stringify(r.corrections),
    segment: JSON.stringify(r.segment),
  };
}

export function fromCaseRow(row: CaseRow): CaseRecord {
  return {
    stream: row.stream,
    aggregateType: row.aggregate_type,
    caseId: row.case_id,
    forceArea: row.force_area,
    state: JSON.parse(row.state),
    hasDecider: Number(row.has_decider) === 1,
    classification: row.classification,
    parties: JSON.parse(row.parties),
    openedOn: row.opened_on,
    lastActOn: row.last_act_on,
    maxEffectiveOn: row.max_effective_on,
    firstRecordedOn: row.first_recorded_on,
    maxRecordedOn: row.max_recorded_on,
    eventCount: Number(row.event_count),
    firstEventId: row.first_event_id,
    lastEventId: row.last_event_id,
    lastSeq: Number(row.last_seq),
    lastRevision: Number(row.last_revision),
    deadlineSpecs: JSON.parse(row.deadlines),
    corrections: JSON.parse(row.corrections),
    segment: JSON.parse(row.segment),
  };
}

function maxOf(a: string | null, b: string): string {
  return a === null || b > a ? b : a;
}
export function minOf(a: string | null, b: string): string {
  return a === null || b < a ? b : a;
}

/** What plan() reads off one event before folding it. */
export interface EventFacts {
  e: ProjectableEvent;
  seq: number;
  effectiveOn: string;
  recordedOn: string;
  isCorrection: boolean;
}

/** Folds one event into the case record: state, deadlines, parties, dates and counters. */
export function recordEvent(
  rec: CaseRecord,
  f: EventFacts,
  state: unknown,
  specs: DeadlineSpec[],
  forceArea: string | null,
): void {
  const { e, seq, effectiveOn, recordedOn, isCorrection } = f;
  const md = e.metadata;
  const actor = md.actor;
  rec.state = state;
  rec.deadlineSpecs = specs;
  rec.forceArea = forceArea ?? null;
  rec.classification = mergeClassification(rec.classification, md.classification);
  if (!rec.parties.some((p) => p.actorId === actor.id && p.role === actor.role && p.body === actor.body)) {
    rec.parties.push({ actorId: actor.id, name: actor.name, role: actor.role, body: actor.body });
  }
  if (!isCorrection) {
    rec.openedOn = minOf(rec.openedOn, effectiveOn);
    rec.lastActOn = maxOf(rec.lastActOn, effectiveOn);
    rec.maxEffectiveOn = maxOf(rec.maxEffectiveOn, effectiveOn);
  }
  rec.firstRecordedOn = minOf(rec.firstRecordedOn, recordedOn);
  rec.maxRecordedOn = maxOf(rec.maxRecordedOn, recordedOn);
  rec.eventCount += 1;
  rec.firstEventId = rec.firstEventId ?? e.eventId;
  rec.lastEventId = e.eventId;
  rec.lastSeq = seq;
  rec.lastRevision = Number(e.revision);
}

/** Keeps a RecordCorrected on the case record, for timelines and exact as-at replay. */
export function recordCorrection(rec: CaseRecord, f: EventFacts, targetRevision: number | null): void {
  const { e, effectiveOn, recordedOn } = f;
  const md = e.metadata;
  const data = e.data as Record<string, unknown>;
  const actor = md.actor;
  rec.corrections.push({
    eventId: e.eventId,
    revision: Number(e.revision),
    correctsEventId: String(data.correctsEventId ?? ''),
    correctsRevision: targetRevision,
    field: String(data.field ?? ''),
    oldValue: data.oldValue ?? null,
    newValue: data.newValue ?? null,
    reason: String(data.reason ?? ''),
    effectiveOn,
    recordedOn,
    recordedAt: md.recordedAt,
    actor: { actorId: actor.id, name: actor.name, role: actor.role, body: actor.body },
  });
}
