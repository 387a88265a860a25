import type { GrantCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { AwardGrantRequest, PublishGrantRequest, RequireGrantRepaymentRequest } from './grant.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** Crime and disorder reduction grants (PRSRA 2011 s.9) and their monthly publication (SI 2011/3050). */
export const grantRoutes = routeTable<GrantCommand>()('Grants (PRSRA 2011 s.9)', {
  AwardGrant: { path: 'force-areas/:area/grants', body: AwardGrantRequest, summary: 'The PCC awards a crime and disorder reduction grant' },
  PublishGrant: { path: 'grants/:id/publication', body: PublishGrantRequest, summary: 'The grant is published in the monthly cycle (late ones are flagged)' },
  RequireGrantRepayment: { path: 'grants/:id/repayment-requirements', body: RequireGrantRepaymentRequest, summary: 'The PCC requires repayment under a condition of the grant (s.9(2))' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
export const grantExamples: ExampleStep[] = [
  {
    op: 'AwardGrant',
    name: 'kent-grant-2014-001',
    summary: 'The PCC awards a crime and disorder reduction grant',
    params: { area: 'kent' },
    value: { recipient: 'Medway Community Safety Partnership', amount: 25000, purpose: 'Youth diversion scheme in Chatham', conditions: ['Quarterly monitoring returns to the PCC'], reasons: 'Diversion reduces first-time entrants and so crime and disorder', awardDateKnown: true, caseId: 'kent-grant-2014-001', effectiveAt: '2014-01-02' },
  },
  {
    op: 'PublishGrant',
    name: 'kent-grant-2014-001',
    summary: 'The grant is published in the monthly cycle (late ones are flagged)',
    params: { id: 'kent-grant-2014-001' },
    value: { url: 'https://www.kent-pcc.gov.uk/grants/2014-001', effectiveAt: '2014-01-31' },
  },
  {
    op: 'RequireGrantRepayment',
    name: 'kent-grant-2014-001',
    summary: 'The PCC requires repayment under a condition of the grant (s.9(2))',
    params: { id: 'kent-grant-2014-001' },
    value: { amount: 5000, conditionRelied: 'Quarterly monitoring returns to the PCC', reason: 'No monitoring returns for two quarters', effectiveAt: '2014-07-07' },
  },
];
