import type { PanelMeetingCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { ConfirmQuorumRequest, ConveneMeetingRequest, DeclareInterestRequest, ExcludePublicRequest, PublishMinutesRequest, RecordMeetingAttendanceRequest, RecordVoteRequest, TableDocumentRequest } from './panel-meeting.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** A meeting of the panel: papers, attendance, quorum, interests, exclusions, votes, minutes. */
export const panelMeetingRoutes = routeTable<PanelMeetingCommand>()('Panel meetings (PRSRA 2011 Sch 6 para 25; LGA 1972 Part VA)', {
  ConveneMeeting: { path: 'force-areas/:area/panel-meetings', body: ConveneMeetingRequest, summary: 'The panel convenes a meeting and publishes its agenda (LGA 1972 s.100B)' },
  TableDocument: { path: 'panel-meetings/:id/documents', body: TableDocumentRequest, summary: 'A paper is tabled, open or exempt under Sch 12A (LGA 1972 s.100B)' },
  RecordMeetingAttendance: { path: 'panel-meetings/:id/attendance', body: RecordMeetingAttendanceRequest, summary: 'Who of the members at the time was present and absent', unused: ['panelId'] as const },
  ConfirmQuorum: { path: 'panel-meetings/:id/quorum', body: ConfirmQuorumRequest, summary: 'The meeting is confirmed quorate under the rules of procedure (Sch 6 para 25)' },
  DeclareInterest: { path: 'panel-meetings/:id/interests', body: DeclareInterestRequest, summary: 'A member declares an interest (Localism Act 2011 ss.31-33)' },
  ExcludePublic: { path: 'panel-meetings/:id/public-exclusions', body: ExcludePublicRequest, summary: 'The public is excluded for exempt items (LGA 1972 s.100A(4), Sch 12A)' },
  RecordVote: { path: 'panel-meetings/:id/votes', body: RecordVoteRequest, summary: 'A vote on a motion, with how each member present voted (Sch 6 paras 25-26)' },
  PublishMinutes: { path: 'panel-meetings/:id/minutes', body: PublishMinutesRequest, summary: 'The minutes are published (LGA 1972 s.100C)' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
import { KENT_PANEL_FEB_2013 } from '../../openapi/examples/roster';

const MEETING = { id: 'kent-pcp-2013-02-05' };

/** The panel's precept meeting of 5 February 2013, from agenda to minutes. */
export const panelMeetingExamples: ExampleStep[] = [
  {
    op: 'ConveneMeeting',
    name: 'kent-pcp-2013-02-05',
    summary: 'The panel convenes its precept meeting and publishes the agenda',
    params: { area: 'kent' },
    value: {
      caseId: 'kent-pcp-2013-02-05',
      panelId: 'kent-pcp',
      meetingDate: '2013-02-05',
      startTimes: ['10:00'],
      venue: 'Council Chamber, Sessions House, Maidstone',
      agenda: [
        { item: 'B1', title: 'Proposed precept 2013-14' },
        { item: 'C1', title: 'Complaint against the Commissioner' },
      ],
      effectiveAt: '2013-01-28',
    },
  },
  {
    op: 'TableDocument',
    name: 'kent-pcp-2013-02-05',
    summary: "The PCC's precept proposal is tabled as an open paper",
    params: MEETING,
    value: { ref: 'S4', title: "Kent PCC's proposed precept 2013-14", item: 'B1', author: 'Ann Barnes, Kent Police and Crime Commissioner', access: 'open', exemptParas: [], purpose: 'for_decision', effectiveAt: '2013-01-28' },
  },
  {
    op: 'RecordMeetingAttendance',
    name: 'kent-pcp-2013-02-05',
    summary: 'Three of the four members are present',
    params: MEETING,
    value: { panelId: 'kent-pcp', present: ['m1', 'm2', 'm11'], absent: ['m3'], membersAtTime: KENT_PANEL_FEB_2013, effectiveAt: '2013-02-05' },
  },
  {
    op: 'ConfirmQuorum',
    name: 'kent-pcp-2013-02-05',
    summary: 'The meeting is quorate under the rules of procedure',
    params: MEETING,
    value: { minimumPresent: 3, effectiveAt: '2013-02-05' },
  },
  {
    op: 'DeclareInterest',
    name: 'kent-pcp-2013-02-05',
    summary: 'A member declares an interest in the complaint item and withdraws from it',
    params: MEETING,
    value: { memberId: 'm2', item: 'C1', regime: 'other', nature: 'Knows the complainant personally', withdrew: true, localCodeRetainsLegacyRegime: false, effectiveAt: '2013-02-05' },
  },
  {
    op: 'RecordVote',
    name: 'kent-pcp-2013-02-05',
    summary: 'The vote on the precept motion',
    params: MEETING,
    value: { item: 'B1', motion: 'That the panel vetoes the proposed precept as too high', for: ['m1', 'm2', 'm11'], against: [], abstain: [], requiredMajority: 'simple', effectiveAt: '2013-02-05' },
  },
  {
    op: 'ExcludePublic',
    name: 'kent-pcp-2013-02-05',
    summary: 'The public is excluded for the complaint item',
    params: MEETING,
    value: { items: ['C1'], sched12AParas: [1], publicInterestReason: 'The complainant has not consented to disclosure of their identity', effectiveAt: '2013-02-05' },
  },
  {
    op: 'PublishMinutes',
    name: 'kent-pcp-2013-02-05',
    summary: 'The minutes are published',
    params: MEETING,
    value: { url: 'https://democracy.kent.gov.uk/pcp/2013-02-05/minutes', effectiveAt: '2013-02-12' },
  },
];
