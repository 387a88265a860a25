import {
  areaWords,
  bodyName,
  caseName,
  eventLabel,
  longDate,
  plainFacts,
  policeArea,
  processName,
  summariseEvent,
  RECORD_CORRECTED,
} from '@ledger/domain';
import type { PlainFact } from '@ledger/domain';
import type { EventStore } from '@ledger/event-store';
import { classificationRank } from './classification';
import { QueryContext } from './queries/context';
import { Filter } from './queries/filter';
import type { ReadModelDb } from './storage/db';
import type { EventRow } from './queries/rows';

/**
 * The publication feed of a police area: what a commissioner publishes on the decision
 * register (SI 2011/3050: decisions and the specified information) and what its panel
 * reports (PRSRA 2011 s.28), newest first, as people subscribe to them in council
 * committee systems. Only open acts are listed. A case with one exempt act keeps its open
 * acts in the feed: the feed lists acts, and each act carries its own classification.
 * Built from the events read model; each act's data is read from the store to word it.
 */
const FEED_EVENT_TYPES: Record<string, readonly string[]> = {
  DecisionRegister: ['DecisionRecorded', 'SpecifiedInformationPublished', RECORD_CORRECTED],
  PanelReport: [
    'PanelReportMade',
    'AppointmentReportEntered',
    'PanelReportPublished',
    'PanelReportResponseReceived',
    RECORD_CORRECTED,
  ],
};

export interface FeedEntry {
  eventId: string;
  stream: string;
  caseId: string;
  aggregateType: string;
  type: string;
  /** Plain title: what happened and to what. */
  title: string;
  /** One plain sentence. */
  summary: string;
  /** The act's recorded data, labelled. */
  facts: PlainFact[];
  /** Who acted, by body name. */
  author: string;
  /** The process, in words (a feed category). */
  category: string;
  /** Legal date of the act. */
  effectiveOn: string;
  /** When the ledger recorded it: the entry's `updated`. */
  recordedAt: string;
  /** Where the published paper is, when a URL is on record. */
  paperUrl: string | null;
  /** The public may open the case's page: none of its acts is restricted. */
  casePublic: boolean;
}

export interface PublicationFeed {
  forceArea: string;
  /** The area by name; an area that is not one of England and Wales's says it is synthetic. */
  areaName: string;
  entries: FeedEntry[];
}

/** The events-index columns a feed entry needs, and the classification of its case. */
type Row = Pick<
  EventRow,
  'event_id' | 'stream' | 'revision' | 'type' | 'aggregate_type' | 'case_id' | 'effective_on' | 'recorded_at' | 'body'
> & { case_classification: string | null };

function feedAreaName(slug: string): string {
  return policeArea(slug) ? areaWords(slug) : `${areaWords(slug)} (synthetic demonstration area)`;
}

/** A stable entry id: the event's UUID as a URN (RFC 4122), else a tag URI (RFC 4151). */
export function feedEntryId(eventId: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(eventId)
    ? `urn:uuid:${eventId.toLowerCase()}`
    : `tag:governance-ledger,2012:event/${encodeURIComponent(eventId)}`;
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function titleOf(type: string, caseId: string, data: Record<string, unknown>): string {
  const label = eventLabel(type);
  if (type === 'DecisionRecorded') {
    const ref = text(data.decisionRef);
    return `Decision${ref ? ` ${ref}` : ''}: ${text(data.title) ?? 'untitled'}`;
  }
  const what = text(data.title) ?? text(data.subject) ?? text(data.description);
  return what ? `${label}: ${what}` : `${label} (${caseName(caseId)})`;
}

/** "Decision recorded on 15 September 2014. Of significant public interest." */
function summaryOf(type: string, effectiveOn: string, data: Record<string, unknown>): string {
  const sentence = `${summariseEvent(type, data).replace(/\.$/, '')} on ${longDate(effectiveOn)}.`;
  return data.significantPublicInterest === true ? `${sentence} Of significant public interest.` : sentence;
}

function paperUrl(data: Record<string, unknown>, metadata: Record<string, unknown>): string | null {
  const direct = text(data.url);
  if (direct) return direct;
  const p = (metadata.provenance ?? {}) as Record<string, unknown>;
  const doc = (p.sourceDocument ?? {}) as Record<string, unknown>;
  return text(doc.url);
}

/** The newest `limit` (at most 200) open publication acts of a police area. */
export async function publicationFeed(
  db: ReadModelDb,
  store: EventStore,
  forceArea: string,
  limit = 50,
): Promise<PublicationFeed> {
  const n = Math.max(1, Math.min(200, Math.floor(limit)));
  const t = await new QueryContext(db, store, () => new Date()).tables();
  const kinds = Object.entries(FEED_EVENT_TYPES);
  const w = new Filter()
    .eq('e.force_area', forceArea)
    .visibleTo('open', 'e.classification')
    .where(
      `(${kinds.map(([, types]) => `(e.aggregate_type = ? AND e.type IN (${types.map(() => '?').join(', ')}))`).join(' OR ')})`,
      ...kinds.flatMap(([a, types]) => [a, ...types]),
    );
  // The case's own classification says whether the public may open its page.
  const rows = await db.all<Row>(
    `SELECT e.event_id, e.stream, e.revision, e.type, e.aggregate_type, e.case_id, e.effective_on, e.recorded_at, e.body, c.classification AS case_classification
     FROM ${t.events} e LEFT JOIN ${t.cases} c ON c.stream = e.stream ${w.sql} ORDER BY e.recorded_at DESC, e.seq DESC LIMIT ?`,
    [...w.params, n],
  );
  const entries: FeedEntry[] = [];
  for (const r of rows) {
    let data: Record<string, unknown> = {};
    let metadata: Record<string, unknown> = {};
    for await (const e of store.readStream(r.stream, { from: BigInt(r.revision), limit: 1 })) {
      data = (e.data ?? {}) as Record<string, unknown>;
      metadata = e.metadata as unknown as Record<string, unknown>;
    }
    entries.push({
      eventId: r.event_id,
      stream: r.stream,
      caseId: r.case_id,
      aggregateType: r.aggregate_type,
      type: r.type,
      title: titleOf(r.type, r.case_id, data),
      summary: summaryOf(r.type, r.effective_on, data),
      facts: plainFacts(r.type, data),
      author: bodyName(r.body),
      category: processName(r.aggregate_type),
      effectiveOn: r.effective_on,
      recordedAt: r.recorded_at,
      paperUrl: paperUrl(data, metadata),
      casePublic: classificationRank(r.case_classification) === 0,
    });
  }
  return { forceArea, areaName: feedAreaName(forceArea), entries };
}
