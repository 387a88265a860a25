import { on, spec } from '../testing/spec';
import type { MemberAtTime } from '../police-and-crime-panel/police-and-crime-panel.events';
import type { RecordVote } from './panel-meeting.commands';
import { panelMeeting as decider } from './panel-meeting.decider';
import type { PanelMeetingEvent } from './panel-meeting.events';

const members: MemberAtTime[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({
  memberId: id,
  name: `Member ${id}`,
  kind: i < 4 ? 'councillor' : 'coopted',
}));
const convened = (date = '2013-02-05'): PanelMeetingEvent => ({
  type: 'MeetingConvened',
  data: {
    forceArea: 'kent',
    panelId: 'kent',
    date,
    startTimes: ['10:00'],
    venue: 'Sessions House, Maidstone',
    agenda: [{ item: 'B1', title: 'Police and Crime Plan' }],
    convenedOn: '2013-01-28',
  },
});
const attendance: PanelMeetingEvent = {
  type: 'AttendanceRecorded',
  data: { present: ['a', 'b', 'c', 'd'], absent: ['e', 'f'], membersAtTime: members },
};
const quorate: PanelMeetingEvent = { type: 'QuorumConfirmed', data: { presentCount: 4, minimumPresent: 3 } };
const session = [convened(), attendance, quorate];
const panel = (
  quorumRule: { minimumPresent: number; text: string } | null = {
    minimumPresent: 3,
    text: 'The quorum shall be 3 voting Members',
  },
) => ({
  facts: { panel: { panelId: 'kent', name: 'Kent Police and Crime Panel', membersAtTime: members, quorumRule } },
});
const vote = (over: Partial<RecordVote['data']> = {}): RecordVote => ({
  type: 'RecordVote',
  data: {
    item: 'B1',
    motion: 'Welcome the plan',
    for: ['a', 'b', 'c'],
    against: ['d'],
    abstain: [],
    requiredMajority: 'simple',
    ...over,
  },
});

describe('PanelMeeting (Sch 6 para 25; LGA 1972 Sch 12A; Localism Act 2011 ss.31-33)', () => {
  it('convenes a meeting, keeping every start time the papers give (S1: 7 p.m. and 5.30 p.m.)', () => {
    spec(decider)
      .given()
      .when(
        {
          type: 'ConveneMeeting',
          data: {
            forceArea: 'kent',
            panelId: 'kent',
            meetingDate: '2013-02-05',
            startTimes: ['10:00'],
            venue: 'Sessions House, Maidstone',
            agenda: [{ item: 'B1', title: 'Police and Crime Plan' }],
          },
        },
        { effectiveOn: '2013-01-28' },
      )
      .then([convened()]);
    const [e] = spec(decider)
      .given()
      .when({
        type: 'ConveneMeeting',
        data: {
          forceArea: 'x',
          panelId: 'x',
          meetingDate: '2012-07-03',
          startTimes: ['19:00', '17:30'],
          venue: 'Town Hall',
          agenda: [],
        },
      })
      .events();
    expect(e.type === 'MeetingConvened' && e.data.startTimes).toEqual(['19:00', '17:30']);
  });

  it('tables papers with access and Schedule 12A paragraphs kept apart from purpose', () => {
    spec(decider)
      .given(convened())
      .when({
        type: 'TableDocument',
        data: {
          ref: 'B1',
          title: 'Partnership working',
          author: 'Ann Barnes',
          access: 'open',
          exemptParas: [],
          purpose: 'for_information',
        },
      })
      .thenFlags();
    spec(decider)
      .given(convened())
      .when({
        type: 'TableDocument',
        data: {
          ref: 'C1',
          title: 'Complaint',
          author: 'OPCC',
          access: 'exempt',
          exemptParas: [],
          purpose: 'for_decision',
        },
      })
      .thenThrows('MEETING_DOCUMENT_CLASSIFICATION_INVALID');
  });

  it('records attendance of every member at the time once, the members taken from the panel record', () => {
    spec(decider)
      .given(convened())
      .when({ type: 'RecordMeetingAttendance', data: { present: ['a', 'b', 'c', 'd'], absent: ['e', 'f'] } }, panel())
      .then([attendance]);
    spec(decider)
      .given(convened())
      .when(
        {
          type: 'RecordMeetingAttendance',
          data: { present: ['a', 'b', 'c', 'd'], absent: ['e', 'f'], membersAtTime: members },
        },
        panel(),
      )
      .then([attendance]);
    spec(decider)
      .given(convened())
      .when(
        {
          type: 'RecordMeetingAttendance',
          data: { present: ['a', 'b', 'c', 'd'], absent: ['e'], membersAtTime: members.slice(0, 5) },
        },
        panel(),
      )
      .thenThrows('PANEL_ROSTER_MISMATCH');
    spec(decider)
      .given(convened())
      .when(
        { type: 'RecordMeetingAttendance', data: { present: ['a', 'b'], absent: ['b', 'c', 'd', 'e', 'f'] } },
        panel(),
      )
      .thenThrows('MEETING_ATTENDANCE_INCONSISTENT');
    spec(decider)
      .given(convened())
      .when({ type: 'RecordMeetingAttendance', data: { present: ['a'], absent: ['e'] } }, panel())
      .thenThrows('MEETING_ATTENDANCE_INCONSISTENT');
    spec(decider)
      .given(convened())
      .when({ type: 'RecordMeetingAttendance', data: { present: ['a'], absent: ['e'] } }, { facts: { panel: null } })
      .thenThrows('PANEL_NOT_ON_RECORD');
  });

  it("takes the quorum from the panel's rules of procedure on record (Sch 6 para 25), not from the caller", () => {
    spec(decider).given(convened(), attendance).when({ type: 'ConfirmQuorum', data: {} }, panel()).then([quorate]);
    spec(decider)
      .given(convened(), attendance)
      .when({ type: 'ConfirmQuorum', data: { minimumPresent: 3 } }, panel())
      .then([quorate]);
    const err = spec(decider)
      .given(convened(), attendance)
      .when({ type: 'ConfirmQuorum', data: { minimumPresent: 2 } }, panel())
      .thenThrows('MEETING_QUORUM_NOT_AS_RECORDED');
    expect(err.message).toMatch(/quorum of 3/);
    // With a quorum of 5 on record, 4 present is no quorum: nothing to confirm.
    spec(decider)
      .given(convened(), attendance)
      .when({ type: 'ConfirmQuorum', data: {} }, panel({ minimumPresent: 5, text: 'Five' }))
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    spec(decider)
      .given(convened())
      .when({ type: 'ConfirmQuorum', data: {} }, panel())
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
  });

  it('given no rules of procedure on record, when the secretariat gives the quorum, then it is recorded with a ⚠️ finding that it was not verified', () => {
    const [e] = spec(decider)
      .given(convened(), attendance)
      .when({ type: 'ConfirmQuorum', data: { minimumPresent: 3 } }, panel(null))
      .thenFlags('MEETING_QUORUM_UNVERIFIED');
    expect(e.findings?.[0].message).toMatch(/not on record/);
    spec(decider)
      .given(convened(), attendance)
      .when({ type: 'ConfirmQuorum', data: {} }, panel(null))
      .thenThrows('MEETING_QUORUM_NOT_AS_RECORDED');
  });

  it('given a meeting never confirmed as quorate, when a vote is taken, then it is recorded with a MEETING_NOT_QUORATE finding: it happened and must be recordable', () => {
    const [e] = spec(decider).given(convened(), attendance).when(vote()).thenFlags('MEETING_NOT_QUORATE');
    expect(e.type).toBe('VoteRecorded');
    expect(e.findings?.[0]).toMatchObject({
      kind: 'warning',
      citation: 'PRSRA 2011 Sch 6 para 25 (panel rules of procedure)',
    });
    spec(decider).given(convened()).when(vote()).thenThrows('PROCESS_STEP_OUT_OF_ORDER');
  });

  it('records a vote with the members at the time and the majority needed', () => {
    spec(decider)
      .given(...session)
      .when(vote())
      .then([
        {
          type: 'VoteRecorded',
          // The vote as moved, with the roster it was counted against and the outcome.
          data: {
            ...vote().data,
            item: 'B1',
            membersAtTime: members,
            requiredMajority: { rule: 'simple', votesNeeded: 2 },
            carried: true,
          },
        },
      ]);
  });

  it('counts two-thirds against all members at the time, not those present', () => {
    const [e] = spec(decider)
      .given(...session)
      .when(vote({ for: ['a', 'b', 'c'], against: [], requiredMajority: 'two_thirds_of_members' }))
      .events();
    expect(e.type === 'VoteRecorded' && e.data.requiredMajority.votesNeeded).toBe(4);
    expect(e.type === 'VoteRecorded' && e.data.carried).toBe(false);
  });

  it('only present members vote, once each', () => {
    spec(decider)
      .given(...session)
      .when(vote({ for: ['a', 'e'] }))
      .thenThrows('MEETING_VOTER_NOT_PRESENT');
    spec(decider)
      .given(...session)
      .when(vote({ for: ['a'], against: ['a'] }))
      .thenThrows('MEETING_VOTER_NOT_PRESENT');
  });

  it('given a member with a DPI and no dispensation (Localism Act 2011 s.31(4)), when the member votes, then the vote is recorded as cast with a finding naming the breach', () => {
    const dpi: PanelMeetingEvent = {
      type: 'InterestDeclared',
      data: {
        memberId: 'a',
        item: 'B1',
        regime: 'dpi',
        nature: 'Spouse employed by the OPCC',
        withdrew: false,
        dispensationRef: null,
      },
    };
    const [e] = spec(decider)
      .given(...session, dpi)
      .when(vote())
      .thenFlags('MEETING_CONFLICTED_MEMBER_VOTED');
    expect(e.findings?.[0].message).toMatch(/^a declared/);
    expect(e.type === 'VoteRecorded' && e.data.for).toEqual(['a', 'b', 'c']);
    const dispensed: PanelMeetingEvent = {
      ...dpi,
      data: { ...dpi.data, dispensationRef: 'DISP-2013-01' },
    } as PanelMeetingEvent;
    spec(decider)
      .given(...session, dispensed)
      .when(vote())
      .thenFlags();
  });

  it('records with a finding a vote by a member with a legacy prejudicial interest (before 1 July 2012)', () => {
    const early = [convened('2012-06-12'), attendance, quorate];
    const prejudicial: PanelMeetingEvent = {
      type: 'InterestDeclared',
      data: {
        memberId: 'b',
        item: null,
        regime: 'legacy_prejudicial',
        nature: 'Landlord of premises',
        withdrew: true,
        dispensationRef: null,
      },
    };
    spec(decider)
      .given(...early, prejudicial)
      .when(vote())
      .thenFlags('MEETING_CONFLICTED_MEMBER_VOTED');
    const personal: PanelMeetingEvent = {
      type: 'InterestDeclared',
      data: {
        memberId: 'b',
        item: null,
        regime: 'legacy_personal',
        nature: 'Member of a local charity',
        withdrew: false,
        dispensationRef: null,
      },
    };
    spec(decider)
      .given(...early, personal)
      .when(vote())
      .thenFlags();
  });

  it('picks the declaration regime by the meeting date', () => {
    const dpi = {
      type: 'DeclareInterest' as const,
      data: { memberId: 'a', regime: 'dpi' as const, nature: 'Shareholding', withdrew: true },
    };
    spec(decider).given(convened('2012-06-30')).when(dpi).thenThrows('MEETING_DPI_BEFORE_COMMENCEMENT');
    spec(decider).given(convened('2012-07-01')).when(dpi).thenFlags();
    const legacy = {
      type: 'DeclareInterest' as const,
      data: { memberId: 'a', regime: 'legacy_prejudicial' as const, nature: 'Landlord', withdrew: true },
    };
    spec(decider).given(convened('2012-07-03')).when(legacy).thenThrows('MEETING_LEGACY_REGIME_ENDED');
    spec(decider)
      .given(convened('2012-07-03'))
      .when({ ...legacy, data: { ...legacy.data, localCodeRetainsLegacyRegime: true } })
      .thenFlags();
    spec(decider).given(convened('2012-06-30')).when(legacy).thenFlags();
  });

  it('records with a finding a vote on an item for which withdrawals left no quorum', () => {
    const withdrew = (id: string): PanelMeetingEvent => ({
      type: 'InterestDeclared',
      data: { memberId: id, item: 'B1', regime: 'dpi', nature: 'x', withdrew: true, dispensationRef: null },
    });
    spec(decider)
      .given(...session, withdrew('c'), withdrew('d'))
      .when(vote({ for: ['a', 'b'], against: [] }))
      .thenFlags('MEETING_NOT_QUORATE');
  });

  it('excludes the public only citing Schedule 12A and a public-interest reason', () => {
    spec(decider)
      .given(...session)
      .when({ type: 'ExcludePublic', data: { items: ['C1'], sched12AParas: [], publicInterestReason: 'x' } })
      .thenThrows('MEETING_EXCLUSION_NEEDS_SCHED12A_PARA');
    spec(decider)
      .given(...session)
      .when({ type: 'ExcludePublic', data: { items: ['C1'], sched12AParas: [8], publicInterestReason: 'x' } })
      .thenThrows('MEETING_EXCLUSION_NEEDS_SCHED12A_PARA');
    spec(decider)
      .given(...session)
      .when({ type: 'ExcludePublic', data: { items: ['C1'], sched12AParas: [1, 2], publicInterestReason: ' ' } })
      .thenThrows('MEETING_EXCLUSION_PUBLIC_INTEREST_REASON');
    spec(decider)
      .given(...session)
      .when({
        type: 'ExcludePublic',
        data: { items: ['C1'], sched12AParas: [2, 1], publicInterestReason: 'Complainant identity' },
      })
      .then([
        {
          type: 'PublicExcluded',
          data: { items: ['C1'], sched12AParas: [1, 2], publicInterestReason: 'Complainant identity' },
        },
      ]);
  });

  it('publishes minutes once, then closes the record', () => {
    spec(decider)
      .given(...session)
      .when({ type: 'PublishMinutes', data: { url: null } }, { effectiveOn: '2013-02-20' })
      .then([{ type: 'MinutesPublished', data: { url: null, publishedOn: '2013-02-20' } }]);
    const minuted = on('2013-02-20', {
      type: 'MinutesPublished',
      data: { url: null, publishedOn: '2013-02-20' },
    } as PanelMeetingEvent);
    spec(decider)
      .given(...session.map((e) => on('2013-02-05', e)), minuted)
      .when(vote())
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    spec(decider).given().when(vote()).thenThrows('CASE_NOT_FOUND');
    spec(decider)
      .given(convened())
      .when({
        type: 'ConveneMeeting',
        data: { forceArea: 'kent', panelId: 'kent', meetingDate: '2013-02-05', startTimes: [], venue: 'x', agenda: [] },
      })
      .thenThrows('CASE_ALREADY_EXISTS');
  });
});
