import type { CoverageWindow } from '@ledger/domain';
import { coverageWindowsOf } from '../coverage';
import type { CaseRow } from '../projections/case-record';
import type { TimeView } from '../time-view';
import { caseState } from './case-state';
import type { QueryContext } from './context';
import { Filter } from './filter';
import type { CaseState, Tables } from './rows';
import type { CaseFilter } from './types';

/** The cases table filtered as asked; a case is in a view once it was opened and first recorded by the view's dates. */
export function caseFilter(f: CaseFilter): Filter {
  return new Filter()
    .eq('force_area', f.forceArea)
    .eq('aggregate_type', f.aggregateType)
    .listHas('bodies', f.body)
    .inView('opened_on', 'first_recorded_on', f)
    .visibleTo(f.visibility, 'classification');
}

/** The periods for which bodies' records are declared complete, as the view shows them. */
export async function coverageIn(ctx: QueryContext, t: Tables, v: TimeView): Promise<CoverageWindow[]> {
  return coverageWindowsOf(
    await casesInView(ctx, t, {
      aggregateType: 'RecordCoverage',
      asAt: v.asAt,
      recordedOn: v.recordedOn,
      visibility: 'all',
    }),
  );
}

/** Every case in scope that exists in the view, with its state there. */
export async function casesInView(
  ctx: QueryContext,
  t: Tables,
  f: CaseFilter,
): Promise<Array<{ row: CaseRow; s: CaseState }>> {
  const w = caseFilter(f);
  const rows = await ctx.db.all<CaseRow>(`SELECT * FROM ${t.cases} ${w.sql} ORDER BY stream`, w.params);
  const out: Array<{ row: CaseRow; s: CaseState }> = [];
  for (const row of rows) {
    const s = await caseState(ctx, t, row, f);
    if (s) out.push({ row, s });
  }
  return out;
}
