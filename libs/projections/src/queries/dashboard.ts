import { addDays, recordCompleteFor, withStatus } from '@ledger/domain';
import type { CoverageWindow, IsoDate } from '@ledger/domain';
import type { QueryContext } from './context';
import { decisions } from './decisions';
import { Filter } from './filter';
import type { EventRow } from './rows';
import { casesInView, coverageIn } from './scope';
import { isOpenComplaint, isVetoSql } from './status';
import { trailEntries } from './trail';
import type { Dashboard, DeadlineEntry, DecisionEntry, Page, ViewOptions } from './types';

/** What a Police and Crime Panel needs on one page for its force area, in the view. */
export async function dashboard(
  ctx: QueryContext,
  forceArea: string,
  o: ViewOptions & { upcomingDays?: number } = {},
): Promise<Dashboard> {
  const info = ctx.viewInfo(o);
  const t = await ctx.tables();
  const visibility = o.visibility ?? 'open';
  const cases = await casesInView(ctx, t, { forceArea, asAt: o.asAt, recordedOn: o.recordedOn, visibility });
  const d = info.statusDate;
  const coverage = await coverageIn(ctx, t, o);
  const { all, byProcess, openComplaints } = tally(cases, d, coverage);
  const byDue = (a: DeadlineEntry, b: DeadlineEntry) =>
    a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : 0;
  const outstanding = all.filter((x) => x.status === 'outstanding').sort(byDue);
  // Missed only where the body's record is declared complete; elsewhere an absence is "no record".
  const overdue = all.filter((x) => x.status === 'missed').sort(byDue);
  const noRecord = all.filter((x) => x.status === 'no_record').sort(byDue);
  const metLate = all.filter((x) => x.status === 'late').length;
  const horizon = addDays(d, o.upcomingDays ?? 28);
  const upcoming = outstanding.filter((x) => x.dueOn <= horizon);
  const w = new Filter()
    .eq('e.force_area', forceArea)
    .where(isVetoSql('e.type'))
    .atMost('e.effective_on', o.asAt)
    .atMost('e.recorded_on', o.recordedOn)
    .visibleTo(visibility, 'e.classification', 'c.classification');
  const vetoRows = await ctx.db.all<EventRow>(
    `SELECT e.* FROM ${t.events} e JOIN ${t.cases} c ON c.stream = e.stream ${w.sql} ORDER BY e.effective_on, e.seq`,
    w.params,
  );
  const vetoes = await trailEntries(ctx, t, vetoRows, o, d);
  const unpublished = t.decisions ? await unpublishedCount(ctx, forceArea, o) : 0;
  return {
    forceArea,
    view: info,
    counts: {
      cases: cases.length,
      byProcess,
      outstanding: outstanding.length,
      overdue: overdue.length,
      noRecord: noRecord.length,
      metLate,
      upcoming: upcoming.length,
      vetoes: vetoes.length,
      openComplaints,
      unpublishedSignificantDecisions: unpublished,
    },
    outstanding,
    overdue,
    noRecord,
    upcoming,
    vetoes,
  };
}

/** The cases' deadlines with their status on `d`, and the counts by process and of open complaints. */
function tally(cases: Awaited<ReturnType<typeof casesInView>>, d: IsoDate, coverage: CoverageWindow[]) {
  const all: DeadlineEntry[] = [];
  const byProcess: Record<string, number> = {};
  let openComplaints = 0;
  for (const { row, s } of cases) {
    byProcess[row.aggregate_type] = (byProcess[row.aggregate_type] ?? 0) + 1;
    if (isOpenComplaint(row.aggregate_type, s.status)) openComplaints++;
    for (const dl of withStatus(s.specs, d, recordCompleteFor(coverage, row.force_area)))
      all.push({
        ...dl,
        stream: row.stream,
        caseId: row.case_id,
        aggregateType: row.aggregate_type,
        forceArea: row.force_area,
        classification: row.classification,
      });
  }
  return { all, byProcess, openComplaints };
}

/** Significant decisions of the force area with nothing published, in the view. */
async function unpublishedCount(ctx: QueryContext, forceArea: string, o: ViewOptions): Promise<number> {
  let unpublished = 0;
  for (let cursor: string | null = null; ;) {
    const page: Page<DecisionEntry> = await decisions(ctx, {
      forceArea,
      asAt: o.asAt,
      recordedOn: o.recordedOn,
      visibility: o.visibility ?? 'open',
      published: false,
      cursor,
      limit: 500,
    });
    unpublished += page.items.length;
    if (!page.nextCursor) return unpublished;
    cursor = page.nextCursor;
  }
}
