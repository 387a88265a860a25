import type { PanelMeetingCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './panel-meeting.request';

/** A meeting of the panel: papers, attendance, quorum, interests, exclusions, votes, minutes. */
export const panelMeetingRoutes = routeTable<PanelMeetingCommand>()(
  'Panel meetings (PRSRA 2011 Sch 6 para 25; LGA 1972 Part VA)',
  requests,
  {
    ConveneMeeting: {
      path: 'force-areas/:area/panel-meetings',
      summary: 'The panel convenes a meeting and publishes its agenda (LGA 1972 s.100B)',
    },
    TableDocument: {
      path: 'panel-meetings/:id/documents',
      summary: 'A paper is tabled, open or exempt under Sch 12A (LGA 1972 s.100B)',
    },
    RecordMeetingAttendance: {
      path: 'panel-meetings/:id/attendance',
      summary: 'Who of the members at the time was present and absent',
    },
    ConfirmQuorum: {
      path: 'panel-meetings/:id/quorum',
      summary: 'The meeting is confirmed quorate under the rules of procedure (Sch 6 para 25)',
    },
    DeclareInterest: {
      path: 'panel-meetings/:id/interests',
      summary: 'A member declares an interest (Localism Act 2011 ss.31-33)',
    },
    ExcludePublic: {
      path: 'panel-meetings/:id/public-exclusions',
      summary: 'The public is excluded for exempt items (LGA 1972 s.100A(4), Sch 12A)',
    },
    RecordVote: {
      path: 'panel-meetings/:id/votes',
      summary: 'A vote on a motion, with how each member present voted (Sch 6 paras 25-26)',
    },
    PublishMinutes: { path: 'panel-meetings/:id/minutes', summary: 'The minutes are published (LGA 1972 s.100C)' },
  },
);
