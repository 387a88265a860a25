import { assertNever } from '../core/decider';
import { PoliceAndCrimePanelEvent } from './police-and-crime-panel.events';
import { DEFAULT_COOPTED_NUMBER } from './police-and-crime-panel.rules';
import { Membership, PoliceAndCrimePanelState } from './police-and-crime-panel.state';

/** The case after one more of its events (pure: `state` is not changed). */
export function evolvePoliceAndCrimePanel(
  state: PoliceAndCrimePanelState,
  event: PoliceAndCrimePanelEvent,
): PoliceAndCrimePanelState {
  if (event.type === 'PanelEstablished') {
    const d = event.data;
    return {
      status: 'established',
      forceArea: d.forceArea,
      name: d.name,
      aliases: d.aliases,
      country: d.country,
      councils: d.councils,
      relevantNumber: d.relevantNumber,
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
      const d = event.data;
      const m: Membership = {
        memberId: d.memberId,
        person: d.person,
        kind: 'councillor',
        council: d.council,
        politicalGroup: d.politicalGroup,
        independent: null,
        councillorOfArea: true,
        from: d.appointedOn,
        to: null,
      };
      return { ...state, memberships: [...state.memberships, m] };
    }
    case 'MemberCoopted': {
      const d = event.data;
      const m: Membership = {
        memberId: d.memberId,
        person: d.person,
        kind: 'coopted',
        council: null,
        politicalGroup: null,
        independent: d.independent,
        councillorOfArea: d.councillorOfArea,
        from: d.cooptedOn,
        to: null,
      };
      return { ...state, memberships: [...state.memberships, m] };
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
