import type { CspMeetingSummonsCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './csp-meeting-summons.request';

/** The PCC requires representatives of responsible authorities to attend a meeting (2007 Strategy Regulations reg 14A). */
export const cspMeetingSummonsRoutes = routeTable<CspMeetingSummonsCommand>()(
  'CSP meeting summonses (reg 14A)',
  requests,
  {
    IssueMeetingSummons: {
      path: 'force-areas/:area/csp-meeting-summonses',
      summary: 'The PCC summons responsible authorities to a meeting, after consulting them',
    },
    RecordSummonedMeeting: {
      path: 'csp-meeting-summonses/:id/meeting',
      summary: 'The summoned meeting was held: who attended, who did not',
    },
  },
);
