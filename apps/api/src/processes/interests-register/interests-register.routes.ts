import type { InterestsRegisterCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './interests-register.request';

/** A panel member's register of interests, notifications and dispensations (Localism Act 2011 ss.29-33). */
export const interestsRegisterRoutes = routeTable<InterestsRegisterCommand>()(
  "Members' interests (Localism Act 2011 ss.29-33)",
  requests,
  {
    OpenMemberInterests: {
      path: 'force-areas/:area/member-interests',
      summary:
        "The monitoring officer opens a member's entry in the register (s.29(1)); the 28-day duty of s.30(1) starts",
    },
    NotifyInterests: {
      path: 'member-interests/:id/notifications',
      summary: 'The member notifies interests, entered in the register (s.30(1), (4); s.31(3), (9))',
    },
    RemoveInterest: { path: 'member-interests/:id/removals', summary: 'An entry leaves the register (s.29(3))' },
    DiscloseInterestAtMeeting: {
      path: 'member-interests/:id/meeting-disclosures',
      summary:
        'The member discloses an interest in an item at a meeting (s.31(2)); an unregistered DPI starts the 28-day duty of s.31(3)',
    },
    RequestDispensation: {
      path: 'member-interests/:id/dispensation-requests',
      summary: "The member's written request for a dispensation (s.33(1))",
    },
    GrantDispensation: {
      path: 'member-interests/:id/dispensations',
      summary:
        'A dispensation relieving the s.31(4) restrictions, on a ground in s.33(2), for at most four years (s.33(3))',
    },
  },
);
