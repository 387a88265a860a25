import { pick } from '../core/pick';
import { decideByAct, Decider, requireNewCase, unopened } from '../core/decider';
import { IsoDate, isAfter } from '../core/calendar';
import {
  confirmationHearingHeld,
  confirmationReportFindings,
  type ReportRules,
  notificationWindow,
  particularsGiven,
  receiptValid,
} from '../core/confirmation-process';
import { type DeadlineSpec, deadlineOf } from '../core/deadlines';
import { PROCESS_ORDER, checkRule, requireRule } from '../core/rules';
import type { CandidateDetails, ChiefConstableAppointmentCommand } from './chief-constable-appointment.commands';
import {
  CandidateNotice,
  CC_APPOINTMENT_EVENT_TYPES,
  ChiefConstableAppointmentEvent,
  RecommendationResponse,
} from './chief-constable-appointment.events';
import {
  CC_APPOINTED_BEFORE_PROCESS_ENDS,
  CC_CANDIDATE_NOT_CONSTABLE,
  CC_HEARING_NOT_IN_PUBLIC,
  CC_NOTIFICATION_INCOMPLETE,
  CC_REPORT_BEFORE_HEARING,
  CC_REPORT_LATE,
  CC_APPOINTED_AGAINST_ACCEPTED_RECOMMENDATION,
  CC_VETOED_CANDIDATE,
} from './chief-constable-appointment.rules';
import { decideAppointmentVeto } from './chief-constable-appointment.veto';
import {
  CandidateRecord,
  ChiefConstableAppointmentState,
  Open,
  current,
  openAppointment,
  stepOf,
} from './chief-constable-appointment.state';
import { evolveOnCase } from '../core/evolve-on-case';
import { record } from './chief-constable-appointment.state';
import { withCurrent } from './chief-constable-appointment.state';
import { nonBlank } from '../core/text';
export type { CandidateRecord, ChiefConstableAppointmentState } from './chief-constable-appointment.state';

/**
 * The confirmation process for a candidate has ended (Sch 8 para 2(2)-(4); regs 11-12):
 * the PCC has notified acceptance or rejection, or the three weeks passed with no report.
 * A vetoed candidate's process ends in the veto (the reserve procedure follows).
 */
function confirmationEnded(c: CandidateRecord, on: IsoDate): boolean {
  if (c.vetoedOn) return true;
  if (c.response) return true;
  // Para 2(4)'s end on three weeks without a report is for the proposed candidate; a
  // reserve's process ends only with the PCC's notification (reg 12(1)).
  return c.role === 'proposed' && c.report === null && isAfter(on, c.reportDueBy);
}

function notice(d: CandidateDetails, on: IsoDate): CandidateNotice {
  requireRule(
    CC_CANDIDATE_NOT_CONSTABLE,
    d.isOrWasConstable === true,
    `${d.candidate} is not and has not been a constable, so cannot be appointed chief constable.`,
  );
  requireRule(
    CC_NOTIFICATION_INCOMPLETE,
    particularsGiven(d),
    "The notification must give the candidate's name, the criteria, why the candidate meets them, and the terms and conditions.",
  );
  requireRule(
    CC_NOTIFICATION_INCOMPLETE,
    receiptValid(d, on),
    `The receipt date (${d.receivedByPanelOn}) cannot precede the notification (${on}), and post-election periods must be valid date ranges.`,
  );
  return { ...pick(d, 'candidate', 'constableService', 'criteria', 'reasons', 'terms'), ...notificationWindow(d, on) };
}

/** The report's rules, in this process's codes; each step is passed only the rules it applies. */
const REPORT: ReportRules = {
  reportAfterHearing: CC_REPORT_BEFORE_HEARING,
  reportLate: CC_REPORT_LATE,
};

const vetoedNames = (s: Open): string[] => s.candidates.filter((c) => c.vetoedOn).map((c) => c.candidate);

/** The PCC's response to the panel's recommendation, kept on the current candidate (Sch 8 para 6). */
const responded =
  (accepted: boolean) =>
  ({ data }: { data: RecommendationResponse }, s: Open): Open => ({
    ...s,
    candidates: withCurrent(s, { response: { accepted, notifiedOn: data.notifiedOn } }),
  });

/** The case after one more of its events (pure: `state` is not changed). */
const evolveChiefConstableAppointment = evolveOnCase<
  ChiefConstableAppointmentState,
  ChiefConstableAppointmentEvent,
  'ProposedAppointmentNotified'
>(
  {
    ProposedAppointmentNotified: ({ data }) => ({
      status: 'in_confirmation',
      forceArea: data.forceArea,
      candidates: [record(data, 'proposed')],
      appointed: null,
    }),
  },
  {
    ReserveCandidateNotified: ({ data }, s) => ({
      ...s,
      status: 'in_confirmation',
      candidates: [...s.candidates, record(data, 'reserve')],
    }),
    ConfirmationHearingHeld: ({ data }, s) => ({ ...s, candidates: withCurrent(s, { hearingOn: data.heldOn }) }),
    AppointmentReportMade: ({ data }, s) => ({
      ...s,
      candidates: withCurrent(s, { report: pick(data, 'madeOn', 'recommend') }),
    }),
    AppointmentVetoed: ({ data }, s) => ({
      ...s,
      status: 'vetoed',
      candidates: withCurrent(s, { vetoedOn: data.vetoedOn }),
    }),
    RecommendationAccepted: responded(true),
    RecommendationRejected: responded(false),
    ChiefConstableAppointed: ({ data }, s) => ({ ...s, status: 'appointed', appointed: data.candidate }),
    AppointmentAbandoned: (_, s) => ({ ...s, status: 'abandoned' }),
  },
);

export const chiefConstableAppointment: Decider<
  ChiefConstableAppointmentState,
  ChiefConstableAppointmentCommand,
  ChiefConstableAppointmentEvent
> = {
  aggregateType: 'ChiefConstableAppointment',
  streamPrefix: 'chief-constable-appointment',
  eventTypes: CC_APPOINTMENT_EVENT_TYPES,
  /*
   * Chief constable appointment (PRSRA 2011 Sch 8): the PCC proposes, responds, appoints
   * or abandons; the panel holds the hearing, reports and vetoes.
   */
  commands: {
    NotifyProposedAppointment: {
      label: 'The commissioner notifies the panel of the proposed chief constable',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 Sch 8 para 3',
      creates: true,
    },
    NotifyReserveCandidate: {
      label: 'The commissioner notifies the panel of a reserve candidate',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 Sch 8 para 8; SI 2012/2271 reg 9',
    },
    HoldConfirmationHearing: {
      label: 'The panel holds a confirmation hearing',
      body: 'panel',
      legalBasis: 'PRSRA 2011 Sch 8 para 6; SI 2012/2271 reg 10',
    },
    MakeAppointmentReport: {
      label: 'The panel reports on the proposed appointment',
      body: 'panel',
      legalBasis: 'PRSRA 2011 Sch 8 para 4; SI 2012/2271 reg 10',
    },
    VetoAppointment: {
      label: 'The panel vetoes the proposed appointment',
      body: 'panel',
      legalBasis: 'PRSRA 2011 Sch 8 para 5',
      needs: ['panel'],
    },
    RespondToRecommendation: {
      label: "The commissioner responds to the panel's recommendation",
      body: 'pcc',
      legalBasis: 'PRSRA 2011 Sch 8 para 7; SI 2012/2271 reg 11',
    },
    AppointChiefConstable: {
      label: 'The commissioner appoints the chief constable',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 s.38(1), Sch 8 para 2; SI 2012/2271 reg 12',
    },
    AbandonAppointment: {
      label: 'The commissioner abandons the proposed appointment',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 s.38',
    },
  },

  initialState: unopened,

  evolve: evolveChiefConstableAppointment,

  decide: decideByAct<ChiefConstableAppointmentState, ChiefConstableAppointmentCommand, ChiefConstableAppointmentEvent>(
    {
      NotifyProposedAppointment: (command, state, ctx) => {
        const on = ctx.effectiveOn;
        requireNewCase(state, 'A proposed appointment has already been notified under this reference.');
        return [
          {
            type: 'ProposedAppointmentNotified',
            data: { forceArea: command.data.forceArea, ...notice(command.data, on) },
          },
        ];
      },
      NotifyReserveCandidate: (command, state, ctx) => {
        const on = ctx.effectiveOn;
        const s = openAppointment(state);
        requireRule(
          PROCESS_ORDER,
          vetoedNames(s).length > 0,
          'A reserve candidate is proposed only after the panel has vetoed the proposed candidate (Sch 8 para 8).',
        );
        requireRule(
          PROCESS_ORDER,
          confirmationEnded(current(s), on),
          `The confirmation process for ${current(s).candidate} has not ended.`,
        );
        requireRule(
          CC_VETOED_CANDIDATE,
          !vetoedNames(s).includes(command.data.candidate),
          `${command.data.candidate} was vetoed and cannot be put forward again.`,
        );
        return [{ type: 'ReserveCandidateNotified', data: notice(command.data, on) }];
      },
      HoldConfirmationHearing: (command, state, ctx) => {
        const c = current(openAppointment(state));
        const held = confirmationHearingHeld(
          CC_HEARING_NOT_IN_PUBLIC,
          c,
          command.data,
          ctx.effectiveOn,
          `A confirmation hearing for ${c.candidate} has already been held.`,
        );
        return [{ type: 'ConfirmationHearingHeld', data: { ...stepOf(c), ...held } }];
      },
      MakeAppointmentReport: (command, state, ctx) => {
        const on = ctx.effectiveOn;
        const c = current(openAppointment(state));
        const findings = confirmationReportFindings(REPORT, c, on, `The panel has already reported on ${c.candidate}.`);
        return [
          {
            type: 'AppointmentReportMade',
            data: {
              ...stepOf(c),
              recommend: command.data.recommend,
              containsVeto: false,
              madeOn: on,
              url: command.data.url ?? null,
            },
            findings,
          },
        ];
      },
      VetoAppointment: (command, state, ctx) => decideAppointmentVeto(command.data, state, ctx),
      RespondToRecommendation: (command, state, ctx) => {
        const on = ctx.effectiveOn;
        const s = openAppointment(state);
        const c = current(s);
        requireRule(
          PROCESS_ORDER,
          c.report !== null && c.vetoedOn === null && c.response === null,
          c.vetoedOn
            ? 'A veto is not a recommendation to accept or reject.'
            : c.report === null
              ? 'The panel has not reported yet.'
              : 'The PCC has already responded to this recommendation.',
        );
        const data = { ...stepOf(c), notifiedOn: on };
        return [
          command.data.accept ? { type: 'RecommendationAccepted', data } : { type: 'RecommendationRejected', data },
        ];
      },
      AppointChiefConstable: (command, state, ctx) => {
        const on = ctx.effectiveOn;
        const s = openAppointment(state);
        const who = command.data.candidate;
        requireRule(
          CC_VETOED_CANDIDATE,
          !vetoedNames(s).includes(who),
          `${who} was vetoed by the panel and can never be appointed.`,
        );
        const c = current(s);
        requireRule(
          PROCESS_ORDER,
          c.candidate === who,
          `${who} is not the candidate in this process (${c.candidate}).`,
        );
        requireRule(
          CC_APPOINTED_BEFORE_PROCESS_ENDS,
          confirmationEnded(c, on),
          c.report
            ? 'The PCC must first notify the panel whether it accepts or rejects the recommendation.'
            : `The panel has until ${c.reportDueBy} to report.`,
        );
        // The PCC accepted the panel's recommendation not to appoint, then appointed: not a bar
        // the Act states, but the record must show it (Sch 8 para 7).
        const findings = checkRule(
          CC_APPOINTED_AGAINST_ACCEPTED_RECOMMENDATION,
          !(c.report?.recommend === 'do_not_appoint' && c.response?.accepted === true),
          `The PCC accepted the panel's recommendation not to appoint ${who} on ${c.response?.notifiedOn}, and then appointed ${who}.`,
        );
        return [{ type: 'ChiefConstableAppointed', data: { candidate: who, appointedOn: on }, findings }];
      },
      AbandonAppointment: (command, state, ctx) => {
        const on = ctx.effectiveOn;
        openAppointment(state);
        requireRule(
          PROCESS_ORDER,
          nonBlank(command.data.reason),
          'Give the reason the appointment is not going ahead.',
        );
        return [{ type: 'AppointmentAbandoned', data: { reason: command.data.reason, abandonedOn: on } }];
      },
    },
  ),

  deadlines(state): DeadlineSpec[] {
    if (state.status === 'none') return [];
    return state.candidates.map((c, i) =>
      deadlineOf(CC_REPORT_LATE, {
        key: `cc-appointment.report.${i}`,
        label: `Panel reports on ${c.role === 'reserve' ? 'reserve candidate ' : ''}${c.candidate} (three weeks from receipt)`,
        dueOn: c.reportDueBy,
        startsOn: c.receivedOn,
        completedOn: c.report?.madeOn ?? null,
        owner: 'panel',
      }),
    );
  },
};
