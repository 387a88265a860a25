/**
 * What a reader of a PDF or CSV needs about each case of an export, in plain words: what
 * the case is, each act summarised with its source, the deadlines with their result, and
 * where the case stands. Built from the exported events alone, through the same pure
 * deciders the ledger uses, so the human view cannot say more than the evidence holds.
 */
import {
  bodyName,
  caseName,
  caseStatusLabel,
  deadlinesAsAt,
  deciderForStream,
  eventLabel,
  foldStream,
  longDate,
  OWNER_LABELS,
  type PlainFact,
  plainFacts,
  processName,
  ROLE_LABELS,
  type RuleFinding,
  summariseEvent,
  toStoredDomainEvent,
  UPCASTERS,
  wordsOf,
  areaWords,
} from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';

export interface ActSource {
  title: string | null;
  date: string | null;
  body: string | null;
  quote: string | null;
  url: string | null;
  synthetic: boolean;
}

export interface PlainAct {
  eventId: string;
  type: string;
  /** Legal (effective) date, in words. */
  date: string;
  recordedAt: string;
  label: string;
  summary: string;
  who: string;
  role: string;
  body: string;
  /** The power exercised, as stored (the caller makes it plain, expanding each Act once). */
  legalBasis: string | null;
  facts: PlainFact[];
  findings: Array<{ kind: 'late' | 'warning'; message: string; citation: string }>;
  source: ActSource;
  classification: string;
  leafIndex: number;
  leafHash: string;
}

export interface PlainDeadline {
  duty: string;
  dueOn: string;
  doneOn: string | null;
  /** Met, Late (done after the due date), No record (not done by the due date), or still to come. */
  result: string;
  owner: string;
  citation: string;
}

export interface PlainCase {
  stream: string;
  process: string;
  /** The case reference, in words. */
  caseId: string;
  area: string | null;
  status: string;
  openedOn: string | null;
  lastActOn: string | null;
  parties: string[];
  deadlines: PlainDeadline[];
  acts: PlainAct[];
  outcome: string;
  synthetic: boolean;
}

function deadlineResult(status: string, completedOn: string | null, statusDate: string): string {
  if (status === 'met') return 'Met';
  if (status === 'late' || (status === 'missed' && completedOn)) return `Late: done ${longDate(completedOn)}`;
  if (status === 'no_record') return `No record it was done (status on ${longDate(statusDate)})`;
  if (status === 'missed')
    return `Missed: not done, and the record is complete for this body (status on ${longDate(statusDate)})`;
  if (status === 'outstanding') return 'Not yet done, and still in time';
  return 'Not yet due';
}

/** The source of an act as its metadata records it (the paper, its words, a link, or synthetic). */
export function sourceOf(md: Record<string, unknown>): ActSource {
  const p = (md.provenance ?? {}) as Record<string, unknown>;
  const doc = (p.sourceDocument ?? null) as Record<string, unknown> | null;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  return {
    title: str(doc?.title),
    date: str(doc?.date),
    body: str(doc?.body),
    quote: str(p.sourceQuote),
    url: str(doc?.url),
    synthetic: p.provenance === 'synthetic',
  };
}

/** Collects the events of an export, stream by stream, and describes each case. */
export class CaseSummaries {
  private readonly streams = new Map<string, Array<{ ev: RecordedEvent; leafIndex: number }>>();

  add(ev: RecordedEvent, leafIndex: number): void {
    const list = this.streams.get(ev.stream) ?? [];
    list.push({ ev, leafIndex });
    this.streams.set(ev.stream, list);
  }

  get size(): number {
    return this.streams.size;
  }

  cases(statusDate: string): PlainCase[] {
    return [...this.streams.entries()].map(([stream, list]) => describeCase(stream, list, statusDate));
  }
}

export function plainAct(ev: RecordedEvent, leafIndex: number): PlainAct {
  const md = ev.metadata as Record<string, unknown> & RecordedEvent['metadata'];
  const findings = ((md.findings ?? []) as unknown as RuleFinding[]).map((f) => ({
    kind: f.kind,
    message: f.message,
    citation: f.citation,
  }));
  const data = UPCASTERS.upcast(ev.type, ev.schemaVersion, ev.data as Record<string, unknown>).data;
  return {
    eventId: ev.eventId,
    type: ev.type,
    date: longDate(md.effectiveAt),
    recordedAt: md.recordedAt,
    label: eventLabel(ev.type),
    summary: summariseEvent(ev.type, data),
    who: md.actor.name,
    role: ROLE_LABELS[md.actor.role] ?? wordsOf(md.actor.role),
    body: bodyName(md.actor.body),
    legalBasis: md.legalBasis ?? null,
    facts: plainFacts(ev.type, data),
    findings,
    source: sourceOf(md),
    classification: md.classification,
    leafIndex,
    leafHash: ev.leafHash,
  };
}

function describeCase(
  stream: string,
  list: Array<{ ev: RecordedEvent; leafIndex: number }>,
  statusDate: string,
): PlainCase {
  const first = list[0].ev.metadata as Record<string, unknown>;
  const prefix = stream.split(':')[0];
  const entry = deciderForStream(stream);
  const aggregateType =
    typeof first.aggregateType === 'string' ? first.aggregateType : (entry?.decider.aggregateType ?? prefix);
  const acts = list.map(({ ev, leafIndex }) => plainAct(ev, leafIndex));
  let status = 'Not known';
  let deadlines: PlainDeadline[] = [];
  if (entry) {
    const state = foldStream(
      entry.decider,
      list.map(({ ev }) => toStoredDomainEvent(ev)),
    );
    const s = (state as { status?: unknown } | null)?.status;
    status = caseStatusLabel(aggregateType, typeof s === 'string' ? s : 'open');
    deadlines = deadlinesAsAt(entry.decider, state, statusDate).map((d) => ({
      duty: d.label,
      dueOn: longDate(d.dueOn),
      doneOn: d.completedOn ? longDate(d.completedOn) : null,
      result: deadlineResult(d.status, d.completedOn, statusDate),
      owner: OWNER_LABELS[d.owner] ?? wordsOf(d.owner),
      citation: d.citation,
    }));
  }
  const parties = [...new Map(list.map(({ ev }) => [ev.metadata.actor.id, ev.metadata.actor])).values()].map(
    (a) => `${a.name} (${ROLE_LABELS[a.role] ?? wordsOf(a.role)}, ${bodyName(a.body)})`,
  );
  const dates = list.map(({ ev }) => ev.metadata.effectiveAt.slice(0, 10)).sort();
  const last = acts[acts.length - 1];
  const area = typeof first.forceArea === 'string' && first.forceArea ? areaWords(first.forceArea) : null;
  return {
    stream,
    process: processName(aggregateType),
    caseId: caseName(typeof first.caseId === 'string' ? first.caseId : stream.slice(prefix.length + 1)),
    area,
    status,
    openedOn: dates[0] ?? null,
    lastActOn: dates[dates.length - 1] ?? null,
    parties,
    deadlines,
    acts,
    outcome: last
      ? `${status}. The latest act on record: ${last.summary.replace(/\.$/, '')}, on ${last.date}.`
      : status,
    synthetic: acts.some((a) => a.source.synthetic),
  };
}
