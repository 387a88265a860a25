import { evolveOnCase } from '../core/evolve-on-case';
import { pick } from '../core/pick';
import { decideOnCase, Decider, DecisionContext, requireNewCase, unopened } from '../core/decider';
import { IsoDate, isAfter, isOnOrBefore } from '../core/calendar';
import { PROCESS_ORDER, requireRule } from '../core/rules';
import type { CspMeetingSummonsCommand, IssueMeetingSummons } from './csp-meeting-summons.commands';
import { CSP_MEETING_SUMMONS_EVENT_TYPES, CspMeetingSummonsEvent } from './csp-meeting-summons.events';
import {
  CSP_SUMMONS_AREA_OUTSIDE_POLICE_AREA,
  CSP_SUMMONS_ENGLAND_ONLY,
  CSP_SUMMONS_MEETING_BEFORE_ISSUE,
  CSP_SUMMONS_PROPORTIONALITY_FINDING,
  CSP_SUMMONS_REPS_INVALID,
  CSP_SUMMONS_RA_NOT_CONSULTED,
} from './csp-meeting-summons.rules';
import { nonBlank } from '../core/text';

/** DOMAIN.md §4.2: SummonsIssued → MeetingHeld (attendance recorded per authority). */
export type CspMeetingSummonsState =
  | { status: 'none' }
  | {
      status: 'issued' | 'held';
      forceArea: string;
      authoritiesRequired: string[];
      repsPerAuthority: number | null;
      meetingDate: IsoDate;
      issuedOn: IsoDate;
      heldOn: IsoDate | null;
    };

/** The summons (reg 14A): England only, within the police area, after consulting the authorities, proportionate. */
function decideIssueSummons(
  command: IssueMeetingSummons,
  state: CspMeetingSummonsState,
  ctx: DecisionContext,
): CspMeetingSummonsEvent[] {
  const d = command.data;
  requireNewCase(state, 'This summons has already been issued.');
  const welsh = d.areas.filter((a) => a.country !== 'england');
  requireRule(
    CSP_SUMMONS_ENGLAND_ONLY,
    welsh.length === 0,
    `The reg 14A power does not extend to ${welsh.map((a) => a.name).join(', ')} (England only).`,
  );
  const outside = d.areas.filter((a) => !a.policeAreas.includes(d.forceArea));
  requireRule(
    CSP_SUMMONS_AREA_OUTSIDE_POLICE_AREA,
    d.areas.length > 0 && outside.length === 0,
    `${outside.map((a) => a.name).join(', ') || 'No area'} is not within the ${d.forceArea} police area.`,
  );
  const consulted = new Set(
    d.consultedRAs.filter((c) => isOnOrBefore(c.consultedOn, ctx.effectiveOn)).map((c) => c.authority),
  );
  const notConsulted = d.authoritiesRequired.filter((a) => !consulted.has(a));
  requireRule(
    CSP_SUMMONS_RA_NOT_CONSULTED,
    d.authoritiesRequired.length > 0 && notConsulted.length === 0,
    d.authoritiesRequired.length === 0
      ? 'Name the responsible authorities whose representatives are required.'
      : `Consult ${notConsulted.join(', ')} before issuing the summons (reg 14A(3)).`,
  );
  requireRule(
    CSP_SUMMONS_PROPORTIONALITY_FINDING,
    nonBlank(d.proportionalityReason),
    'Record why, having considered the authorities’ views, the PCC thinks the summons reasonable and proportionate.',
  );
  const reps = d.repsPerAuthority ?? null;
  requireRule(
    CSP_SUMMONS_REPS_INVALID,
    reps === null || (Number.isInteger(reps) && reps >= 1),
    `${reps} is not a valid number of representatives.`,
  );
  requireRule(
    CSP_SUMMONS_MEETING_BEFORE_ISSUE,
    isAfter(d.meetingDate, ctx.effectiveOn),
    `The meeting (${d.meetingDate}) must be after the summons (${ctx.effectiveOn}).`,
  );
  return [
    {
      type: 'MeetingSummonsIssued',
      data: {
        ...pick(d, 'forceArea', 'areas'),
        authoritiesRequired: [...d.authoritiesRequired],
        repsPerAuthority: reps,
        strategies: [...d.strategies],
        meetingDate: d.meetingDate,
        venue: d.venue ?? null,
        consultedRAs: d.consultedRAs.map((c) => ({
          authority: c.authority,
          consultedOn: c.consultedOn,
          views: c.views ?? null,
        })),
        proportionalityReason: d.proportionalityReason.trim(),
        issuedOn: ctx.effectiveOn,
      },
    },
  ];
}

export const cspMeetingSummons: Decider<CspMeetingSummonsState, CspMeetingSummonsCommand, CspMeetingSummonsEvent> = {
  aggregateType: 'CspMeetingSummons',
  streamPrefix: 'csp-meeting-summons',
  eventTypes: CSP_MEETING_SUMMONS_EVENT_TYPES,
  /*
   * CSP meeting summons (2007 Strategy Regulations reg 14A): the PCC's power. The summoned
   * meeting is the PCC's meeting, so the PCC's office records who came and who did not
   * (recording their own attendance would let the summoned authorities mark themselves).
   */
  commands: {
    IssueMeetingSummons: {
      label: 'The commissioner summons partnerships to a meeting',
      body: 'pcc',
      legalBasis: 'Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 reg 14A',
      creates: true,
    },
    RecordSummonedMeeting: {
      label: 'The commissioner records the summoned meeting',
      body: 'pcc',
      legalBasis: 'Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 reg 14A',
    },
  },

  initialState: unopened,

  evolve: evolveOnCase<CspMeetingSummonsState, CspMeetingSummonsEvent, 'MeetingSummonsIssued'>(
    {
      MeetingSummonsIssued: ({ data }) => ({
        status: 'issued',
        ...pick(data, 'forceArea', 'authoritiesRequired', 'repsPerAuthority', 'meetingDate', 'issuedOn'),
        heldOn: null,
      }),
    },
    { SummonedMeetingHeld: ({ data }, s) => ({ ...s, status: 'held', heldOn: data.heldOn }) },
  ),

  decide: decideOnCase<CspMeetingSummonsState, CspMeetingSummonsCommand, CspMeetingSummonsEvent, 'IssueMeetingSummons'>(
    'IssueMeetingSummons',
    decideIssueSummons,
    'No summons has been issued under this reference.',
    {
      RecordSummonedMeeting: (command, s, ctx) => {
        requireRule(
          PROCESS_ORDER,
          s.status === 'issued' && isAfter(ctx.effectiveOn, s.issuedOn),
          'The summoned meeting is recorded once, after the summons.',
        );
        const attended = command.data.attendedBy.filter((a) => a.representatives.length > 0);
        const present = new Set(attended.map((a) => a.authority));
        return [
          {
            type: 'SummonedMeetingHeld',
            data: {
              heldOn: ctx.effectiveOn,
              attendedBy: attended,
              absent: s.authoritiesRequired.filter((a) => !present.has(a)),
            },
          },
        ];
      },
    },
  ),
};
