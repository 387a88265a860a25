/**
 * A vote by a member barred by the register of interests on record (Localism Act 2011
 * s.31(4)) is found from the register, not from what the secretariat declares at the
 * meeting: the register's facts reach the meeting's decision through `needs`.
 */
import type { StoredDomainEvent } from '../core/decider';
import type { InterestsRegisterEvent } from '../interests-register/interests-register.events';
import { factsFromRecords } from '../record-facts';
import { spec } from '../testing/spec';
import type { PanelMeetingEvent } from './panel-meeting.events';
import { panelMeeting as decider } from './panel-meeting.decider';

const MEETING_DAY = '2013-02-05';
const members = ['a', 'b', 'c', 'd'].map((id) => ({ memberId: id, name: `Member ${id}`, kind: 'councillor' as const }));
const session: PanelMeetingEvent[] = [
  {
    type: 'MeetingConvened',
    data: {
      forceArea: 'kent',
      panelId: 'kent',
      date: MEETING_DAY,
      startTimes: ['10:00'],
      venue: 'Sessions House',
      agenda: [{ item: 'B1', title: 'Precept' }],
      convenedOn: '2013-01-28',
    },
  },
  { type: 'AttendanceRecorded', data: { present: ['a', 'b', 'c', 'd'], absent: [], membersAtTime: members } },
  { type: 'QuorumConfirmed', data: { presentCount: 4, minimumPresent: 3 } },
];
const stored = (events: InterestsRegisterEvent[], on: string[]): StoredDomainEvent[] =>
  events.map((event, i) => ({ event, eventId: `r-${i}`, effectiveOn: on[i], recordedAt: `${on[i]}T12:00:00.000Z` }));
const opened: InterestsRegisterEvent = {
  type: 'MemberInterestsOpened',
  data: {
    forceArea: 'kent',
    panelId: 'kent',
    memberId: 'a',
    member: 'Member a',
    memberKind: 'councillor',
    becameMemberOn: '2012-11-22',
    openedOn: '2012-11-22',
  },
};
const disclosed: InterestsRegisterEvent = {
  type: 'InterestDisclosedAtMeeting',
  data: {
    disclosureId: 'D1',
    meetingRef: 'PCP 5 Feb 2013',
    item: 'B1',
    category: 'dpi',
    description: 'Spouse employed by the OPCC',
    registeredInterestId: null,
    disclosedOn: MEETING_DAY,
  },
};
const dispensation: InterestsRegisterEvent = {
  type: 'DispensationGranted',
  data: {
    dispensationId: 'DS1',
    requestRef: 'R1',
    ground: 'a',
    relievesFrom: ['vote'],
    business: ['B1'],
    from: '2013-02-01',
    to: '2013-03-31',
    grantedOn: '2013-02-01',
  },
};
const vote = {
  type: 'RecordVote' as const,
  data: {
    item: 'B1',
    motion: 'Support the precept',
    for: ['a', 'b', 'c'],
    against: ['d'],
    abstain: [],
    requiredMajority: 'simple' as const,
  },
};
const registerFacts = (events: InterestsRegisterEvent[], on: string[]) =>
  factsFromRecords(
    ['interests'],
    [{ aggregateType: 'InterestsRegister', caseId: 'kent-a', events: stored(events, on) }],
    MEETING_DAY,
  );

describe('a vote judged against the register of interests on record (Localism Act 2011 s.31(4))', () => {
  it('declares that the vote needs the register', () => {
    expect(decider.commands.RecordVote.needs).toContain('interests');
  });

  it('given a DPI disclosed for the item on the register and no dispensation, when the member votes, then the vote is recorded with the breach, though nothing was declared to the meeting', () => {
    const facts = registerFacts([opened, disclosed], ['2012-11-22', MEETING_DAY]);
    const [e] = spec(decider)
      .given(...session)
      .when(vote, { effectiveOn: MEETING_DAY, facts })
      .thenFlags('MEETING_CONFLICTED_MEMBER_VOTED');
    expect(e.findings?.[0].message).toMatch(/^a /);
  });

  it('given a dispensation in force that relieves the vote (s.33), when the member votes, then no breach is found', () => {
    const facts = registerFacts([opened, dispensation, disclosed], ['2012-11-22', '2013-02-01', MEETING_DAY]);
    spec(decider)
      .given(...session)
      .when(vote, { effectiveOn: MEETING_DAY, facts })
      .thenFlags();
  });

  it("given another panel's register, when the member votes, then it is not applied to this meeting", () => {
    const other = { ...opened, data: { ...opened.data, panelId: 'essex' } } as InterestsRegisterEvent;
    const facts = registerFacts([other, disclosed], ['2012-11-22', MEETING_DAY]);
    spec(decider)
      .given(...session)
      .when(vote, { effectiveOn: MEETING_DAY, facts })
      .thenFlags();
  });
});
