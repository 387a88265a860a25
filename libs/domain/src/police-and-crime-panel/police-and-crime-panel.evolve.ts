import { evolveOnCase } from '../core/evolve-on-case';
import type { IsoDate } from '../core/calendar';
import { pick } from '../core/pick';
import { PoliceAndCrimePanelEvent } from './police-and-crime-panel.events';
import { DEFAULT_COOPTED_NUMBER } from './police-and-crime-panel.rules';
import { Established, Membership, PoliceAndCrimePanelState } from './police-and-crime-panel.state';

type Seat = Pick<Membership, 'kind' | 'council' | 'politicalGroup' | 'independent' | 'councillorOfArea'>;

/** The panel with one more period of service, from the day the member joined on the terms of their seat. */
function joined(
  state: Established,
  member: { memberId: string; person: string },
  seat: Seat,
  from: IsoDate,
): Established {
  const m: Membership = { ...pick(member, 'memberId', 'person'), ...seat, from, to: null };
  return { ...state, memberships: [...state.memberships, m] };
}

/** The case after one more of its events (pure: `state` is not changed). */
export const evolvePoliceAndCrimePanel = evolveOnCase<
  PoliceAndCrimePanelState,
  PoliceAndCrimePanelEvent,
  'PanelEstablished'
>(
  {
    PanelEstablished: ({ data }) => ({
      status: 'established',
      ...pick(data, 'forceArea', 'name', 'aliases', 'country', 'councils', 'relevantNumber'),
      cooptedNumber: DEFAULT_COOPTED_NUMBER,
      establishedOn: data.establishedOn,
      arrangementsNotifiedOn: null,
      quorumRule: null,
      quorumRules: [],
      memberships: [],
    }),
  },
  {
    PanelAliasAdded: ({ data }, state) => ({ ...state, aliases: [...state.aliases, data.alias] }),
    PanelArrangementsNotified: ({ data }, state) => ({ ...state, arrangementsNotifiedOn: data.notifiedOn }),
    MemberAppointed: ({ data }, state) => {
      const { council, politicalGroup } = data;
      const seat = { kind: 'councillor', council, politicalGroup, independent: null, councillorOfArea: true } as const;
      return joined(state, data, seat, data.appointedOn);
    },
    MemberCoopted: ({ data }, state) => {
      const { independent, councillorOfArea } = data;
      const seat = { kind: 'coopted', council: null, politicalGroup: null, independent, councillorOfArea } as const;
      return joined(state, data, seat, data.cooptedOn);
    },
    MemberLeft: ({ data }, state) => ({
      ...state,
      memberships: state.memberships.map((m) =>
        m.memberId === data.memberId && m.to === null ? { ...m, to: data.leftOn } : m,
      ),
    }),
    CoOptedNumberResolved: ({ data }, state) => ({ ...state, cooptedNumber: data.number }),
    RulesOfProcedureAdopted: ({ data }, state) => ({
      ...state,
      quorumRule: data.quorumRule,
      quorumRules: [...state.quorumRules, { rule: data.quorumRule, adoptedOn: data.adoptedOn }],
    }),
  },
);
