import { assertNever } from '../core/decider';
import { PanelMeetingEvent } from './panel-meeting.events';
import { PanelMeetingState } from './panel-meeting.state';

/** The case after one more of its events (pure: `state` is not changed). */
export function evolvePanelMeeting(state: PanelMeetingState, event: PanelMeetingEvent): PanelMeetingState {
  if (event.type === 'MeetingConvened') {
    const d = event.data;
    return {
      status: 'convened',
      forceArea: d.forceArea,
      panelId: d.panelId,
      date: d.date,
      agenda: d.agenda,
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
        declarations: [
          ...state.declarations,
          {
            memberId: d.memberId,
            item: d.item,
            regime: d.regime,
            withdrew: d.withdrew,
            dispensationRef: d.dispensationRef,
          },
        ],
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
