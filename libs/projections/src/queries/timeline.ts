import { applyCorrections, toDate } from '@ledger/domain';
import type { Deadline, RuleFinding } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { isVisible } from '../classification';
import { decodeCursor, encodeCursor } from '../cursor';
import { correctionEvent, type CaseRow } from '../projections/case-record';
import { dayOf } from '../projections/cases.projection';
import type { DeadlineRef } from '../projections/cases.tables';
import { inView } from '../time-view';
import type { QueryContext } from './context';
import type { CaseState, Tables } from './rows';
import { trailDeadlines } from './trail';
import type { Page, TimelineEntry, ViewOptions } from './types';

/** A case's acts in the view, a page at a time, each with its corrections and the deadlines it touched. */
export async function timeline(
  ctx: QueryContext,
  t: Tables,
  row: CaseRow,
  s: CaseState,
  deadlines: Deadline[],
  o: ViewOptions,
  cursor: string | null,
  limit: number,
): Promise<Page<TimelineEntry>> {
  if (limit === 0) return { items: [], nextCursor: null };
  const start = decodeCursor('timeline', cursor)?.[0] ?? 0;
  const { picked, next } = await pickEvents(ctx, row.stream, o, start, limit);
  if (picked.length === 0) return { items: [], nextCursor: null };
  const refs = await deadlineRefs(ctx, t, row.stream, picked);
  const byKey = new Map(deadlines.map((d) => [d.key, d]));
  const items = picked.map((e) => timelineEntry(e, s, trailDeadlines(refs.get(Number(e.revision)) ?? [], byKey)));
  return { items, nextCursor: next === null ? null : encodeCursor('timeline', [next]) };
}

/** Up to `limit` events of the stream in the view from revision `start`, and the revision the next page starts at. */
async function pickEvents(
  ctx: QueryContext,
  stream: string,
  o: ViewOptions,
  start: number,
  limit: number,
): Promise<{ picked: RecordedEvent[]; next: number | null }> {
  const visibility = o.visibility ?? 'open';
  const picked: RecordedEvent[] = [];
  // Read in small chunks: the adapter decodes every event it returns.
  const chunk = Math.min(500, limit + 1);
  let from = start;
  for (;;) {
    let got = 0;
    for await (const e of ctx.store.readStream(stream, { from: BigInt(from), limit: chunk })) {
      got++;
      from = Number(e.revision) + 1;
      const day = {
        type: e.type,
        effectiveOn: dayOf(e.metadata.effectiveAt),
        recordedOn: dayOf(e.metadata.recordedAt),
      };
      if (!inView(day, o) || !isVisible(e.metadata.classification, visibility)) continue;
      if (picked.length === limit) return { picked, next: Number(e.revision) };
      picked.push(e);
    }
    if (got < chunk) return { picked, next: null };
  }
}

/** The deadlines each picked event touched, by revision, from the events index. */
async function deadlineRefs(
  ctx: QueryContext,
  t: Tables,
  stream: string,
  picked: RecordedEvent[],
): Promise<Map<number, DeadlineRef[]>> {
  const refs = new Map<number, DeadlineRef[]>();
  const rows = await ctx.db.all<{ revision: number; deadline_refs: string | null }>(
    `SELECT revision, deadline_refs FROM ${t.events} WHERE stream = ? AND revision >= ? AND revision <= ? AND deadline_refs IS NOT NULL`,
    [stream, Number(picked[0].revision), Number(picked[picked.length - 1].revision)],
  );
  for (const r of rows) refs.set(Number(r.revision), JSON.parse(r.deadline_refs as string));
  return refs;
}

/** The event's data with its corrections applied, as the domain applies them. */
function correctedData(e: RecordedEvent, own: CaseState['corrections']): Record<string, unknown> {
  const data = e.data as Record<string, unknown>;
  if (!own.length) return data;
  const stored = [
    {
      event: { type: e.type, data },
      eventId: e.eventId,
      effectiveOn: toDate(e.metadata.effectiveAt),
      recordedAt: e.metadata.recordedAt,
    },
    ...own.map(correctionEvent),
  ];
  return applyCorrections(stored as never)[0].event.data as Record<string, unknown>;
}

function timelineEntry(e: RecordedEvent, s: CaseState, deadlines: TimelineEntry['deadlines']): TimelineEntry {
  const own = s.corrections.filter((c) => c.correctsEventId === e.eventId);
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
    data: correctedData(e, own),
    corrections: own.map((c) => ({
      eventId: c.eventId,
      field: c.field,
      oldValue: c.oldValue,
      newValue: c.newValue,
      reason: c.reason,
      recordedAt: c.recordedAt,
      effectiveOn: c.effectiveOn,
      actor: c.actor,
    })),
    correctionOf:
      e.type === 'RecordCorrected'
        ? {
            eventId: String(d.correctsEventId),
            field: String(d.field),
            oldValue: d.oldValue ?? null,
            newValue: d.newValue ?? null,
            reason: String(d.reason ?? ''),
          }
        : null,
    deadlines,
  };
}
