import { applyCorrections, toDate } from '@ledger/domain';
import type { Deadline, RuleFinding } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { isVisible } from '../classification';
import { decodeCursor, encodeCursor } from '../cursor';
import type { CaseRow } from '../projections/case-record';
import { dayOf } from '../projections/cases.projection';
import type { DeadlineRef } from '../projections/cases.projection';
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
  const visibility = o.visibility ?? 'open';
  const start = decodeCursor('timeline', cursor)?.[0] ?? 0;
  const picked: RecordedEvent[] = [];
  let next: number | null = null;
  // Read in small chunks: the adapter decodes every event it returns.
  const chunk = Math.min(500, limit + 1);
  let from = start;
  scan: for (;;) {
    let got = 0;
    for await (const e of ctx.store.readStream(row.stream, { from: BigInt(from), limit: chunk })) {
      got++;
      from = Number(e.revision) + 1;
      if (
        !inView(
          { type: e.type, effectiveOn: dayOf(e.metadata.effectiveAt), recordedOn: dayOf(e.metadata.recordedAt) },
          o,
        )
      )
        continue;
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
  const rows = await ctx.db.all<{ revision: number; deadline_refs: string | null }>(
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
        {
          event: { type: e.type, data },
          eventId: e.eventId,
          effectiveOn: toDate(e.metadata.effectiveAt),
          recordedAt: e.metadata.recordedAt,
        },
        ...own.map((c) => ({
          event: {
            type: 'RecordCorrected',
            data: {
              correctsEventId: c.correctsEventId,
              field: c.field,
              oldValue: c.oldValue,
              newValue: c.newValue,
              reason: c.reason,
            },
          },
          eventId: c.eventId,
          effectiveOn: c.effectiveOn,
          recordedAt: c.recordedAt,
        })),
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
      deadlines: trailDeadlines(refs.get(Number(e.revision)) ?? [], byKey),
    };
  });
  return { items, nextCursor: next === null ? null : encodeCursor('timeline', [next]) };
}
