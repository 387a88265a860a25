import type { GrantCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { AwardGrantRequest, PublishGrantRequest, RequireGrantRepaymentRequest } from './grant.request';

/** Crime and disorder reduction grants (PRSRA 2011 s.9) and their monthly publication (SI 2011/3050). */
export const grantRoutes = routeTable<GrantCommand>()('Grants (PRSRA 2011 s.9)', {
  AwardGrant: { path: 'force-areas/:area/grants', body: AwardGrantRequest, summary: 'The PCC awards a crime and disorder reduction grant' },
  PublishGrant: { path: 'grants/:id/publication', body: PublishGrantRequest, summary: 'The grant is published in the monthly cycle (late ones are flagged)' },
  RequireGrantRepayment: { path: 'grants/:id/repayment-requirements', body: RequireGrantRepaymentRequest, summary: 'The PCC requires repayment under a condition of the grant (s.9(2))' },
});
