import type { ProcessLabels } from '../core/labels';
import type { PanelMeetingState } from './panel-meeting.state';

export const panelMeetingLabels: ProcessLabels = {
  aggregateType: 'PanelMeeting',
  name: 'Police and Crime Panel meeting',
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    convened: 'Called',
    attendance_recorded: 'Attendance recorded',
    quorate: 'Quorate',
    minuted: 'Minutes recorded',
  } satisfies Record<PanelMeetingState['status'], string>,
  events: {
    MeetingConvened: 'Panel meeting called',
    DocumentTabled: 'Paper tabled at the meeting',
    AttendanceRecorded: 'Attendance recorded',
    QuorumConfirmed: 'Quorum confirmed',
    InterestDeclared: 'Interest declared by a member',
    PublicExcluded: 'Public excluded from part of the meeting',
    VoteRecorded: 'Vote recorded',
    MinutesPublished: 'Minutes published',
  },
  fields: {
    panelId: 'Panel',
    date: 'Date',
    startTimes: 'Start times',
    agenda: 'Agenda',
    convenedOn: 'Called on',
    ref: 'Reference',
    present: 'Present',
    absent: 'Absent',
    presentCount: 'Members present',
    minimumPresent: 'Quorum',
    regime: 'Rules declared under',
    nature: 'Nature of the interest',
    withdrew: 'Left the room',
    dispensationRef: 'Dispensation',
    sched12AParas: 'Schedule 12A paragraphs relied on',
    motion: 'Motion',
    for: 'For',
    against: 'Against',
    abstain: 'Abstained',
    requiredMajority: 'Majority needed',
    carried: 'Carried',
  },
  values: {
    dpi: 'Disclosable pecuniary interest',
    other: 'Other interest',
    simple: 'Simple majority',
    two_thirds: 'Two thirds of the members',
  },
};
