import { assertNever } from '../core/decider';
import { pick } from '../core/pick';
import { PanelMeetingEvent } from './panel-meeting.events';
import { PanelMeetingState } from './panel-meeting.state';

/** The case after one more of its events (pure: `state` is not changed). */
export function evolvePanelMeeting(state: PanelMeetingState, event: PanelMeetingEvent): PanelMeetingState {
  if (event.type === 'MeetingConvened') {
    const d = event.data;
    return {
      status: 'convened',
      ...pick(d, 'forceArea', 'panelId', 'date', 'agenda'),
      present: [],
      membersAtTime: [],
      minimumPresent: null,
      declarations: [],
      excludedItems: [],
      votes: 0,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'DocumentTabled':
      return state;
    case 'AttendanceRecorded':
      return {
        ...state,
        status: 'attendance_recorded',
        present: event.data.present,
        membersAtTime: event.data.membersAtTime,
      };
    case 'QuorumConfirmed':
      return { ...state, status: 'quorate', minimumPresent: event.data.minimumPresent };
    case 'InterestDeclared': {
      const d = event.data;
      return {
        ...state,
        declarations: [...state.declarations, pick(d, 'memberId', 'item', 'regime', 'withdrew', 'dispensationRef')],
      };
    }
    case 'PublicExcluded':
      return { ...state, excludedItems: [...state.excludedItems, ...event.data.items] };
    case 'VoteRecorded':
      return { ...state, votes: state.votes + 1 };
    case 'MinutesPublished':
      return { ...state, status: 'minuted' };
    default:
      return assertNever(event, 'event');
  }
}
