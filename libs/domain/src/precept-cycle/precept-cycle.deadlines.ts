import type { IsoDate } from '../core/calendar';
import { type DeadlineSpec, deadlineOf } from '../core/deadlines';
import type { PreceptCycleState } from './precept-cycle.state';
import {
  PRECEPT_FIRST_RESPONSE_LATE,
  PRECEPT_NOTIFIED_LATE,
  PRECEPT_REPORT_LATE,
  PRECEPT_REVISED_LATE,
  PRECEPT_SECOND_REPORT_LATE,
  PRECEPT_SECOND_RESPONSE_LATE,
} from './precept-cycle.rules';

/** One deadline of the cycle, its citation and confidence taken from the rule that flags it late. */
function spec(
  key: string,
  label: string,
  dueOn: IsoDate,
  rule: { citation: string; confidence: DeadlineSpec['confidence'] },
  startsOn: IsoDate | null,
  completedOn: IsoDate | null,
  owner: string,
): DeadlineSpec {
  return deadlineOf(rule, { key, label, dueOn, startsOn, completedOn, owner });
}

/** Every statutory deadline of the precept cycle (Sch 5; SI 2012/2271 Part 2), without status. */
export function preceptDeadlines(state: PreceptCycleState): DeadlineSpec[] {
  if (state.status === 'none') return [];
  const t = state.timetable;
  const out: DeadlineSpec[] = [
    spec(
      'precept.notify',
      'PCC notifies the panel of the proposed precept',
      t.notifyBy,
      PRECEPT_NOTIFIED_LATE,
      null,
      state.notifiedOn,
      'pcc',
    ),
    spec(
      'precept.report',
      'Panel reports on the proposed precept (any veto in this report)',
      t.reportBy,
      PRECEPT_REPORT_LATE,
      state.notifiedOn,
      state.report?.madeOn ?? null,
      'panel',
    ),
  ];
  if (state.veto?.effective) {
    const v = state.veto.vetoedOn;
    out.push(
      spec(
        'precept.veto-response',
        'PCC responds to the veto report',
        t.revisedBy,
        PRECEPT_FIRST_RESPONSE_LATE,
        v,
        state.firstResponseOn,
        'pcc',
      ),
      spec(
        'precept.revised',
        'PCC notifies the revised precept',
        t.revisedBy,
        PRECEPT_REVISED_LATE,
        v,
        state.revised?.notifiedOn ?? null,
        'pcc',
      ),
      spec(
        'precept.second-report',
        'Panel reports on the revised precept',
        t.secondReportBy,
        PRECEPT_SECOND_REPORT_LATE,
        state.revised?.notifiedOn ?? v,
        state.secondReport?.madeOn ?? null,
        'panel',
      ),
    );
    if (state.secondReport) {
      out.push(
        spec(
          'precept.second-response',
          'PCC responds to the second report',
          t.secondResponseBy,
          PRECEPT_SECOND_RESPONSE_LATE,
          state.secondReport.madeOn,
          state.secondResponseOn,
          'pcc',
        ),
      );
    }
  }
  return out;
}
