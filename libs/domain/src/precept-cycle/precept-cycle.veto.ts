import { DecisionContext } from '../core/decider';
import { IsoDate, isOnOrBefore } from '../core/calendar';
import { flagLate, PROCESS_ORDER, requireRule, RuleFinding } from '../core/rules';
import { meetsVetoThreshold, vetoThreshold } from '../core/threshold';
import type { MemberAtTime } from '../police-and-crime-panel/police-and-crime-panel.events';
import { membersOnRecord } from '../police-and-crime-panel/roster-check';
import type { PreceptRecommendations, PreceptVetoReport } from './precept-cycle.commands';
import { PreceptCycleEvent } from './precept-cycle.events';
import {
  PRECEPT_REPORT_LATE,
  PRECEPT_SECOND_VETO,
  PRECEPT_VETO_LATE,
  PRECEPT_VETO_ROSTER_INVALID,
  PRECEPT_VETO_THRESHOLD,
} from './precept-cycle.rules';
import { PreceptCycleState, openCycle } from './precept-cycle.state';

/*
 * The panel's veto of the proposed precept (Sch 5 para 4): who may vote, how many must, and when it has effect.
 */
function checkVotes(members: MemberAtTime[], votesFor: number): void {
  requireRule(
    PRECEPT_VETO_ROSTER_INVALID,
    Number.isInteger(votesFor) && votesFor >= 0 && votesFor <= members.length,
    `The panel had ${members.length} members on the date of the veto; record between 0 and ${members.length} votes for (got ${votesFor}).`,
  );
}

/** The panel's report on the proposed precept as recorded, stating a veto or not (Sch 5 paras 3, 4(5)). */
export function preceptReport(
  d: PreceptRecommendations,
  containsVeto: boolean,
  madeOn: IsoDate,
  findings: RuleFinding[],
): PreceptCycleEvent {
  return {
    type: 'PreceptReportMade',
    data: { recommendations: d.recommendations, recommendedAmount: d.recommendedAmount ?? null, containsVeto, madeOn },
    findings,
  };
}

export function decidePreceptVeto(
  d: PreceptVetoReport,
  state: PreceptCycleState,
  ctx: DecisionContext,
): PreceptCycleEvent[] {
  const on = ctx.effectiveOn;
  const s = openCycle(state);
  // At most one veto per cycle; the revised precept cannot be vetoed (reg 6).
  requireRule(
    PRECEPT_SECOND_VETO,
    s.veto === null,
    `The panel already vetoed the ${s.financialYear} precept on ${s.veto?.vetoedOn}; there is no second veto.`,
  );
  // Sch 5 para 4(5): the veto is stated in the report on the proposed precept.
  requireRule(
    PROCESS_ORDER,
    s.report === null,
    "A veto must be stated in the panel's report; the report has already been made without one.",
  );
  // n is the panel's recorded membership on the date of the vote (para 4(4)), never the caller's list.
  const membersAtTime = membersOnRecord(ctx.facts?.panel, s.forceArea, on, d.membersAtTime, d.panelId);
  checkVotes(membersAtTime, d.votesFor);
  const n = membersAtTime.length;
  requireRule(
    PRECEPT_VETO_THRESHOLD,
    meetsVetoThreshold(d.votesFor, n),
    `${d.votesFor} of ${n} members voted to veto; at least ${vetoThreshold(n)} are needed.`,
  );
  const onTime = isOnOrBefore(on, s.timetable.reportBy);
  const late = `Reported on ${on}; the deadline was ${s.timetable.reportBy}.`;
  return [
    preceptReport(d, true, on, flagLate(PRECEPT_REPORT_LATE, onTime, late)),
    {
      type: 'PreceptVetoed',
      data: {
        reason: d.reason,
        votesFor: d.votesFor,
        membersAtTime,
        requiredVotes: vetoThreshold(n),
        effective: onTime,
        vetoedOn: on,
      },
      findings: flagLate(
        PRECEPT_VETO_LATE,
        onTime,
        `${late} The veto has no effect; the PCC may issue the proposed precept (reg 4(2)).`,
      ),
    },
  ];
}
