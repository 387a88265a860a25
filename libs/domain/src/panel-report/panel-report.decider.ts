import { IsoDate, isAfter } from '../core/calendar';
import { decideByAct, Decider, existingCase, requireNewCase, unopened } from '../core/decider';
import { evolveOnCase } from '../core/evolve-on-case';
import { type DeadlineSpec, deadlineOf } from '../core/deadlines';
import { flagLate, PROCESS_ORDER, requireRule, warningOf } from '../core/rules';
import type { PanelReportCommand } from './panel-report.commands';
import {
  AppointmentReportKind,
  PANEL_REPORT_EVENT_TYPES,
  PanelReportEvent,
  PanelReportKind,
} from './panel-report.events';
import {
  PANEL_REPORT_APPOINTMENT_UNVERIFIED,
  PANEL_REPORT_PUBLISHED_BEFORE_MADE,
  PANEL_REPORT_RESPONSE_LATE,
  PANEL_REPORT_RESPONSE_PERIOD_INVALID,
} from './panel-report.rules';
import { sortedUnion } from '../core/sets';
import { pick } from '../core/pick';

/** The publication duty for each kind of report to the PCC. */
const PUBLICATION_DUTY: Record<PanelReportKind, string> = {
  decision_or_action: 'PRSRA 2011 s.28(7), (9)',
  chief_constable_appointment: 'PRSRA 2011 Sch 8 para 4(7)-(8); s.28(7)',
  senior_appointment: 'PRSRA 2011 Sch 1 para 10(6)-(7); s.28(7)',
  reserve_candidate: 'SI 2012/2271 reg 10(4); PRSRA 2011 s.28(7)',
};

export type PanelReportState =
  | { status: 'none' }
  | {
      status: 'made' | 'published';
      forceArea: string;
      kind: PanelReportKind;
      subject: string;
      appointmentCaseId: string | null;
      madeOn: IsoDate;
      responseRequiredBy: IsoDate | null;
      respondedOn: IsoDate | null;
      publishedOn: IsoDate | null;
      councilsSent: string[];
    };

type Open = Exclude<PanelReportState, { status: 'none' }>;

function open(state: PanelReportState): Open {
  return existingCase(state, 'No panel report is recorded under this reference.');
}

/** A report as it is made or entered: no response required or given yet, unpublished, sent to no council. */
const JUST_MADE = {
  status: 'made' as const,
  responseRequiredBy: null,
  respondedOn: null,
  publishedOn: null,
  councilsSent: [],
};

const KIND_SUBJECT: Record<AppointmentReportKind, string> = {
  chief_constable_appointment: 'Proposed appointment of the chief constable',
  senior_appointment: 'Proposed senior appointment',
  reserve_candidate: 'Reserve candidate for chief constable',
};

/**
 * The panel's reports and recommendations to the PCC (PRSRA 2011 s.28(6)-(9)), the PCC's
 * written response where the panel requires one (s.29(3)-(4)), publication and copies to
 * the councils. Neither s.28(7) nor (8) sets a time, so only the response has a deadline.
 */
export const panelReport: Decider<PanelReportState, PanelReportCommand, PanelReportEvent> = {
  aggregateType: 'PanelReport',
  streamPrefix: 'panel-report',
  eventTypes: PANEL_REPORT_EVENT_TYPES,
  /*
   * Panel reports (PRSRA 2011 s.28(6)-(9)): the panel's; the PCC's written response (s.29(3)-(4))
   * is given by the PCC and received by the panel, so either office records it.
   */
  commands: {
    MakePanelReport: {
      label: 'The panel makes a report or recommendation to the commissioner',
      body: 'panel',
      legalBasis: 'PRSRA 2011 s.28(6)(b)',
      creates: true,
    },
    EnterAppointmentReport: {
      label: "The panel's report on a proposed appointment is entered in its reports",
      body: 'panel',
      legalBasis: 'PRSRA 2011 s.28(7); Sch 8 para 4(7); Sch 1 para 10(6); SI 2012/2271 reg 10(4)',
      creates: true,
    },
    PublishPanelReport: {
      label: 'The panel publishes its report',
      body: 'panel',
      legalBasis: 'PRSRA 2011 s.28(7), (9); Sch 8 para 4(7); Sch 1 para 10(6); SI 2012/2271 reg 10(4)',
    },
    SendPanelReportToCouncils: {
      label: 'The panel sends its report to the councils of the area',
      body: 'panel',
      legalBasis: 'PRSRA 2011 s.28(8), (11)',
    },
    RecordPanelReportResponse: {
      label: "The commissioner's response to the panel's report is recorded",
      body: ['pcc', 'panel'],
      legalBasis: 'PRSRA 2011 s.29(3)-(4)',
    },
  },

  initialState: unopened,

  evolve: evolveOnCase<PanelReportState, PanelReportEvent, 'PanelReportMade' | 'AppointmentReportEntered'>(
    {
      PanelReportMade: ({ data: d }) => ({
        ...JUST_MADE,
        forceArea: d.forceArea,
        kind: 'decision_or_action',
        subject: d.subject,
        appointmentCaseId: null,
        madeOn: d.madeOn,
        responseRequiredBy: d.responseRequiredBy,
      }),
      AppointmentReportEntered: ({ data: d }) => ({
        ...JUST_MADE,
        forceArea: d.forceArea,
        kind: d.kind,
        subject: `${KIND_SUBJECT[d.kind]}: ${d.candidate}`,
        appointmentCaseId: d.appointmentCaseId,
        madeOn: d.reportMadeOn,
      }),
    },
    {
      PanelReportPublished: ({ data }, state) => ({ ...state, status: 'published', publishedOn: data.publishedOn }),
      PanelReportCopiesSent: ({ data }, state) => ({
        ...state,
        councilsSent: sortedUnion(state.councilsSent, data.councils),
      }),
      PanelReportResponseReceived: ({ data }, state) => ({ ...state, respondedOn: data.receivedOn }),
    },
  ),

  decide: decideByAct<PanelReportState, PanelReportCommand, PanelReportEvent>({
    MakePanelReport: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      requireNewCase(state, 'A report is already recorded under this reference.');
      const d = command.data;
      const by = d.responseRequiredBy ?? null;
      requireRule(
        PANEL_REPORT_RESPONSE_PERIOD_INVALID,
        by === null || isAfter(by, on),
        `A response required by ${by} would be due on or before the report itself (${on}).`,
      );
      return [
        {
          type: 'PanelReportMade',
          data: {
            ...pick(d, 'forceArea', 'subject'),
            decisionRef: d.decisionRef ?? null,
            recommendations: d.recommendations,
            responseRequiredBy: by,
            madeOn: on,
          },
        },
      ];
    },
    EnterAppointmentReport: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      requireNewCase(state, 'A report is already recorded under this reference.');
      const d = command.data;
      requireRule(
        PANEL_REPORT_PUBLISHED_BEFORE_MADE,
        !isAfter(d.reportMadeOn, on),
        `The report is dated ${d.reportMadeOn}, after this entry (${on}).`,
      );
      const unverified = warningOf(
        PANEL_REPORT_APPOINTMENT_UNVERIFIED,
        `The report date (${d.reportMadeOn}) is as the secretariat gave it; it was not checked against appointment case ${d.appointmentCaseId}.`,
      );
      return [
        {
          type: 'AppointmentReportEntered',
          data: { ...pick(d, 'forceArea', 'kind', 'appointmentCaseId', 'candidate', 'reportMadeOn'), enteredOn: on },
          findings: [unverified],
        },
      ];
    },
    PublishPanelReport: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      const s = open(state);
      requireRule(PROCESS_ORDER, s.publishedOn === null, 'This report has already been published.');
      requireRule(
        PANEL_REPORT_PUBLISHED_BEFORE_MADE,
        !isAfter(s.madeOn, on),
        `The report was made on ${s.madeOn}; it cannot be published on ${on}.`,
      );
      return [
        {
          type: 'PanelReportPublished',
          data: {
            url: command.data.url ?? null,
            manner: command.data.manner ?? null,
            provision: PUBLICATION_DUTY[s.kind],
            publishedOn: on,
          },
        },
      ];
    },
    SendPanelReportToCouncils: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      const s = open(state);
      const fresh = [...new Set(command.data.councils)].filter((c) => !s.councilsSent.includes(c));
      requireRule(PROCESS_ORDER, fresh.length > 0, 'Copies have already been recorded as sent to each council named.');
      return [{ type: 'PanelReportCopiesSent', data: { councils: fresh.sort(), sentOn: on } }];
    },
    RecordPanelReportResponse: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      const s = open(state);
      requireRule(PROCESS_ORDER, s.respondedOn === null, "The PCC's response is already on record.");
      const late = flagLate(
        PANEL_REPORT_RESPONSE_LATE,
        s.responseRequiredBy === null || !isAfter(on, s.responseRequiredBy),
        `The panel required a written response by ${s.responseRequiredBy}; it was given on ${on}.`,
      );
      return [
        {
          type: 'PanelReportResponseReceived',
          data: { summary: command.data.summary, url: command.data.url ?? null, receivedOn: on },
          findings: late,
        },
      ];
    },
  }),

  deadlines(state): DeadlineSpec[] {
    if (state.status === 'none' || state.responseRequiredBy === null) return [];
    return [
      deadlineOf(PANEL_REPORT_RESPONSE_LATE, {
        key: 'panel-report.response',
        label: "PCC's written response to the panel's report",
        dueOn: state.responseRequiredBy,
        startsOn: state.madeOn,
        completedOn: state.respondedOn,
        owner: 'pcc',
      }),
    ];
  },
};
