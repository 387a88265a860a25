import { evolveOnCase } from '../core/evolve-on-case';
import { pick } from '../core/pick';
import { decideOnCase, Decider, requireNewCase, unopened } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import { isOnOrBefore } from '../core/calendar';
import { type DeadlineSpec, deadlineOf } from '../core/deadlines';
import { flagLate, PROCESS_ORDER, requireRule } from '../core/rules';
import { requireStatus } from '../core/step-order';
import type { CspReportRequirementCommand } from './csp-report-requirement.commands';
import { CSP_REPORT_EVENT_TYPES, CspArea, CspReportRequirementEvent } from './csp-report-requirement.events';
import {
  AREA_WITHIN_POLICE_AREA,
  CSP_REPORT_NOT_JOINT,
  NOT_SATISFIED_FINDING,
  PROPORTIONALITY_FINDING,
  REPORT_DUE,
  SENT_TO_EACH_PCC,
  WELSH_DEVOLVED_EXCLUDED,
} from './csp-report-requirement.rules';
import { nonBlank } from '../core/text';

/** DOMAIN.md §4.1: Required → Submitted → Published. */
export type CspReportRequirementState =
  | { status: 'none' }
  | {
      status: 'awaiting_joint_pccs' | 'required' | 'submitted' | 'published';
      forceArea: string;
      areas: CspArea[];
      /** Police areas whose PCCs have yet to join a joint requirement (s.7(5)(b)). */
      awaitingJoin: string[];
      jointWith: string[];
      requestedOn: IsoDate;
      dueOn: IsoDate | null;
      submittedOn: IsoDate | null;
      publishedOn: IsoDate | null;
    };

export const cspReportRequirement: Decider<
  CspReportRequirementState,
  CspReportRequirementCommand,
  CspReportRequirementEvent
> = {
  aggregateType: 'CspReportRequirement',
  streamPrefix: 'csp-report-requirement',
  eventTypes: CSP_REPORT_EVENT_TYPES,
  partyForceAreas: (state) => (state.status === 'none' ? [] : state.jointWith),
  /*
   * CSP report requirement (CDA 1998 s.7)
   */
  commands: {
    RequestReport: {
      label: 'The commissioner asks partnerships for a report',
      body: 'pcc',
      legalBasis: 'CDA 1998 s.7(1), (1A)',
      creates: true,
    },
    JoinReportRequirement: {
      label: 'Another commissioner joins the request for a report',
      body: 'pcc',
      legalBasis: 'CDA 1998 s.7(5)(b)',
    },
    SubmitReport: {
      label: 'The partnership sends the report to the commissioner',
      body: 'csp',
      legalBasis: 'CDA 1998 s.7(1), (5)',
    },
    PublishReport: {
      label: 'The commissioner publishes the report',
      body: 'pcc',
      legalBasis: 'SI 2011/3050 Sch para 7',
    },
  },

  initialState: unopened,

  evolve: evolveOnCase<CspReportRequirementState, CspReportRequirementEvent, 'ReportRequested'>(
    {
      ReportRequested: ({ data: d }) => {
        const jointWith = d.jointWith ?? [];
        const status = jointWith.length ? 'awaiting_joint_pccs' : 'required';
        const dates = { ...pick(d, 'requestedOn', 'dueOn'), submittedOn: null, publishedOn: null };
        return { status, ...pick(d, 'forceArea', 'areas'), awaitingJoin: jointWith, jointWith, ...dates };
      },
    },
    {
      ReportRequirementJoined: ({ data }, s) => {
        const awaitingJoin = s.awaitingJoin.filter((p) => p !== data.policeArea);
        return { ...s, awaitingJoin, status: awaitingJoin.length ? 'awaiting_joint_pccs' : 'required' };
      },
      ReportSubmitted: ({ data }, s) => ({ ...s, status: 'submitted', submittedOn: data.submittedOn }),
      ReportPublished: ({ data }, s) => ({ ...s, status: 'published', publishedOn: data.publishedOn }),
    },
  ),

  decide: decideOnCase<
    CspReportRequirementState,
    CspReportRequirementCommand,
    CspReportRequirementEvent,
    'RequestReport'
  >(
    'RequestReport',
    (command, state, ctx) => {
      const d = command.data;
      requireNewCase(state, 'This report requirement has already been made.');
      requireRule(
        NOT_SATISFIED_FINDING,
        nonBlank(d.notSatisfiedReason),
        'Record why the PCC is not satisfied that the responsible authorities are carrying out their crime and disorder functions effectively and efficiently (s.7(1A)(a)).',
      );
      requireRule(
        PROPORTIONALITY_FINDING,
        nonBlank(d.proportionalityReason),
        'Record why the PCC considers the report reasonable and proportionate (s.7(1A)(b)).',
      );
      const outside = d.areas.filter((a) => !a.policeAreas.includes(d.forceArea));
      requireRule(
        AREA_WITHIN_POLICE_AREA,
        d.areas.length > 0 && outside.length === 0,
        `The PCC for ${d.forceArea} cannot require a report for ${outside.map((a) => a.name).join(', ') || 'no area'}: it is not within the police area.`,
      );
      const welsh = d.matters.filter((m) => m.devolvedWelshFunction);
      requireRule(
        WELSH_DEVOLVED_EXCLUDED,
        welsh.length === 0,
        `A report cannot be required on devolved Welsh functions: ${welsh.map((m) => m.description).join('; ')}.`,
      );
      return [
        {
          type: 'ReportRequested',
          data: {
            ...pick(d, 'forceArea', 'areas', 'matters'),
            notSatisfiedReason: d.notSatisfiedReason.trim(),
            proportionalityReason: d.proportionalityReason.trim(),
            form: d.form ?? null,
            dueOn: d.dueOn ?? null,
            requestedOn: ctx.effectiveOn,
            jointWith: [...new Set(d.areas.flatMap((a) => a.policeAreas))].filter((p) => p !== d.forceArea).sort(),
          },
        },
      ];
    },
    'No report has been required under this reference.',
    {
      JoinReportRequirement: (command, state, ctx) => {
        const area = command.data.policeArea;
        requireRule(
          CSP_REPORT_NOT_JOINT,
          state.awaitingJoin.includes(area),
          state.jointWith.includes(area)
            ? `The PCC for ${area} has already joined.`
            : `The areas do not lie in ${area}: its PCC is not a party to this requirement.`,
        );
        // Only that PCC's own office joins for it: the joint act is each PCC's own.
        requireRule(
          CSP_REPORT_NOT_JOINT,
          ctx.actor.forceArea === null || ctx.actor.forceArea === area,
          `Only the PCC for ${area} can join for ${area}; this key acts for ${ctx.actor.forceArea}.`,
        );
        return [{ type: 'ReportRequirementJoined', data: { policeArea: area, joinedOn: ctx.effectiveOn } }];
      },
      SubmitReport: (command, state, ctx) => {
        requireRule(
          CSP_REPORT_NOT_JOINT,
          state.status !== 'awaiting_joint_pccs',
          `The areas lie in more than one police area: the requirement is made only once the PCCs for ${state.awaitingJoin.join(', ')} have joined it (s.7(5)(b)).`,
        );
        requireStatus(state, ['required'], 'The report has already been submitted.');
        const policeAreas = [...new Set(state.areas.flatMap((a) => a.policeAreas))];
        const missing = policeAreas.filter((p) => !command.data.sentTo.includes(p));
        requireRule(
          SENT_TO_EACH_PCC,
          missing.length === 0,
          `The report must also be sent to the PCC for ${missing.join(', ')} (s.7(5)).`,
        );
        const findings = state.dueOn
          ? flagLate(
              REPORT_DUE,
              isOnOrBefore(ctx.effectiveOn, state.dueOn),
              `Submitted on ${ctx.effectiveOn}; the requirement set ${state.dueOn}.`,
            )
          : [];
        return [
          {
            type: 'ReportSubmitted',
            data: { submittedOn: ctx.effectiveOn, submittedBy: command.data.submittedBy, sentTo: command.data.sentTo },
            findings,
          },
        ];
      },
      PublishReport: (command, state, ctx) => {
        requireRule(
          PROCESS_ORDER,
          state.status === 'submitted',
          state.status === 'published'
            ? 'The report has already been published.'
            : 'A report can be published only after it has been submitted.',
        );
        return [{ type: 'ReportPublished', data: { publishedOn: ctx.effectiveOn, url: command.data.url ?? null } }];
      },
    },
  ),

  deadlines(state): DeadlineSpec[] {
    if (state.status === 'none' || !state.dueOn) return [];
    return [
      deadlineOf(REPORT_DUE, {
        key: 'csp-report.submission',
        label: 'Report to be submitted by the date set in the requirement',
        dueOn: state.dueOn,
        startsOn: state.requestedOn,
        completedOn: state.submittedOn,
        owner: 'csp',
      }),
    ];
  },
};
