import { addDays, IsoDate, isAfter } from '../core/calendar';
import { decideByAct, Decider, requireNewCase, unopened } from '../core/decider';
import { evolveOnCase } from '../core/evolve-on-case';
import { type DeadlineSpec, deadlineOf } from '../core/deadlines';
import { CASE_NOT_FOUND, flagLate, PROCESS_ORDER, requireRule, warningOf } from '../core/rules';
import { addMonths, nextOrdinaryPollAfter } from '../commissioner-office/commissioner-office.calendar';
import type { DeputyCommissionerCommand } from './deputy-commissioner.commands';
import { DEPUTY_COMMISSIONER_EVENT_TYPES, DeputyCommissionerEvent, PccFunction } from './deputy-commissioner.events';
import {
  DEPUTY_PCC_DISQUALIFIED,
  DEPUTY_PCC_ELIGIBILITY_UNVERIFIED,
  DEPUTY_PCC_EXCLUDED_PERSON,
  DEPUTY_PCC_FUNCTION_RESERVED,
  DEPUTY_PCC_OUTLASTED_TERM,
  DEPUTY_PCC_TERM_BEYOND_PCC,
} from './deputy-commissioner.rules';
import { sortedUnion } from '../core/sets';
import { pick } from '../core/pick';

/** s.18(7)(a), (e), (f): never the deputy's. (b)-(d) may go to the deputy, though not to anyone else (s.18(3)(d)). */
const RESERVED_FROM_DEPUTY: readonly PccFunction[] = [
  'issue_plan',
  'chief_constable_appointment_suspension_removal',
  'calculate_budget_requirement',
];

/**
 * The last day of the PCC term running on `on`: a term ends six days after the next
 * ordinary poll (DOMAIN.md §4.15), so a day up to six days after a poll is still in the
 * old term. A by-election term ends the same day (s.51(8)).
 */
export function pccTermEndOn(on: IsoDate): IsoDate {
  return addDays(nextOrdinaryPollAfter(addDays(on, -7)), 6);
}

export type DeputyCommissionerState =
  | { status: 'none' }
  | {
      status: 'appointed' | 'ended';
      forceArea: string;
      person: string;
      appointedOn: IsoDate;
      termEndsOn: IsoDate;
      pccTermEndsOn: IsoDate;
      functions: PccFunction[];
      endedOn: IsoDate | null;
    };

type Open = Exclude<DeputyCommissionerState, { status: 'none' }>;

function appointed(state: DeputyCommissionerState): Open {
  requireRule(CASE_NOT_FOUND, state.status !== 'none', 'No deputy PCC appointment is recorded under this reference.');
  requireRule(PROCESS_ORDER, state.status === 'appointed', 'This appointment has ended.');
  return state as Open;
}

/** The deputy police and crime commissioner (PRSRA 2011 s.18; Sch 1 para 8). */
export const deputyCommissioner: Decider<DeputyCommissionerState, DeputyCommissionerCommand, DeputyCommissionerEvent> =
  {
    aggregateType: 'DeputyCommissioner',
    streamPrefix: 'deputy-commissioner',
    eventTypes: DEPUTY_COMMISSIONER_EVENT_TYPES,
    /*
     * Deputy PCC (PRSRA 2011 s.18; Sch 1 para 8): the PCC's own acts.
     */
    commands: {
      AppointDeputyCommissioner: {
        label: 'The commissioner appoints a deputy commissioner',
        body: 'pcc',
        legalBasis: 'PRSRA 2011 s.18(1)(a); Sch 1 para 8',
        creates: true,
      },
      DelegateToDeputy: {
        label: 'The commissioner delegates a function to the deputy',
        body: 'pcc',
        legalBasis: 'PRSRA 2011 s.18(1)(b), (3)(b)',
      },
      EndDeputyAppointment: {
        label: "The deputy commissioner's appointment ends",
        body: 'pcc',
        legalBasis: 'PRSRA 2011 Sch 1 para 8(3)',
      },
    },

    initialState: unopened,

    evolve: evolveOnCase<DeputyCommissionerState, DeputyCommissionerEvent, 'DeputyCommissionerAppointed'>(
      {
        DeputyCommissionerAppointed: ({ data }) => ({
          status: 'appointed',
          ...pick(data, 'forceArea', 'person', 'appointedOn', 'termEndsOn', 'pccTermEndsOn'),
          functions: [],
          endedOn: null,
        }),
      },
      {
        FunctionsDelegatedToDeputy: ({ data }, s) => ({ ...s, functions: sortedUnion(s.functions, data.functions) }),
        DeputyAppointmentEnded: ({ data }, s) => ({ ...s, status: 'ended', endedOn: data.endedOn }),
      },
    ),

    decide: decideByAct<DeputyCommissionerState, DeputyCommissionerCommand, DeputyCommissionerEvent>({
      AppointDeputyCommissioner: (command, state, ctx) => {
        const on = ctx.effectiveOn;
        requireNewCase(state, 'This appointment is already recorded.');
        const d = command.data;
        requireRule(
          DEPUTY_PCC_EXCLUDED_PERSON,
          d.excludedAs.length === 0,
          `${d.person} is declared to be: ${d.excludedAs.join(', ')}; such a person cannot be the deputy PCC.`,
        );
        const under18 = d.dateOfBirth ? isAfter(addMonths(d.dateOfBirth, 18 * 12), on) : false;
        requireRule(
          DEPUTY_PCC_DISQUALIFIED,
          !under18 && d.disqualifications.length === 0,
          under18
            ? `${d.person} is under 18 on ${on}.`
            : `${d.person} is disqualified: ${d.disqualifications.join(', ')}.`,
        );
        const pccTermEndsOn = pccTermEndOn(on);
        requireRule(
          DEPUTY_PCC_TERM_BEYOND_PCC,
          !isAfter(d.termEndsOn, pccTermEndsOn) && !isAfter(on, d.termEndsOn),
          `The appointment runs to ${d.termEndsOn}; it must end on or before ${pccTermEndsOn}, when the PCC's current term ends.`,
        );
        const unverified = warningOf(
          DEPUTY_PCC_ELIGIBILITY_UNVERIFIED,
          `${d.person}'s eligibility (not a constable, PCC or police staff; not disqualified${d.dateOfBirth ? '' : '; age'}) is as the PCC's office declared it.`,
        );
        return [
          {
            type: 'DeputyCommissionerAppointed',
            data: {
              ...pick(d, 'forceArea', 'person'),
              seniorAppointmentCaseId: d.seniorAppointmentCaseId ?? null,
              termEndsOn: d.termEndsOn,
              pccTermEndsOn,
              appointedOn: on,
            },
            findings: [unverified],
          },
        ];
      },
      DelegateToDeputy: (command, state, ctx) => {
        const on = ctx.effectiveOn;
        appointed(state);
        const reserved = command.data.functions.filter((f) => RESERVED_FROM_DEPUTY.includes(f));
        requireRule(
          DEPUTY_PCC_FUNCTION_RESERVED,
          reserved.length === 0,
          `These functions cannot be given to the deputy: ${reserved.join(', ')}.`,
        );
        return [
          {
            type: 'FunctionsDelegatedToDeputy',
            data: {
              functions: [...new Set(command.data.functions)].sort(),
              description: command.data.description ?? null,
              delegatedOn: on,
            },
          },
        ];
      },
      EndDeputyAppointment: (command, state, ctx) => {
        const on = ctx.effectiveOn;
        const s = appointed(state);
        const late = flagLate(
          DEPUTY_PCC_OUTLASTED_TERM,
          !isAfter(on, s.pccTermEndsOn),
          `The appointing PCC's term ended on ${s.pccTermEndsOn}; the deputy's appointment is recorded as ending on ${on}.`,
        );
        return [{ type: 'DeputyAppointmentEnded', data: { reason: command.data.reason, endedOn: on }, findings: late }];
      },
    }),

    deadlines(state): DeadlineSpec[] {
      if (state.status === 'none') return [];
      return [
        deadlineOf(DEPUTY_PCC_OUTLASTED_TERM, {
          key: 'deputy-pcc.term-end',
          label: `${state.person}: appointment as deputy PCC ends with the PCC's term`,
          dueOn: state.pccTermEndsOn,
          startsOn: state.appointedOn,
          completedOn: state.endedOn,
          owner: 'pcc',
        }),
      ];
    },
  };
