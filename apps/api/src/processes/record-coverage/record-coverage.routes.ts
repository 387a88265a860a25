import type { RecordCoverageCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './record-coverage.request';

/** A body declares its record complete for a period: only then is an absent act a missed deadline. */
export const recordCoverageRoutes = routeTable<RecordCoverageCommand>()(
  'Record coverage (what the record claims to hold)',
  requests,
  {
    DeclareRecordCoverage: {
      path: 'force-areas/:area/record-coverage',
      summary: "A body declares its record complete from a date (e.g. the panel's record from 22 November 2012)",
    },
    ReviseRecordCoverage: {
      path: 'record-coverage/:id/revision',
      summary: 'The body revises the period its record is complete for',
    },
    WithdrawRecordCoverage: {
      path: 'record-coverage/:id/withdrawal',
      summary: 'The body withdraws its declaration (its absent acts are then "no record" again)',
    },
  },
);
