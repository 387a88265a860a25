import type { CooptMember } from '../police-and-crime-panel/police-and-crime-panel.commands';
import type { PoliceAndCrimePanelEvent } from '../police-and-crime-panel/police-and-crime-panel.events';
import { on } from './spec';
import { independentMember } from '../demo/independent-member';

/** The Kent and Medway panel (14 councils) and its members, shared by the panel specs. */
export const councils = [
  'Kent County Council',
  'Medway Council',
  'Ashford',
  'Canterbury',
  'Dartford',
  'Dover',
  'Gravesham',
  'Maidstone',
  'Sevenoaks',
  'Shepway',
  'Swale',
  'Thanet',
  'Tonbridge and Malling',
  'Tunbridge Wells',
];
export const established = {
  type: 'PanelEstablished',
  data: {
    forceArea: 'kent',
    name: 'Kent and Medway Police and Crime Panel',
    aliases: ['Kent Police and Crime Panel'],
    country: 'england',
    councils,
    relevantNumber: 14,
    establishedOn: '2012-06-01',
  },
} satisfies PoliceAndCrimePanelEvent;
export const small = {
  type: 'PanelEstablished',
  data: { ...established.data, councils: ['A', 'B'], relevantNumber: 10 } as never,
} satisfies PoliceAndCrimePanelEvent;
export const appointed = (i: number, council = councils[i % councils.length], date = '2012-07-01') =>
  on(date, {
    type: 'MemberAppointed',
    data: { memberId: `c${i}`, person: `Cllr ${i}`, council, politicalGroup: null, appointedOn: date },
  } as PoliceAndCrimePanelEvent);
export const coopted = (i: number, councillorOfArea = false, date = '2012-07-01') =>
  on(date, {
    type: 'MemberCoopted',
    data: {
      memberId: `i${i}`,
      person: `Independent ${i}`,
      independent: !councillorOfArea,
      councillorOfArea,
      homeOfficeNotifiedOn: null,
      cooptedOn: date,
    },
  } as PoliceAndCrimePanelEvent);
export const coopt = (over: Partial<CooptMember['data']> = {}): CooptMember => ({
  type: 'CooptMember',
  data: { ...independentMember('i9', 'Jane Doe'), ...over },
});
