import { coverageWindowOf } from '@ledger/domain';
import type { CoverageWindow, RecordCoverageState } from '@ledger/domain';
import type { SqlValue } from './storage/db';

/** Coverage windows from folded RecordCoverage cases (withdrawn declarations drop out). */
export function coverageWindowsOf(cases: Array<{ s: { state: unknown } }>): CoverageWindow[] {
  return cases
    .map(({ s }) => coverageWindowOf(s.state as RecordCoverageState))
    .filter((w): w is CoverageWindow => w !== null);
}

/**
 * A SQL condition on a deadlines row (force_area, owner, due_on): true when the owing body's
 * record is declared complete on the due date. Declarations are few, so they go inline.
 */
export function coverageSql(windows: readonly CoverageWindow[]): { sql: string; params: SqlValue[] } {
  if (windows.length === 0) return { sql: '1 = 0', params: [] };
  return {
    sql: `(${windows.map(() => '(force_area = ? AND owner = ? AND due_on >= ? AND due_on <= ?)').join(' OR ')})`,
    params: windows.flatMap((w) => [w.forceArea, w.body, w.completeFrom, w.completeTo ?? '9999-12-31']),
  };
}
