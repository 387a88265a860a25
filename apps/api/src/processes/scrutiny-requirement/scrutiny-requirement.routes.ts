import type { ScrutinyRequirementCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './scrutiny-requirement.request';

/** The panel requires attendance or a written response (PRSRA 2011 s.29). One case per requirement. */
export const scrutinyRequirementRoutes = routeTable<ScrutinyRequirementCommand>()(
  'Scrutiny requirements (PRSRA 2011 s.29)',
  requests,
  {
    RequireAttendance: {
      path: 'force-areas/:area/attendance-requirements',
      summary: 'The panel requires the PCC or a member of the PCC’s staff to attend a meeting',
    },
    RequireWrittenResponse: {
      path: 'force-areas/:area/written-response-requirements',
      summary: 'The panel requires a written response to a report or recommendation',
    },
    RequestChiefConstableAttendance: {
      path: 'scrutiny-requirements/:id/chief-constable-request',
      summary: 'The panel asks the chief constable to attend alongside the PCC',
    },
    RecordAttendance: { path: 'scrutiny-requirements/:id/attendance', summary: 'Who attended the meeting as required' },
    ReceiveWrittenResponse: {
      path: 'scrutiny-requirements/:id/written-response',
      summary: 'The written response was received (late ones are flagged)',
    },
    RecordNonCompliance: {
      path: 'scrutiny-requirements/:id/non-compliance',
      summary: 'The requirement was not complied with (after the meeting or due date)',
    },
  },
);
