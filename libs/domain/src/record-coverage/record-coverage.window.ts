import type { IsoDate } from '../core/calendar';
import { compareDates } from '../core/calendar';
import type { DeadlineSpec, RecordComplete } from '../core/deadlines';
import type { RecordCoverageState } from './record-coverage.decider';

/** A period for which a body's record in a force area is declared complete. */
export interface CoverageWindow {
  forceArea: string;
  body: string;
  completeFrom: IsoDate;
  completeTo: IsoDate | null;
}

/** The window a folded coverage case declares, or null (none yet, or withdrawn). */
export function coverageWindowOf(state: RecordCoverageState | null | undefined): CoverageWindow | null {
  if (!state || state.status !== 'declared') return null;
  return {
    forceArea: state.forceArea,
    body: state.body,
    completeFrom: state.completeFrom,
    completeTo: state.completeTo,
  };
}

/** Is the record of `body` in `forceArea` declared complete on `on`? */
function isRecordComplete(
  windows: readonly CoverageWindow[],
  forceArea: string | null,
  body: string,
  on: IsoDate,
): boolean {
  return windows.some(
    (w) =>
      w.forceArea === forceArea &&
      w.body === body &&
      compareDates(w.completeFrom, on) <= 0 &&
      (w.completeTo === null || compareDates(on, w.completeTo) <= 0),
  );
}

/** The completeness test for one case's deadlines: judged on each deadline's due date, for the body that owes it. */
export function recordCompleteFor(windows: readonly CoverageWindow[], forceArea: string | null): RecordComplete {
  return (spec: DeadlineSpec) => isRecordComplete(windows, forceArea, spec.owner, spec.dueOn);
}
