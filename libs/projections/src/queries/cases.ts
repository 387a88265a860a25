import { isVisible } from '../classification';
import { decodeCursor, encodeCursor } from '../cursor';
import type { CaseRow } from '../projections/case-record';
import { isTimeView } from '../time-view';
import { caseState, summary } from './case-state';
import type { QueryContext } from './context';
import { caseFilter, coverageIn } from './scope';
import { timeline } from './timeline';
import type { CaseFilter, CaseSummary, CaseView, CaseViewOptions, Page } from './types';

const CASE_ORDER = [`COALESCE(opened_on, '')`, 'stream'];

/** Cases, newest first (by opening date), with state, deadlines and parties in the view. */
export async function listCases(ctx: QueryContext, f: CaseFilter = {}): Promise<Page<CaseSummary>> {
  const info = ctx.viewInfo(f);
  const t = await ctx.tables();
  const limit = ctx.limitOf(f);
  const base = caseFilter(f);
  const timeView = isTimeView(f);
  // The stored status is today's: in a past view it is checked on each replayed case instead.
  if (!timeView) base.eq('status', f.status);
  const coverage = await coverageIn(ctx, t, f);
  const items: CaseSummary[] = [];
  let key: [string, string] | null = decodeCursor('cases', f.cursor);
  const chunk = timeView && f.status ? limit * 4 : limit + 1;
  for (;;) {
    const w = base.clone().after(CASE_ORDER, key, 'desc');
    const rows = await ctx.db.all<CaseRow>(
      `SELECT * FROM ${t.cases} ${w.sql} ORDER BY COALESCE(opened_on, '') DESC, stream DESC LIMIT ?`,
      [...w.params, chunk],
    );
    for (const row of rows) {
      const s = await caseState(ctx, t, row, f);
      key = [row.opened_on ?? '', row.stream];
      if (!s || (f.status && s.status !== f.status)) continue;
      if (items.length === limit)
        return { items, nextCursor: encodeCursor('cases', [items[limit - 1].openedOn ?? '', items[limit - 1].stream]) };
      items.push(summary(row, s, info.statusDate, coverage));
    }
    if (rows.length < chunk) return { items, nextCursor: null };
  }
}

/** One case: state, deadlines and timeline in the view. Null if unknown, not visible, or not yet in existence in the view. */
export async function getCase(ctx: QueryContext, stream: string, view: CaseViewOptions = {}): Promise<CaseView | null> {
  const info = ctx.viewInfo(view);
  const t = await ctx.tables();
  const row = (await ctx.db.all<CaseRow>(`SELECT * FROM ${t.cases} WHERE stream = ?`, [stream]))[0];
  if (!row) return null;
  // The case's force area is known from its row, so what the caller sees is settled before the one replay.
  const o = {
    ...view,
    visibility: typeof view.visibility === 'function' ? view.visibility(row.force_area) : view.visibility,
  };
  if (!isVisible(row.classification, o.visibility ?? 'open')) return null;
  const s = await caseState(ctx, t, row, o);
  if (!s) return null;
  const head = summary(row, s, info.statusDate, await coverageIn(ctx, t, o));
  const page = await timeline(ctx, t, row, s, head.deadlines, o, o.timelineCursor ?? null, o.timelineLimit ?? 50);
  return {
    ...head,
    state: s.state,
    links: { firstEventId: row.first_event_id, lastEventId: row.last_event_id },
    corrections: s.corrections,
    view: info,
    timeline: page,
  };
}
