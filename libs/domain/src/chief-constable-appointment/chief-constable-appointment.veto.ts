import { DecisionContext } from '../core/decider';
import { isOnOrBefore } from '../core/calendar';
import { PROCESS_ORDER, requireRule } from '../core/rules';
import { meetsVetoThreshold, vetoThreshold } from '../core/threshold';
import { membersOnRecord } from '../police-and-crime-panel/roster-check';
import type { AppointmentVetoVote } from './chief-constable-appointment.commands';
import { ChiefConstableAppointmentEvent } from './chief-constable-appointment.events';
import {
  CC_REPORT_BEFORE_HEARING,
  CC_RESERVE_CANNOT_BE_VETOED,
  CC_VETO_OUT_OF_TIME,
  CC_VETO_ROSTER_INVALID,
  CC_VETO_THRESHOLD,
} from './chief-constable-appointment.rules';
import { ChiefConstableAppointmentState, current, openAppointment } from './chief-constable-appointment.state';

/*
 * The panel's veto of a proposed chief constable (PRSRA 2011 Sch 8 paras 4-5): the vote, its threshold and its effect.
 */
export function decideAppointmentVeto(
  vote: AppointmentVetoVote,
  state: ChiefConstableAppointmentState,
  ctx: DecisionContext,
): ChiefConstableAppointmentEvent[] {
  const on = ctx.effectiveOn;
  const s = openAppointment(state);
  const c = current(s);
  requireRule(
    CC_RESERVE_CANNOT_BE_VETOED,
    c.role === 'proposed',
    `${c.candidate} is a reserve candidate; the panel cannot veto a reserve candidate.`,
  );
  requireRule(
    PROCESS_ORDER,
    c.report === null,
    "The veto must be stated in the panel's report, which has already been made without one.",
  );
  requireRule(
    CC_REPORT_BEFORE_HEARING,
    c.hearingOn !== null,
    `The panel must hold a public confirmation hearing for ${c.candidate} before any veto.`,
  );
  requireRule(
    CC_VETO_OUT_OF_TIME,
    isOnOrBefore(on, c.reportDueBy),
    `The three weeks for the report ended on ${c.reportDueBy}; the veto can no longer be exercised.`,
  );
  const { votesFor } = vote;
  // n is the panel's recorded membership on the date of the vote (para 5(4)), never the caller's list.
  const membersAtTime = membersOnRecord(ctx.facts?.panel, s.forceArea, on, vote.membersAtTime, vote.panelId);
  requireRule(
    CC_VETO_ROSTER_INVALID,
    Number.isInteger(votesFor) && votesFor >= 0 && votesFor <= membersAtTime.length,
    `The panel had ${membersAtTime.length} members on the date of the veto; record between 0 and ${membersAtTime.length} votes for.`,
  );
  const n = membersAtTime.length;
  requireRule(
    CC_VETO_THRESHOLD,
    meetsVetoThreshold(votesFor, n),
    `${votesFor} of ${n} members voted to veto; at least ${vetoThreshold(n)} are needed.`,
  );
  return [
    {
      type: 'AppointmentReportMade',
      data: {
        candidate: c.candidate,
        candidateRole: c.role,
        recommend: 'do_not_appoint',
        containsVeto: true,
        madeOn: on,
        url: vote.url ?? null,
      },
    },
    {
      type: 'AppointmentVetoed',
      data: { candidate: c.candidate, votesFor, membersAtTime, requiredVotes: vetoThreshold(n), vetoedOn: on },
    },
  ];
}
