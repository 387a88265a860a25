import type { MemberAtTime } from '../police-and-crime-panel/police-and-crime-panel.events';

/** A panel of n members, the last `coopted` of them co-opted, numbered from `firstNumber` (m1, m2, ...). */
export const panelRoster = (n: number, coopted = 2, firstNumber = 1): MemberAtTime[] =>
  Array.from({ length: n }, (_, i) => ({
    memberId: `m${i + firstNumber}`,
    name: `Member ${i + firstNumber}`,
    kind: i < n - coopted ? 'councillor' : 'coopted',
  }));

/** The panel facts a veto or a hearing needs: the members on record when it was decided. */
export const panelFacts = (members: MemberAtTime[]) => ({
  panel: { panelId: 'kent-pcp', name: 'Kent Police and Crime Panel', membersAtTime: members, quorumRule: null },
});
