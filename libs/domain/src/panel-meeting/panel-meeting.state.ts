import { IsoDate } from '../core/calendar';
import type { MemberAtTime } from '../police-and-crime-panel/police-and-crime-panel.events';
import { AgendaItem, InterestRegime } from './panel-meeting.events';

/*
 * A panel meeting's state: its business, attendance and declarations (Sch 12A LGA 1972; SI 2012/2734).
 */
export interface Declaration {
  memberId: string;
  item: string | null;
  regime: InterestRegime;
  withdrew: boolean;
  dispensationRef: string | null;
}

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
