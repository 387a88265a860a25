import { communitySafetyPartnership } from '../community-safety-partnership/community-safety-partnership.decider';
import { decisionRegister } from '../decision-register/decision-register.decider';
import type { Command, Decider, DomainEvent, StoredDomainEvent } from './decider';
import { foldStream } from './fold';

const at = (i: number, type: string, data: object): StoredDomainEvent => ({
  event: { type, data },
  eventId: `e${i}`,
  effectiveOn: `2013-02-${String(1 + (i % 27)).padStart(2, '0')}`,
  recordedAt: '2013-03-01T12:00:00Z',
});

const register = [
  at(0, 'DecisionRegisterOpened', { forceArea: 'kent', office: 'OPCC', openedOn: '2013-01-01' }),
  ...[1, 2, 3].map((i) =>
    at(i, 'DecisionRecorded', {
      decisionRef: `D${i}`,
      title: 't',
      decisionMaker: 'PCC',
      significantPublicInterest: i !== 2,
      madeAtMeeting: false,
      recordDocumentRef: 'R',
      decidedOn: '2013-02-01',
    }),
  ),
  at(4, 'SpecifiedInformationPublished', {
    orderPara: '5',
    description: 'd',
    url: null,
    decisionRef: 'D1',
    documentRef: null,
    publishedOn: '2013-02-05',
  }),
  at(5, 'DocumentClassified', {
    documentRef: 'P1',
    title: 'p',
    access: 'open',
    exemptParas: [],
    publicInterestReason: null,
    purpose: null,
    classifiedOn: '2013-02-06',
  }),
  at(6, 'DocumentReclassified', {
    documentRef: 'P1',
    access: 'exempt',
    exemptParas: [3],
    publicInterestReason: 'r',
    previousAccess: 'open',
    previousExemptParas: [],
    reason: 'r',
    reclassifiedOn: '2013-02-07',
  }),
];
const partnership = [
  at(0, 'PartnershipRegistered', {
    forceArea: 'kent',
    name: 'CSP',
    country: 'england',
    policeAreas: ['kent'],
    areas: ['Dover'],
    responsibleAuthorities: [],
    countyStrategyGroup: null,
    registeredOn: '2013-01-01',
  }),
  at(1, 'PaperTabled', { documentRef: 'A' }),
  at(2, 'CspMeetingHeld', {}),
  at(3, 'StrategyGroupPublicMeetingHeld', { meetingDate: '2013-02-04' }),
  at(4, 'PaperTabled', { documentRef: 'B' }),
];

/** Folds with the pure evolve only, checking after each event that the state passed in did not change. */
function foldPure(decider: Decider<unknown, Command, DomainEvent>, events: StoredDomainEvent[]): unknown {
  let state = decider.initialState();
  for (const e of events) {
    const before = JSON.stringify(state);
    const next = decider.evolve(state, e.event, { effectiveOn: e.effectiveOn, eventId: e.eventId });
    expect(JSON.stringify(state)).toBe(before);
    state = next;
  }
  return state;
}

describe('Folding in place a state the folder owns (evolveOwned)', () => {
  it.each([
    ['decision register', decisionRegister as Decider<unknown, Command, DomainEvent>, register],
    ['community safety partnership', communitySafetyPartnership as Decider<unknown, Command, DomainEvent>, partnership],
  ])(
    'the %s folds to the same state in place as with the pure evolve, which leaves its input untouched',
    (_name, decider, events) => {
      expect(decider.evolveOwned).toBeDefined();
      const pure = foldPure(decider, events);
      expect(JSON.stringify(foldStream(decider, events))).toBe(JSON.stringify(pure));
    },
  );

  it('the pure evolve shares no collection with the state it was given', () => {
    const s = foldStream(decisionRegister, register.slice(0, 2));
    const next = decisionRegister.evolve(s, register[2].event as never, { effectiveOn: '2013-02-03', eventId: 'e2' });
    expect(s.status === 'open' && Object.keys(s.decisions)).toEqual(['D1']);
    expect(next.status === 'open' && Object.keys(next.decisions)).toEqual(['D1', 'D2']);
  });
});
