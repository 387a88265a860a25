import type { ElectionHeld } from '../commissioner-office/commissioner-office.events';

/** Kent's first PCC election (15 November 2012) as the ledger stores it today; the upcaster spec derives v1 from it. */
export const kentElection2012: ElectionHeld = {
  type: 'ElectionHeld',
  data: {
    policeArea: 'kent',
    pollDate: '2012-11-15',
    electedPerson: 'Ann Barnes',
    kind: 'ordinary',
    vacancyOn: null,
    nextOrdinaryPoll: '2016-05-05',
    declaredOn: null,
  },
};
