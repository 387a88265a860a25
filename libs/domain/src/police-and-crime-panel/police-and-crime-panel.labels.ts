import type { ProcessLabels } from '../core/labels';
import type { PoliceAndCrimePanelState } from './police-and-crime-panel.state';

export const policeAndCrimePanelLabels: ProcessLabels = {
  aggregateType: 'PoliceAndCrimePanel',
  name: 'Police and Crime Panel',
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    established: 'Established',
  } satisfies Record<PoliceAndCrimePanelState['status'], string>,
  events: {
    PanelEstablished: 'Police and Crime Panel established',
    PanelAliasAdded: 'Another name of the panel recorded',
    PanelArrangementsNotified: 'Panel arrangements notified to the Home Secretary',
    MemberAppointed: 'Councillor appointed to the panel',
    MemberCoopted: 'Member co-opted to the panel',
    MemberLeft: 'Member left the panel',
    CoOptedNumberResolved: 'Number of co-opted members resolved',
    RulesOfProcedureAdopted: 'Rules of procedure adopted',
  },
  fields: {
    isCommissioner: 'Is the police and crime commissioner for the area',
    disqualifyingRoles: 'Roles that bar membership',
    aliases: 'Other names',
    alias: 'Other name',
    relevantNumber: 'Number of councillor members',
    establishedOn: 'Established on',
    council: 'Council',
    politicalGroup: 'Political group',
    independent: 'Independent member',
    councillorOfArea: 'A councillor of the area',
    homeOfficeNotifiedOn: 'Home Office told on',
    cooptedOn: 'Co-opted on',
    leftOn: 'Left on',
    number: 'Number',
    secretaryOfStateAgreedOn: 'Home Secretary agreed on',
    quorumRule: 'Quorum',
    minimumPresent: 'Members needed',
    text: 'As worded',
  },
  values: { councillor: 'Councillor', coopted: 'Co-opted member' },
};
