import type { GrantCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './grant.request';

/** Crime and disorder reduction grants (PRSRA 2011 s.9) and their monthly publication (SI 2011/3050). */
export const grantRoutes = routeTable<GrantCommand>()('Grants (PRSRA 2011 s.9)', requests, {
  AwardGrant: { path: 'force-areas/:area/grants', summary: 'The PCC awards a crime and disorder reduction grant' },
  PublishGrant: {
    path: 'grants/:id/publication',
    summary: 'The grant is published in the monthly cycle (late ones are flagged)',
  },
  RequireGrantRepayment: {
    path: 'grants/:id/repayment-requirements',
    summary: 'The PCC requires repayment under a condition of the grant (s.9(2))',
  },
});
