import { IsoDate } from '../core/calendar';
import type { MemberAtTime } from '../police-and-crime-panel/police-and-crime-panel.events';
import { AgendaItem, InterestDeclared } from './panel-meeting.events';

/*
 * A panel meeting's state: its business, attendance and declarations (Sch 12A LGA 1972; SI 2012/2734).
 */
/** A declaration as the meeting keeps it to judge votes: who, on which item, under which regime, withdrawn or dispensed. */
export type Declaration = Pick<
  InterestDeclared['data'],
  'memberId' | 'item' | 'regime' | 'withdrew' | 'dispensationRef'
>;

/** Convened → AttendanceRecorded → Quorate → (declarations, exclusions, votes) → Minuted. */
export type PanelMeetingState =
  | { status: 'none' }
  | {
      status: 'convened' | 'attendance_recorded' | 'quorate' | 'minuted';
      forceArea: string;
      panelId: string;
      date: IsoDate;
      agenda: AgendaItem[];
      present: string[];
      membersAtTime: MemberAtTime[];
      minimumPresent: number | null;
      declarations: Declaration[];
      excludedItems: string[];
      votes: number;
    };
