import { assertNever } from '../core/decider';
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
): PoliceAndCrimePanelState {
  const m: Membership = { ...pick(member, 'memberId', 'person'), ...seat, from, to: null };
  return { ...state, memberships: [...state.memberships, m] };
}

/** The case after one more of its events (pure: `state` is not changed). */
export function evolvePoliceAndCrimePanel(
  state: PoliceAndCrimePanelState,
  event: PoliceAndCrimePanelEvent,
): PoliceAndCrimePanelState {
  if (event.type === 'PanelEstablished') {
    const d = event.data;
    return {
      status: 'established',
      ...pick(d, 'forceArea', 'name', 'aliases', 'country', 'councils', 'relevantNumber'),
      cooptedNumber: DEFAULT_COOPTED_NUMBER,
      establishedOn: d.establishedOn,
      arrangementsNotifiedOn: null,
      quorumRule: null,
      quorumRules: [],
      memberships: [],
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'PanelAliasAdded':
      return { ...state, aliases: [...state.aliases, event.data.alias] };
    case 'PanelArrangementsNotified':
      return { ...state, arrangementsNotifiedOn: event.data.notifiedOn };
    case 'MemberAppointed': {
      const { council, politicalGroup } = event.data;
      const seat = { kind: 'councillor', council, politicalGroup, independent: null, councillorOfArea: true } as const;
      return joined(state, event.data, seat, event.data.appointedOn);
    }
    case 'MemberCoopted': {
      const { independent, councillorOfArea } = event.data;
      const seat = { kind: 'coopted', council: null, politicalGroup: null, independent, councillorOfArea } as const;
      return joined(state, event.data, seat, event.data.cooptedOn);
    }
    case 'MemberLeft':
      return {
        ...state,
        memberships: state.memberships.map((m) =>
          m.memberId === event.data.memberId && m.to === null ? { ...m, to: event.data.leftOn } : m,
        ),
      };
    case 'CoOptedNumberResolved':
      return { ...state, cooptedNumber: event.data.number };
    case 'RulesOfProcedureAdopted':
      return {
        ...state,
        quorumRule: event.data.quorumRule,
        quorumRules: [...state.quorumRules, { rule: event.data.quorumRule, adoptedOn: event.data.adoptedOn }],
      };
    default:
      return assertNever(event, 'event');
  }
}
