import { applyCorrections, toDate } from '@ledger/domain';
import type { IsoDate } from '@ledger/domain';
import { decodeCursor, encodeCursor } from '../cursor';
import { decisionFields } from '../projections/decision-fields';
import type { QueryContext } from './context';
import { Filter } from './filter';
import { FAR } from './rows';
import { ReadModelNotReady } from './types';
import type { DecisionEntry, DecisionFilter, Page } from './types';

/** Decisions (by default only those of significant public interest), newest first, with whether and when each was published. */
export async function decisions(ctx: QueryContext, f: DecisionFilter = {}): Promise<Page<DecisionEntry>> {
  ctx.viewInfo(f); // validates the dates
  const t = await ctx.tables();
  if (!t.decisions || !t.pubs) throw new ReadModelNotReady('decisions');
  const limit = ctx.limitOf(f);
  const significantOnly = f.significantOnly ?? true;
  const base = new Filter()
    .eq('d.force_area', f.forceArea)
    .eq('d.body', f.body)
    .inView('d.decided_on', 'd.recorded_on', f)
    .visibleTo(f.visibility, 'd.classification', { orNull: 'c.classification' });
  // A correction recorded after recordedOn may have changed significance: such rows are re-read below.
  if (significantOnly && f.recordedOn) base.where('(d.significant = 1 OR d.corrected_recorded_on > ?)', f.recordedOn);
  else if (significantOnly) base.where('d.significant = 1');
  const items: DecisionEntry[] = [];
  const seqs = new Map<string, number>();
  let key: [string, number] | null = decodeCursor('decisions', f.cursor);
  const chunk = limit + 1;
  for (;;) {
    const w = base.clone().after(['d.decided_on', 'd.seq'], key, 'desc');
    const rows = await ctx.db.all<Record<string, unknown>>(
      `SELECT d.*, (SELECT MIN(p.published_on) FROM ${t.pubs} p WHERE p.decision_event_id = d.decision_event_id AND p.published_on <= ? AND p.recorded_on <= ?) AS published_on
       FROM ${t.decisions} d LEFT JOIN ${t.cases} c ON c.stream = d.stream ${w.sql}
       ORDER BY d.decided_on DESC, d.seq DESC LIMIT ?`,
      [f.asAt ?? FAR, f.recordedOn ?? FAR, ...w.params, chunk],
    );
    for (const r of rows) {
      key = [r.decided_on as string, Number(r.seq)];
      let data = JSON.parse(r.data as string) as Record<string, unknown>;
      if (f.recordedOn && r.corrected_recorded_on && (r.corrected_recorded_on as string) > f.recordedOn)
        data = await decisionDataAsRecorded(ctx, r.stream as string, r.decision_event_id as string, f.recordedOn);
      const fields = decisionFields(data);
      if (significantOnly && fields.significant !== true) continue;
      const publishedOn = (r.published_on as string | null) ?? null;
      if (f.published !== undefined && f.published !== (publishedOn !== null)) continue;
      if (items.length === limit) {
        const last = items[limit - 1];
        return {
          items,
          nextCursor: encodeCursor('decisions', [last.decidedOn, seqs.get(last.decisionEventId) as number]),
        };
      }
      items.push(decisionEntry(r, fields, publishedOn));
      seqs.set(r.decision_event_id as string, Number(r.seq));
    }
    if (rows.length < chunk) return { items, nextCursor: null };
  }
}

/** The decision's data as the record showed it on `recordedOn` (corrections recorded later left out). */
async function decisionDataAsRecorded(
  ctx: QueryContext,
  stream: string,
  eventId: string,
  recordedOn: IsoDate,
): Promise<Record<string, unknown>> {
  const list = [];
  for await (const e of ctx.store.readStream(stream)) {
    if (toDate(e.metadata.recordedAt) > recordedOn) continue;
    if (
      e.eventId === eventId ||
      (e.type === 'RecordCorrected' && (e.data as Record<string, unknown>).correctsEventId === eventId)
    ) {
      list.push({
        event: { type: e.type, data: e.data },
        eventId: e.eventId,
        effectiveOn: toDate(e.metadata.effectiveAt),
        recordedAt: e.metadata.recordedAt,
      });
    }
  }
  const found = applyCorrections(list as never).find((x) => x.eventId === eventId);
  return (found?.event.data ?? {}) as Record<string, unknown>;
}

function decisionEntry(
  r: Record<string, unknown>,
  fields: ReturnType<typeof decisionFields>,
  publishedOn: IsoDate | null,
): DecisionEntry {
  return {
    decisionEventId: r.decision_event_id as string,
    stream: r.stream as string,
    caseId: r.case_id as string,
    forceArea: (r.force_area as string | null) ?? null,
    decisionRef: fields.decisionRef,
    title: fields.title,
    significantPublicInterest: fields.significant,
    decidedOn: r.decided_on as string,
    recordedAt: r.recorded_at as string,
    decisionMaker: {
      id: r.actor_id as string,
      name: r.actor_name as string,
      role: r.role as string,
      body: r.body as string,
    },
    legalBasis: (r.legal_basis as string | null) ?? null,
    classification: r.classification as string,
    published: publishedOn !== null,
    publishedOn,
    daysToPublish: publishedOn
      ? Math.round((Date.parse(publishedOn) - Date.parse(r.decided_on as string)) / 86_400_000)
      : null,
  };
}
