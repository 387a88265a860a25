import { assertNever, decideByAct, Decider, requireNewCase, unopened } from '../core/decider';
import { IsoDate, isAfter } from '../core/calendar';
import {
  type CandidateBeforePanel,
  confirmationHearingHeld,
  confirmationReportFindings,
  type ReportRules,
  notificationWindow,
  openAppointmentCase,
  particularsGiven,
  receiptValid,
} from '../core/confirmation-process';
import { type DeadlineSpec, deadlineOf } from '../core/deadlines';
import { PROCESS_ORDER, checkRule, requireRule } from '../core/rules';
import type { SeniorAppointmentCommand } from './senior-appointment.commands';
import {
  SENIOR_APPOINTMENT_EVENT_TYPES,
  SeniorAppointmentEvent,
  SeniorRecommendation,
  SeniorRole,
} from './senior-appointment.events';
import {
  SENIOR_APPOINTED_BEFORE_SCRUTINY,
  SENIOR_APPOINTED_WITHOUT_REPORT,
  SENIOR_HEARING_NOT_IN_PUBLIC,
  SENIOR_NOTIFICATION_INCOMPLETE,
  SENIOR_REPORT_BEFORE_HEARING,
  SENIOR_REPORT_LATE,
  SENIOR_TRANSFER_EXEMPTION,
} from './senior-appointment.rules';
import { nonBlank } from '../core/text';
import { pick } from '../core/pick';
import { requireNextStep } from '../core/step-order';

/** DOMAIN.md §4.8: Notified → HearingHeld → Reported → Accepted/Rejected → Appointed | Withdrawn. No veto, no reserve. */
export type SeniorAppointmentState =
  | { status: 'none' }
  | {
      status: 'notified' | 'hearing_held' | 'reported' | 'responded' | 'appointed' | 'withdrawn';
      forceArea: string;
      role: SeniorRole;
      candidate: string;
      receivedOn: IsoDate | null;
      reportDueBy: IsoDate | null;
      hearingOn: IsoDate | null;
      report: { madeOn: IsoDate; recommend: SeniorRecommendation } | null;
      response: { accepted: boolean; notifiedOn: IsoDate } | null;
      appointedOn: IsoDate | null;
    };

type Open = Exclude<SeniorAppointmentState, { status: 'none' }>;

function open(state: SeniorAppointmentState): Open {
  return openAppointmentCase(
    state,
    ['appointed', 'withdrawn'],
    (s) => `This appointment has already been ${s.status}.`,
  );
}

/** A case as its first event opens it: notified to the panel, or recorded as an appointment already made. */
function opened(
  status: 'notified' | 'appointed',
  d: { forceArea: string; role: SeniorRole },
  candidate: string,
  window: { receivedOn: IsoDate | null; reportDueBy: IsoDate | null },
  appointedOn: IsoDate | null,
): SeniorAppointmentState {
  return {
    status,
    ...pick(d, 'forceArea', 'role'),
    candidate,
    ...window,
    hearingOn: null,
    report: null,
    response: null,
    appointedOn,
  };
}

/** The report's rules, in this process's codes; each step is passed only the rules it applies. */
const REPORT: ReportRules = {
  reportAfterHearing: SENIOR_REPORT_BEFORE_HEARING,
  reportLate: SENIOR_REPORT_LATE,
};

/** A notified appointment always has its window; only a transferred one (already appointed, so closed) has none. */
const beforePanel = (s: Open): CandidateBeforePanel & Open => ({ ...s, reportDueBy: s.reportDueBy! });

export const seniorAppointment: Decider<SeniorAppointmentState, SeniorAppointmentCommand, SeniorAppointmentEvent> = {
  aggregateType: 'SeniorAppointment',
  streamPrefix: 'senior-appointment',
  eventTypes: SENIOR_APPOINTMENT_EVENT_TYPES,
  /*
   * Senior appointments (PRSRA 2011 Sch 1 paras 9-12): as for the chief constable, no veto.
   * A transferred first chief executive / CFO (SI 2012/2892 art 4) is the PCC's own
   * appointment made without confirmation, so the PCC's office records it.
   */
  commands: {
    NotifySeniorAppointment: {
      label: 'The commissioner notifies the panel of a proposed senior appointment',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 Sch 1 para 9',
      creates: true,
    },
    RecordTransferredAppointment: {
      label: 'A senior appointment carried over from the former police authority is recorded',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 Sch 1 para 6; SI 2012/2892 art 4',
      creates: true,
    },
    HoldSeniorConfirmationHearing: {
      label: 'The panel holds a confirmation hearing on the senior appointment',
      body: 'panel',
      legalBasis: 'PRSRA 2011 Sch 1 para 11',
    },
    MakeSeniorAppointmentReport: {
      label: 'The panel reports on the proposed senior appointment',
      body: 'panel',
      legalBasis: 'PRSRA 2011 Sch 1 para 10',
    },
    RespondToSeniorRecommendation: {
      label: "The commissioner responds to the panel's recommendation on the senior appointment",
      body: 'pcc',
      legalBasis: 'PRSRA 2011 Sch 1 para 12',
    },
    AppointSeniorOfficer: {
      label: 'The commissioner makes the senior appointment',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 Sch 1 paras 6, 8',
    },
    WithdrawSeniorAppointment: {
      label: 'The commissioner withdraws the proposed senior appointment',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 Sch 1 paras 6, 8',
    },
  },

  initialState: unopened,

  evolve(state, event) {
    switch (event.type) {
      case 'SeniorAppointmentNotified': {
        const d = event.data;
        const window = { receivedOn: d.receivedByPanelOn, reportDueBy: d.reportDueBy };
        return opened('notified', d, d.candidate, window, null);
      }
      case 'SeniorOfficerAppointed': {
        const d = event.data;
        if (state.status === 'none')
          return opened('appointed', d, d.person, { receivedOn: null, reportDueBy: null }, d.appointedOn);
        return { ...state, status: 'appointed', appointedOn: d.appointedOn };
      }
      default:
        break;
    }
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'SeniorConfirmationHearingHeld':
        return { ...state, status: 'hearing_held', hearingOn: event.data.heldOn };
      case 'SeniorAppointmentReportMade':
        return { ...state, status: 'reported', report: pick(event.data, 'madeOn', 'recommend') };
      case 'SeniorRecommendationAccepted':
      case 'SeniorRecommendationRejected':
        return {
          ...state,
          status: 'responded',
          response: { accepted: event.type === 'SeniorRecommendationAccepted', notifiedOn: event.data.notifiedOn },
        };
      case 'SeniorAppointmentWithdrawn':
        return { ...state, status: 'withdrawn' };
      default:
        return assertNever(event, 'event');
    }
  },

  decide: decideByAct<SeniorAppointmentState, SeniorAppointmentCommand, SeniorAppointmentEvent>({
    NotifySeniorAppointment: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      requireNewCase(state, 'A proposed appointment has already been notified under this reference.');
      const d = command.data;
      requireRule(
        SENIOR_NOTIFICATION_INCOMPLETE,
        particularsGiven(d) && receiptValid(d, on),
        'The notification must give the name, criteria, reasons and terms, and the panel cannot receive it before it is sent.',
      );
      return [
        {
          type: 'SeniorAppointmentNotified',
          data: {
            ...pick(d, 'forceArea', 'role', 'candidate', 'criteria', 'reasons', 'terms'),
            ...notificationWindow(d, on),
          },
        },
      ];
    },
    RecordTransferredAppointment: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      requireNewCase(state, 'This appointment has already been recorded.');
      const d = command.data;
      const matches =
        (d.role === 'chief_executive' && d.formerPoliceAuthorityRole === 'chief_executive') ||
        (d.role === 'chief_finance_officer' && d.formerPoliceAuthorityRole === 'treasurer');
      requireRule(
        SENIOR_TRANSFER_EXEMPTION,
        matches,
        `The art 4 exemption covers the police authority's chief executive as chief executive, or its treasurer as CFO; not a ${d.formerPoliceAuthorityRole} as ${d.role}.`,
      );
      return [
        {
          type: 'SeniorOfficerAppointed',
          data: {
            ...pick(d, 'forceArea', 'role', 'person'),
            appointedOn: on,
            confirmationExemption: 'SI 2012/2892 art 4',
          },
        },
      ];
    },
    HoldSeniorConfirmationHearing: (command, state, ctx) => {
      const s = beforePanel(open(state));
      const held = confirmationHearingHeld(
        SENIOR_HEARING_NOT_IN_PUBLIC,
        s,
        command.data,
        ctx.effectiveOn,
        'The confirmation hearing has already been held.',
      );
      return [{ type: 'SeniorConfirmationHearingHeld', data: { candidate: s.candidate, ...held } }];
    },
    MakeSeniorAppointmentReport: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      const s = beforePanel(open(state));
      const findings = confirmationReportFindings(REPORT, s, on, 'The panel has already reported.');
      return [
        {
          type: 'SeniorAppointmentReportMade',
          data: {
            candidate: s.candidate,
            recommend: command.data.recommend,
            madeOn: on,
            url: command.data.url ?? null,
          },
          findings,
        },
      ];
    },
    RespondToSeniorRecommendation: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      const s = open(state);
      requireNextStep(s.report, s.response, 'The panel has not reported yet.', 'The PCC has already responded.');
      const data = { candidate: s.candidate, notifiedOn: on };
      return [
        command.data.accept
          ? { type: 'SeniorRecommendationAccepted', data }
          : { type: 'SeniorRecommendationRejected', data },
      ];
    },
    AppointSeniorOfficer: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      const s = open(state);
      requireRule(
        PROCESS_ORDER,
        command.data.person === s.candidate,
        `${command.data.person} is not the candidate notified to the panel (${s.candidate}).`,
      );
      const lapsed = s.report === null && isAfter(on, s.reportDueBy!);
      requireRule(
        SENIOR_APPOINTED_BEFORE_SCRUTINY,
        s.response !== null || lapsed,
        s.report
          ? 'The PCC must first notify the panel whether it accepts or rejects the recommendation (para 12).'
          : `The panel has until ${s.reportDueBy} to hold its hearing and report.`,
      );
      const findings = checkRule(
        SENIOR_APPOINTED_WITHOUT_REPORT,
        s.response !== null,
        `No report came by ${s.reportDueBy}; the appointment is made without the panel's recommendation.`,
      );
      return [
        {
          type: 'SeniorOfficerAppointed',
          data: {
            ...pick(s, 'forceArea', 'role'),
            person: s.candidate,
            appointedOn: on,
            confirmationExemption: null,
          },
          findings,
        },
      ];
    },
    WithdrawSeniorAppointment: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      open(state);
      requireRule(PROCESS_ORDER, nonBlank(command.data.reason), 'Give the reason the appointment is withdrawn.');
      return [{ type: 'SeniorAppointmentWithdrawn', data: { reason: command.data.reason, withdrawnOn: on } }];
    },
  }),

  deadlines(state): DeadlineSpec[] {
    if (state.status === 'none' || state.reportDueBy === null) return [];
    return [
      deadlineOf(SENIOR_REPORT_LATE, {
        key: 'senior-appointment.report',
        label: `Panel reports on the proposed ${state.role.replace(/_/g, ' ')} (three weeks from receipt)`,
        dueOn: state.reportDueBy,
        startsOn: state.receivedOn,
        completedOn: state.report?.madeOn ?? null,
        owner: 'panel',
      }),
    ];
  },
};
