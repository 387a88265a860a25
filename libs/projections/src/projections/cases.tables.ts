import type { DeadlineSpec, RuleFinding } from '@ledger/domain';
import type { SqlValue } from '../storage/db';
import type { TableSpec } from '../storage/schema';
import { CASE_COLUMNS, type CaseRecord, type EventFacts, type Party } from './case-record';

/*
 * The tables the `cases` projection writes and the shape of their rows, apart from the fold
 * that fills them (cases.projection.ts): the queries read these columns, the fold computes them.
 */

export type DeadlineRelation = 'triggered' | 'discharged' | 'changed' | 'withdrawn';
export interface DeadlineRef {
  key: string;
  relation: DeadlineRelation;
}

export const EVENT_COLUMNS = [
  'seq',
  'position',
  'event_id',
  'stream',
  'revision',
  'type',
  'aggregate_type',
  'case_id',
  'force_area',
  'effective_at',
  'effective_on',
  'recorded_at',
  'recorded_on',
  'actor_id',
  'actor_name',
  'role',
  'body',
  'legal_basis',
  'classification',
  'command',
  'findings',
  'late',
  'deadline_refs',
  'corrects_event_id',
  'correction',
] as const;

export const DEADLINE_COLUMNS = [
  'stream',
  'key',
  'aggregate_type',
  'case_id',
  'force_area',
  'label',
  'due_on',
  'starts_on',
  'completed_on',
  'citation',
  'confidence',
  'owner',
  'classification',
] as const;

export const SNAPSHOT_COLUMNS = ['stream', 'revision', 'max_effective_on', 'max_recorded_on', 'state', 'meta'] as const;
/**
 * Per stream and segment of SNAPSHOT_EVERY revisions: the earliest effective day of its
 * non-correction events and the earliest recorded day of all its events. A replay after a
 * snapshot reads only the segments that can hold an event in the view.
 */
export const SEGMENT_COLUMNS = ['stream', 'seg', 'min_effective_on', 'min_recorded_on'] as const;

/** What a snapshot knows about its prefix besides the state (for replayed views). */
export interface SnapshotMeta {
  parties: Party[];
  openedOn: string | null;
  lastActOn: string | null;
  eventCount: number;
}

const t = (cols: readonly string[], ints: string[] = []): Array<[string, 'text' | 'int']> =>
  cols.map((c) => [c, ints.includes(c) ? 'int' : 'text']);

export const CASES_TABLES: TableSpec[] = [
  {
    name: 'cases',
    columns: t(CASE_COLUMNS, ['event_count', 'last_seq', 'last_revision', 'has_decider']),
    primaryKey: ['stream'],
    indexes: [['force_area', 'opened_on'], ['aggregate_type', 'opened_on'], ['opened_on']],
  },
  {
    name: 'deadlines',
    columns: t(DEADLINE_COLUMNS),
    primaryKey: ['stream', 'key'],
    indexes: [['due_on'], ['force_area', 'due_on']],
  },
  {
    name: 'events',
    columns: t(EVENT_COLUMNS, ['seq', 'revision', 'late']),
    primaryKey: ['seq'],
    indexes: [
      ['stream', 'revision'],
      ['body', 'effective_on', 'seq'],
      ['actor_id', 'effective_on', 'seq'],
      ['force_area', 'effective_on', 'seq'],
    ],
  },
  {
    name: 'snapshots',
    columns: t(SNAPSHOT_COLUMNS, ['revision']),
    primaryKey: ['stream', 'revision'],
    indexes: [],
  },
  {
    name: 'segments',
    columns: t(SEGMENT_COLUMNS, ['seg']),
    primaryKey: ['stream', 'seg'],
    indexes: [],
  },
];

function sameSpec(a: DeadlineSpec, b: DeadlineSpec): boolean {
  return a.dueOn === b.dueOn && a.startsOn === b.startsOn && a.completedOn === b.completedOn && a.label === b.label;
}

/** Which deadlines an act triggered, discharged, changed or withdrew: the diff of the case's deadlines. */
export function diffDeadlines(before: DeadlineSpec[], after: DeadlineSpec[]): DeadlineRef[] {
  const refs: DeadlineRef[] = [];
  const prev = new Map(before.map((d) => [d.key, d]));
  const next = new Set<string>();
  for (const d of after) {
    next.add(d.key);
    const p = prev.get(d.key);
    if (!p) refs.push({ key: d.key, relation: d.completedOn ? 'discharged' : 'triggered' });
    else if (!p.completedOn && d.completedOn) refs.push({ key: d.key, relation: 'discharged' });
    else if (!sameSpec(p, d)) refs.push({ key: d.key, relation: 'changed' });
  }
  for (const d of before) if (!next.has(d.key)) refs.push({ key: d.key, relation: 'withdrawn' });
  return refs;
}

/** The events-index row of one event. */
export function eventRow(f: EventFacts, rec: CaseRecord, forceArea: string | null, refs: DeadlineRef[]): SqlValue[] {
  const { e, seq, effectiveOn, recordedOn, isCorrection } = f;
  const md = e.metadata;
  const findings = (md.findings as unknown as RuleFinding[] | undefined) ?? [];
  const data = e.data as Record<string, unknown>;
  const actor = md.actor;
  const extras = md as Record<string, unknown>;
  return [
    seq,
    e.position,
    e.eventId,
    e.stream,
    Number(e.revision),
    e.type,
    rec.aggregateType,
    rec.caseId,
    forceArea ?? null,
    md.effectiveAt,
    effectiveOn,
    md.recordedAt,
    recordedOn,
    actor.id,
    actor.name,
    actor.role,
    actor.body,
    md.legalBasis ?? null,
    md.classification,
    typeof extras.command === 'string' ? extras.command : null,
    findings.length ? JSON.stringify(findings) : null,
    findings.some((f) => f.kind === 'late') ? 1 : 0,
    refs.length ? JSON.stringify(refs) : null,
    isCorrection && typeof data.correctsEventId === 'string' ? data.correctsEventId : null,
    isCorrection
      ? JSON.stringify({
          field: data.field ?? null,
          oldValue: data.oldValue ?? null,
          newValue: data.newValue ?? null,
          reason: data.reason ?? null,
        })
      : null,
  ];
}

/** The deadlines-register row of one of a case's deadlines. */
export function deadlineRow(rec: CaseRecord, d: DeadlineSpec): SqlValue[] {
  return [
    rec.stream,
    d.key,
    rec.aggregateType,
    rec.caseId,
    rec.forceArea,
    d.label,
    d.dueOn,
    d.startsOn,
    d.completedOn,
    d.citation,
    d.confidence,
    d.owner,
    rec.classification,
  ];
}
