import { recordCompleteFor, withStatus } from '@ledger/domain';
import type { DeadlineStatus, IsoDate } from '@ledger/domain';
import type { Visibility } from '../classification';
import { coverageSql } from '../coverage';
import { decodeCursor, encodeCursor } from '../cursor';
import { isTimeView, TimeView } from '../time-view';
import type { QueryContext } from './context';
import { Filter } from './filter';
import type { Tables } from './rows';
import { casesInView, coverageIn } from './scope';
import { deadlineStatusSql } from './status';
import type { DeadlineEntry, DeadlineFilter, Page } from './types';

/** Every statutory deadline, by due date, with its status in the view. */
export async function deadlines(ctx: QueryContext, f: DeadlineFilter = {}): Promise<Page<DeadlineEntry>> {
  const info = ctx.viewInfo(f);
  const t = await ctx.tables();
  const limit = ctx.limitOf(f);
  const after = decodeCursor('deadlines', f.cursor);
  const visibility = f.visibility ?? 'open';
  if (!(await needsReplay(ctx, t, f, visibility))) {
    const d = info.statusDate;
    const covered = coverageSql(await coverageIn(ctx, t, f));
    const status = deadlineStatusSql(covered.sql);
    const inner = new Filter()
      .eq('force_area', f.forceArea)
      .eq('aggregate_type', f.aggregateType)
      .eq('owner', f.owner)
      .eq('stream', f.stream)
      .within('due_on', f.from, f.to)
      .visibleTo(visibility, 'classification');
    const outer = new Filter().eq('status', f.status).after(['due_on', 'stream', 'key'], after);
    const rows = await ctx.db.all<Record<string, string | null>>(
      `SELECT * FROM (SELECT *, ${status} AS status FROM ${t.deadlines} ${inner.sql}) x ${outer.sql} ORDER BY due_on, stream, key LIMIT ?`,
      [d, d, d, ...covered.params, ...inner.params, ...outer.params, limit + 1],
    );
    const items = rows.slice(0, limit).map(deadlineEntryOfRow);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit ? encodeCursor('deadlines', [last.dueOn, last.stream, last.key]) : null,
    };
  }
  // Some case changed after the cut-off: replay the cases in scope (exactly), then sort.
  const all = (await deadlinesInView(ctx, t, f, info.statusDate)).filter(
    (d) =>
      (!f.status || d.status === f.status) &&
      (!f.owner || d.owner === f.owner) &&
      (!f.from || d.dueOn >= f.from) &&
      (!f.to || d.dueOn <= f.to),
  );
  all.sort((a, b) =>
    a.dueOn < b.dueOn
      ? -1
      : a.dueOn > b.dueOn
        ? 1
        : a.stream < b.stream
          ? -1
          : a.stream > b.stream
            ? 1
            : a.key < b.key
              ? -1
              : a.key > b.key
                ? 1
                : 0,
  );
  const start = after
    ? all.findIndex(
        (d) =>
          d.dueOn > after[0] ||
          (d.dueOn === after[0] && (d.stream > after[1] || (d.stream === after[1] && d.key > after[2]))),
      )
    : 0;
  const from = start < 0 ? all.length : start;
  const items = all.slice(from, from + limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: from + limit < all.length ? encodeCursor('deadlines', [last.dueOn, last.stream, last.key]) : null,
  };
}

/** Does any case in scope have events after the view's cut-off? */
async function needsReplay(
  ctx: QueryContext,
  t: Tables,
  f: { forceArea?: string; aggregateType?: string; stream?: string } & TimeView,
  visibility: Visibility,
): Promise<boolean> {
  if (!isTimeView(f)) return false;
  const late: string[] = [];
  if (f.asAt) late.push('max_effective_on > ?');
  if (f.recordedOn) late.push('max_recorded_on > ?');
  const w = new Filter()
    .eq('force_area', f.forceArea)
    .eq('aggregate_type', f.aggregateType)
    .eq('stream', f.stream)
    .visibleTo(visibility, 'classification')
    .where(`(${late.join(' OR ')})`, ...[f.asAt, f.recordedOn].filter((x): x is string => !!x));
  const rows = await ctx.db.all(`SELECT 1 AS x FROM ${t.cases} ${w.sql} LIMIT 1`, w.params);
  return rows.length > 0;
}

/** Every deadline of the cases in scope, with its status in the view (cases replayed where the view needs it). */
async function deadlinesInView(
  ctx: QueryContext,
  t: Tables,
  f: DeadlineFilter,
  statusDate: IsoDate,
): Promise<DeadlineEntry[]> {
  const cases = await casesInView(ctx, t, {
    forceArea: f.forceArea,
    aggregateType: f.aggregateType,
    asAt: f.asAt,
    recordedOn: f.recordedOn,
    visibility: f.visibility,
  });
  const coverage = await coverageIn(ctx, t, f);
  const out: DeadlineEntry[] = [];
  for (const { row, s } of cases) {
    if (f.stream && row.stream !== f.stream) continue;
    for (const d of withStatus(s.specs, statusDate, recordCompleteFor(coverage, row.force_area))) {
      out.push({
        ...d,
        stream: row.stream,
        caseId: row.case_id,
        aggregateType: row.aggregate_type,
        forceArea: row.force_area,
        classification: row.classification,
      });
    }
  }
  return out;
}

function deadlineEntryOfRow(r: Record<string, string | null>): DeadlineEntry {
  return {
    key: r.key as string,
    label: r.label as string,
    dueOn: r.due_on as string,
    citation: r.citation as string,
    confidence: r.confidence as DeadlineEntry['confidence'],
    startsOn: r.starts_on,
    completedOn: r.completed_on,
    status: r.status as DeadlineStatus,
    owner: r.owner as string,
    stream: r.stream as string,
    caseId: r.case_id as string,
    aggregateType: r.aggregate_type as string,
    forceArea: r.force_area,
    classification: r.classification as string,
  };
}
