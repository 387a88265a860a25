import { decideByAct, Decider, existingCase, requireNewCase, unopened } from '../core/decider';
import { evolveOnCase } from '../core/evolve-on-case';
import { IsoDate, isAfter, isOnOrBefore } from '../core/calendar';
import { type DeadlineSpec, deadlineOf } from '../core/deadlines';
import { flagLate, PROCESS_ORDER, requireRule } from '../core/rules';
import type { ScrutinyRequirementCommand } from './scrutiny-requirement.commands';
import {
  REQUIRABLE_ROLES,
  RequirableRole,
  SCRUTINY_REQUIREMENT_EVENT_TYPES,
  ScrutinyRequirementEvent,
} from './scrutiny-requirement.events';
import {
  SCRUTINY_ATTENDEE_NOT_REQUIRABLE,
  SCRUTINY_CC_ONLY_WITH_PCC_REQUIREMENT,
  SCRUTINY_NON_COMPLIANCE_PREMATURE,
  SCRUTINY_NOTICE_NOT_BEFORE_MEETING,
  SCRUTINY_RESPONSE_PERIOD_REQUIRED,
  SCRUTINY_WRITTEN_RESPONSE_LATE,
} from './scrutiny-requirement.rules';
import { nonBlank } from '../core/text';
import { pick } from '../core/pick';

/**
 * DOMAIN.md §4.9, §5.2. One case is one requirement: either to attend a meeting
 * (with an optional chief-constable request) or to give a written response.
 *   Required → Complied (AttendanceHeld | WrittenResponseReceived) | NotComplied
 */
export type ScrutinyRequirementState =
  | { status: 'none' }
  | {
      status: 'required' | 'complied' | 'not_complied';
      kind: 'attendance' | 'written_response';
      forceArea: string;
      requiredOn: IsoDate;
      role: RequirableRole | null;
      meetingDate: IsoDate | null;
      dueOn: IsoDate | null;
      chiefConstableRequested: boolean;
      compliedOn: IsoDate | null;
    };

type Requirement = Exclude<ScrutinyRequirementState, { status: 'none' }>;

/**
 * A requirement just made: to attend a meeting (its role and date) or to answer in writing (its
 * due date); what does not apply to its kind is null.
 */
function required(
  kind: Requirement['kind'],
  d: { forceArea: string; requiredOn: IsoDate },
  terms: Partial<Pick<Requirement, 'role' | 'meetingDate' | 'dueOn'>>,
): ScrutinyRequirementState {
  return {
    status: 'required',
    kind,
    ...pick(d, 'forceArea', 'requiredOn'),
    role: terms.role ?? null,
    meetingDate: terms.meetingDate ?? null,
    dueOn: terms.dueOn ?? null,
    chiefConstableRequested: false,
    compliedOn: null,
  };
}

export const scrutinyRequirement: Decider<
  ScrutinyRequirementState,
  ScrutinyRequirementCommand,
  ScrutinyRequirementEvent
> = {
  aggregateType: 'ScrutinyRequirement',
  streamPrefix: 'scrutiny-requirement',
  eventTypes: SCRUTINY_REQUIREMENT_EVENT_TYPES,
  /*
   * Scrutiny requirement (PRSRA 2011 s.29): every act is the panel's, including recording
   * what the PCC did (attended, answered): the panel is the body that judges compliance.
   */
  commands: {
    RequireAttendance: {
      label: 'The panel requires the commissioner or staff to attend a meeting',
      body: 'panel',
      legalBasis: 'PRSRA 2011 s.29 (attendance)',
      creates: true,
    },
    RequestChiefConstableAttendance: {
      label: 'The panel asks the chief constable to attend a meeting',
      body: 'panel',
      legalBasis: 'PRSRA 2011 s.29 (chief constable request)',
    },
    RequireWrittenResponse: {
      label: 'The panel requires a written answer from the commissioner',
      body: 'panel',
      legalBasis: 'PRSRA 2011 s.29 (written response)',
      creates: true,
    },
    RecordAttendance: {
      label: 'The panel records who attended as required',
      body: 'panel',
      legalBasis: 'PRSRA 2011 s.29',
    },
    ReceiveWrittenResponse: {
      label: 'The panel receives the written answer',
      body: 'panel',
      legalBasis: 'PRSRA 2011 s.29',
    },
    RecordNonCompliance: {
      label: 'The panel records that a requirement was not met',
      body: 'panel',
      legalBasis: 'PRSRA 2011 s.29',
    },
  },

  initialState: unopened,

  evolve: evolveOnCase<
    ScrutinyRequirementState,
    ScrutinyRequirementEvent,
    'AttendanceRequired' | 'WrittenResponseRequired'
  >(
    {
      AttendanceRequired: ({ data }) => required('attendance', data, pick(data, 'role', 'meetingDate')),
      WrittenResponseRequired: ({ data }) => required('written_response', data, pick(data, 'dueOn')),
    },
    {
      ChiefConstableAttendanceRequested: (_, state) => ({ ...state, chiefConstableRequested: true }),
      AttendanceHeld: ({ data }, state) => ({ ...state, status: 'complied', compliedOn: data.heldOn }),
      WrittenResponseReceived: ({ data }, state) => ({ ...state, status: 'complied', compliedOn: data.receivedOn }),
      RequirementNotComplied: (_, state) => ({ ...state, status: 'not_complied' }),
    },
  ),

  decide: decideByAct<ScrutinyRequirementState, ScrutinyRequirementCommand, ScrutinyRequirementEvent>({
    RequireAttendance: (command, state, ctx) => {
      const d = command.data;
      requireNewCase(state, 'This scrutiny requirement has already been made.');
      requireRule(
        SCRUTINY_ATTENDEE_NOT_REQUIRABLE,
        (REQUIRABLE_ROLES as readonly string[]).includes(d.role),
        `The panel cannot require a "${d.role}" to attend: only the PCC or members of the PCC’s staff (the chief constable may only be requested, alongside the PCC).`,
      );
      requireRule(
        SCRUTINY_NOTICE_NOT_BEFORE_MEETING,
        isAfter(d.meetingDate, d.noticeGivenOn),
        `Notice given on ${d.noticeGivenOn} is not before the meeting on ${d.meetingDate}.`,
      );
      return [
        {
          type: 'AttendanceRequired',
          data: {
            ...pick(d, 'forceArea', 'panel', 'person', 'role', 'topic', 'noticeGivenOn', 'meetingDate'),
            requiredOn: ctx.effectiveOn,
          },
        },
      ];
    },
    RequireWrittenResponse: (command, state, ctx) => {
      const d = command.data;
      requireNewCase(state, 'This scrutiny requirement has already been made.');
      requireRule(
        SCRUTINY_RESPONSE_PERIOD_REQUIRED,
        isAfter(d.dueOn, ctx.effectiveOn),
        `A written response required on ${ctx.effectiveOn} must be given a later due date (got ${d.dueOn}).`,
      );
      return [
        {
          type: 'WrittenResponseRequired',
          data: { ...pick(d, 'forceArea', 'panel', 'respondent', 'toReport', 'dueOn'), requiredOn: ctx.effectiveOn },
        },
      ];
    },
    RequestChiefConstableAttendance: (command, state, ctx) => {
      requireRule(
        SCRUTINY_CC_ONLY_WITH_PCC_REQUIREMENT,
        state.status !== 'none' && state.kind === 'attendance' && state.role === 'pcc',
        'The chief constable can be asked to attend only a meeting the PCC has been required to attend.',
      );
      if (state.status === 'none' || !state.meetingDate) return [];
      requireRule(
        PROCESS_ORDER,
        state.status === 'required' && !state.chiefConstableRequested,
        'The chief constable has already been requested, or the meeting is over.',
      );
      return [
        {
          type: 'ChiefConstableAttendanceRequested',
          data: {
            chiefConstable: command.data.chiefConstable,
            meetingDate: state.meetingDate,
            requestedOn: ctx.effectiveOn,
          },
        },
      ];
    },
    RecordAttendance: (command, state, ctx) => {
      const s = existingCase(state, 'No scrutiny requirement under this reference.');
      requireRule(
        PROCESS_ORDER,
        s.kind === 'attendance' && s.status === 'required',
        'Attendance can be recorded only once, on an attendance requirement.',
      );
      return [
        {
          type: 'AttendanceHeld',
          data: {
            heldOn: ctx.effectiveOn,
            attended: command.data.attended,
            chiefConstableAttended: s.chiefConstableRequested ? (command.data.chiefConstableAttended ?? null) : null,
          },
        },
      ];
    },
    ReceiveWrittenResponse: (command, state, ctx) => {
      const s = existingCase(state, 'No scrutiny requirement under this reference.');
      requireRule(
        PROCESS_ORDER,
        s.kind === 'written_response' && s.status !== 'complied',
        'A written response can be received once, on a written-response requirement.',
      );
      const findings = flagLate(
        SCRUTINY_WRITTEN_RESPONSE_LATE,
        isOnOrBefore(ctx.effectiveOn, s.dueOn!),
        `Received on ${ctx.effectiveOn}; the panel set ${s.dueOn}.`,
      );
      return [
        {
          type: 'WrittenResponseReceived',
          data: { receivedOn: ctx.effectiveOn, documentRef: command.data.documentRef ?? null },
          findings,
        },
      ];
    },
    RecordNonCompliance: (command, state, ctx) => {
      const s = existingCase(state, 'No scrutiny requirement under this reference.');
      requireRule(
        PROCESS_ORDER,
        s.status === 'required',
        'The requirement has already been complied with or marked as not complied with.',
      );
      const passed =
        s.kind === 'attendance' ? isOnOrBefore(s.meetingDate!, ctx.effectiveOn) : isAfter(ctx.effectiveOn, s.dueOn!);
      requireRule(
        SCRUTINY_NON_COMPLIANCE_PREMATURE,
        passed,
        s.kind === 'attendance'
          ? `The meeting on ${s.meetingDate} has not happened yet.`
          : `The response is not due until ${s.dueOn}.`,
      );
      requireRule(PROCESS_ORDER, nonBlank(command.data.details), 'Describe what was not complied with.');
      return [
        {
          type: 'RequirementNotComplied',
          data: { requirement: s.kind, details: command.data.details.trim(), recordedOn: ctx.effectiveOn },
        },
      ];
    },
  }),

  deadlines(state): DeadlineSpec[] {
    if (state.status === 'none') return [];
    if (state.kind === 'written_response') {
      return [
        deadlineOf(SCRUTINY_WRITTEN_RESPONSE_LATE, {
          key: 'scrutiny.written-response',
          label: 'Written response due by the date the panel set',
          dueOn: state.dueOn!,
          startsOn: state.requiredOn,
          completedOn: state.compliedOn,
          owner: 'pcc',
        }),
      ];
    }
    return [
      deadlineOf(SCRUTINY_NOTICE_NOT_BEFORE_MEETING, {
        key: 'scrutiny.attendance',
        label: 'Attend the panel meeting as required',
        dueOn: state.meetingDate!,
        startsOn: state.requiredOn,
        completedOn: state.compliedOn,
        owner: 'pcc',
      }),
    ];
  },
};
