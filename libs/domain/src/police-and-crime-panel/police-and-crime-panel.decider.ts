import { decideOnCase, Decider, requireNewCase, unopened } from '../core/decider';
import { compareDates, IsoDate, isOnOrBefore } from '../core/calendar';
import { type DeadlineSpec, deadlineOf } from '../core/deadlines';
import { flagLate, requireRule } from '../core/rules';
import type { PoliceAndCrimePanelCommand } from './police-and-crime-panel.commands';
import { MemberAtTime, PANEL_EVENT_TYPES, PoliceAndCrimePanelEvent, QuorumRule } from './police-and-crime-panel.events';
import {
  DEFAULT_COOPTED_NUMBER,
  MAX_PANEL_SIZE,
  PANEL_ARRANGEMENTS_DUE_ON,
  PANEL_ARRANGEMENTS_LATE,
  PANEL_COOPTED_NUMBER_MINIMUM,
  PANEL_COUNCIL_NOT_IN_AREA,
  PANEL_COUNCILLOR_SEATS_FULL,
  PANEL_EXTRA_COOPTEES_NEED_SOS,
  PANEL_MEMBERSHIP_CHANGE_INVALID,
  PANEL_QUORUM_RULE_INVALID,
  PANEL_TOTAL_OVER_20,
} from './police-and-crime-panel.rules';
import { evolvePoliceAndCrimePanel } from './police-and-crime-panel.evolve';
import { decideCooption } from './police-and-crime-panel.cooption';
import { PoliceAndCrimePanelState, joiningPanel, serving } from './police-and-crime-panel.state';
import { nonBlank } from '../core/text';
import { pick } from '../core/pick';
export type { Membership, PoliceAndCrimePanelState } from './police-and-crime-panel.state';

/** Sch 6 para 4(1)-(2): 10 councillors, or the number of councils if there are 11 or more. */
function relevantNumberOf(councilCount: number): number {
  return Math.max(10, councilCount);
}

/** The members on a given day: appointed or co-opted on or before it, and not yet left. */
export function rosterAt(state: PoliceAndCrimePanelState, date: IsoDate): MemberAtTime[] {
  if (state.status === 'none') return [];
  return state.memberships
    .filter((m) => compareDates(m.from, date) <= 0 && (m.to === null || compareDates(date, m.to) < 0))
    .map((m) => ({ memberId: m.memberId, name: m.person, kind: m.kind }));
}

/** The quorum of the rules of procedure in force on a date (the latest adopted on or before it). */
export function quorumRuleAt(state: PoliceAndCrimePanelState, date: IsoDate): QuorumRule | null {
  if (state.status === 'none') return null;
  const adopted = state.quorumRules.filter((q) => compareDates(q.adoptedOn, date) <= 0);
  return adopted.length ? adopted[adopted.length - 1].rule : null;
}

export interface PanelComposition {
  asAt: IsoDate;
  councillors: number;
  coopted: number;
  total: number;
  relevantNumber: number;
  cooptedNumber: number;
  /** Seats not filled. Vacancies do not invalidate proceedings (Sch 6 para 30) and do not count towards a veto. */
  councillorVacancies: number;
  cooptedVacancies: number;
}

export function panelCompositionAt(state: PoliceAndCrimePanelState, date: IsoDate): PanelComposition | null {
  if (state.status === 'none') return null;
  const roster = rosterAt(state, date);
  const councillors = roster.filter((m) => m.kind === 'councillor').length;
  const coopted = roster.length - councillors;
  return {
    asAt: date,
    councillors,
    coopted,
    total: roster.length,
    relevantNumber: state.relevantNumber,
    cooptedNumber: state.cooptedNumber,
    councillorVacancies: Math.max(0, state.relevantNumber - councillors),
    cooptedVacancies: Math.max(0, state.cooptedNumber - coopted),
  };
}

export const policeAndCrimePanel: Decider<
  PoliceAndCrimePanelState,
  PoliceAndCrimePanelCommand,
  PoliceAndCrimePanelEvent
> = {
  aggregateType: 'PoliceAndCrimePanel',
  streamPrefix: 'police-and-crime-panel',
  eventTypes: PANEL_EVENT_TYPES,
  /*
   * Police and crime panel (PRSRA 2011 s.28, Sch 6): the panel and its roster. Establishment,
   * the arrangements notice and councillor appointments are acts of the councils; the panel
   * secretariat (the host authority's officers) records them. A Welsh panel is set up by the
   * Secretary of State: admin records that on the Home Office's behalf.
   */
  commands: {
    EstablishPanel: {
      label: 'The police and crime panel is established',
      body: 'panel',
      legalBasis: 'PRSRA 2011 s.28, Sch 6 Parts 2-3',
      creates: true,
    },
    AddPanelAlias: {
      label: 'Another name the panel is known by is recorded',
      body: 'panel',
      legalBasis: 'Governance Ledger record-keeping (DOMAIN.md §1 item 6)',
    },
    NotifyPanelArrangements: {
      label: "The councils notify the panel's arrangements",
      body: 'panel',
      legalBasis: 'SI 2012/1433 reg 3',
    },
    AppointMember: {
      label: 'A council appoints a member of the panel',
      body: 'panel',
      legalBasis: 'PRSRA 2011 Sch 6 para 4(1)-(2)',
      needs: ['election'],
    },
    CooptMember: {
      label: 'The panel co-opts a member',
      body: 'panel',
      legalBasis: 'PRSRA 2011 Sch 6 paras 4(3), 22-23',
      needs: ['election'],
    },
    RecordMemberLeft: { label: 'A member leaves the panel', body: 'panel', legalBasis: 'PRSRA 2011 Sch 6' },
    ResolveCoOptedNumber: {
      label: 'The panel decides how many members it co-opts',
      body: 'panel',
      legalBasis: 'PRSRA 2011 Sch 6 para 4(4)',
    },
    AdoptRulesOfProcedure: {
      label: 'The panel adopts its rules of procedure',
      body: 'panel',
      legalBasis: 'PRSRA 2011 Sch 6 para 25',
    },
  },

  initialState: unopened,

  evolve: evolvePoliceAndCrimePanel,

  decide: decideOnCase<
    PoliceAndCrimePanelState,
    PoliceAndCrimePanelCommand,
    PoliceAndCrimePanelEvent,
    'EstablishPanel'
  >(
    'EstablishPanel',
    (command, state, ctx) => {
      const on = ctx.effectiveOn;
      const d = command.data;
      requireNewCase(state, 'This panel has already been established.');
      const councils = [...new Set(d.councils)];
      return [
        {
          type: 'PanelEstablished',
          data: {
            ...pick(d, 'forceArea', 'name'),
            aliases: d.aliases ?? [],
            country: d.country,
            councils,
            relevantNumber: relevantNumberOf(councils.length),
            establishedOn: on,
          },
        },
      ];
    },
    'No panel has been established under this reference.',
    {
      AddPanelAlias: (command, s) => {
        requireRule(
          PANEL_MEMBERSHIP_CHANGE_INVALID,
          nonBlank(command.data.alias) && command.data.alias !== s.name && !s.aliases.includes(command.data.alias),
          `"${command.data.alias}" is already a name of this panel.`,
        );
        return [{ type: 'PanelAliasAdded', data: { alias: command.data.alias } }];
      },
      NotifyPanelArrangements: (command, s, ctx) => {
        const on = ctx.effectiveOn;
        requireRule(
          PANEL_MEMBERSHIP_CHANGE_INVALID,
          s.arrangementsNotifiedOn === null,
          'The panel arrangements have already been notified.',
        );
        // Welsh panels are set up by the Home Office (Sch 6 Part 3): the English deadline does not apply.
        const findings =
          s.country === 'england'
            ? flagLate(
                PANEL_ARRANGEMENTS_LATE,
                isOnOrBefore(on, PANEL_ARRANGEMENTS_DUE_ON),
                `Notified on ${on}; the last day was ${PANEL_ARRANGEMENTS_DUE_ON}.`,
              )
            : [];
        return [{ type: 'PanelArrangementsNotified', data: { notifiedOn: on }, findings }];
      },
      AppointMember: (command, s, ctx) => {
        const on = ctx.effectiveOn;
        const d = command.data;
        const commissionerCheck = joiningPanel(s, d, ctx);
        requireRule(
          PANEL_COUNCIL_NOT_IN_AREA,
          s.councils.includes(d.council),
          `${d.council} is not one of the councils of the police area (${s.councils.join(', ')}).`,
        );
        const councillors = serving(s).filter((m) => m.kind === 'councillor').length;
        requireRule(
          PANEL_COUNCILLOR_SEATS_FULL,
          councillors < s.relevantNumber,
          `All ${s.relevantNumber} councillor seats are filled; a further councillor can join only as a co-optee.`,
        );
        return [
          {
            type: 'MemberAppointed',
            data: {
              ...pick(d, 'memberId', 'person', 'council'),
              politicalGroup: d.politicalGroup ?? null,
              appointedOn: on,
            },
            findings: commissionerCheck,
          },
        ];
      },
      CooptMember: (command, s, ctx) => decideCooption(command.data, s, ctx),
      RecordMemberLeft: (command, s, ctx) => {
        const on = ctx.effectiveOn;
        const m = serving(s).find((x) => x.memberId === command.data.memberId);
        requireRule(
          PANEL_MEMBERSHIP_CHANGE_INVALID,
          !!m && compareDates(m.from, on) <= 0,
          `${command.data.memberId} is not serving on the panel on ${on}.`,
        );
        return [{ type: 'MemberLeft', data: { ...pick(command.data, 'memberId', 'reason'), leftOn: on } }];
      },
      ResolveCoOptedNumber: (command, s, ctx) => {
        const on = ctx.effectiveOn;
        const n = command.data.number;
        requireRule(
          PANEL_COOPTED_NUMBER_MINIMUM,
          Number.isInteger(n) && n >= DEFAULT_COOPTED_NUMBER,
          `The co-opted number must be a whole number of at least ${DEFAULT_COOPTED_NUMBER}, not ${n}.`,
        );
        requireRule(
          PANEL_TOTAL_OVER_20,
          s.relevantNumber + n <= MAX_PANEL_SIZE,
          `${s.relevantNumber} councillors and ${n} co-optees would make ${s.relevantNumber + n} members; the maximum is ${MAX_PANEL_SIZE}.`,
        );
        const sos = command.data.secretaryOfStateAgreedOn ?? null;
        requireRule(
          PANEL_EXTRA_COOPTEES_NEED_SOS,
          n === DEFAULT_COOPTED_NUMBER || (sos !== null && isOnOrBefore(sos, on)),
          `Co-opting ${n} members needs the Secretary of State's agreement, given on or before the resolution.`,
        );
        return [{ type: 'CoOptedNumberResolved', data: { number: n, secretaryOfStateAgreedOn: sos, resolvedOn: on } }];
      },
      AdoptRulesOfProcedure: (command, s, ctx) => {
        const on = ctx.effectiveOn;
        const q = command.data.quorumRule;
        requireRule(
          PANEL_QUORUM_RULE_INVALID,
          Number.isInteger(q.minimumPresent) &&
            q.minimumPresent >= 1 &&
            q.minimumPresent <= s.relevantNumber + s.cooptedNumber,
          `A quorum of ${q.minimumPresent} is not possible for a panel of ${s.relevantNumber + s.cooptedNumber}.`,
        );
        return [
          {
            type: 'RulesOfProcedureAdopted',
            data: { quorumRule: q, documentRef: command.data.documentRef ?? null, adoptedOn: on },
          },
        ];
      },
    },
  ),

  deadlines(state): DeadlineSpec[] {
    if (state.status === 'none' || state.country !== 'england') return [];
    return [
      deadlineOf(PANEL_ARRANGEMENTS_LATE, {
        key: 'panel.arrangements-notified',
        label: 'Notify the Secretary of State of the panel arrangements',
        dueOn: PANEL_ARRANGEMENTS_DUE_ON,
        startsOn: null,
        completedOn: state.arrangementsNotifiedOn,
        owner: 'councils',
      }),
    ];
  },
};
