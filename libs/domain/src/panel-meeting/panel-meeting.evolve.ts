import { evolveOnCase } from '../core/evolve-on-case';
import { pick } from '../core/pick';
import { PanelMeetingEvent } from './panel-meeting.events';
import { PanelMeetingState } from './panel-meeting.state';

/** The case after one more of its events (pure: `state` is not changed). */
export const evolvePanelMeeting = evolveOnCase<PanelMeetingState, PanelMeetingEvent, 'MeetingConvened'>(
  {
    MeetingConvened: ({ data }) => ({
      status: 'convened',
      ...pick(data, 'forceArea', 'panelId', 'date', 'agenda'),
      present: [],
      membersAtTime: [],
      minimumPresent: null,
      declarations: [],
      excludedItems: [],
      votes: 0,
    }),
  },
  {
    DocumentTabled: (_, state) => state,
    AttendanceRecorded: ({ data }, state) => ({
      ...state,
      status: 'attendance_recorded',
      ...pick(data, 'present', 'membersAtTime'),
    }),
    QuorumConfirmed: ({ data }, state) => ({ ...state, status: 'quorate', minimumPresent: data.minimumPresent }),
    InterestDeclared: ({ data }, state) => ({
      ...state,
      declarations: [...state.declarations, pick(data, 'memberId', 'item', 'regime', 'withdrew', 'dispensationRef')],
    }),
    PublicExcluded: ({ data }, state) => ({ ...state, excludedItems: [...state.excludedItems, ...data.items] }),
    VoteRecorded: (_, state) => ({ ...state, votes: state.votes + 1 }),
    MinutesPublished: (_, state) => ({ ...state, status: 'minuted' }),
  },
);
