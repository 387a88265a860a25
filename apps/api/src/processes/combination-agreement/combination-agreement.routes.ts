import type { CombinationAgreementCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './combination-agreement.request';

/**
 * CSP mergers (CDA 1998 s.5A): request → every RA signs → each PCC enters → the Secretary of
 * State joins when the area spans police areas → in force → varied / terminated.
 */
export const combinationAgreementRoutes = routeTable<CombinationAgreementCommand>()(
  'CSP mergers (CDA 1998 s.5A)',
  requests,
  {
    RequestMerger: {
      path: 'force-areas/:area/mergers',
      summary: 'Responsible authorities ask to combine their areas (non-binding)',
    },
    SignAgreement: { path: 'mergers/:id/signatures', summary: 'A responsible authority signs the agreement' },
    ApproveMerger: {
      path: 'mergers/:id/pcc-approvals',
      summary: 'A PCC enters the agreement on a s.5A(2) interests ground',
    },
    JoinAsSecretaryOfState: {
      path: 'mergers/:id/secretary-of-state',
      summary: 'The Secretary of State joins a cross-force agreement (s.5A(5)-(6))',
    },
    BringAgreementIntoForce: {
      path: 'mergers/:id/commencement',
      summary: 'The agreement comes into force once every party has entered it',
    },
    VaryAgreement: { path: 'mergers/:id/variations', summary: 'The parties vary the agreement in writing (s.5A(7))' },
    TerminateAgreement: {
      path: 'mergers/:id/termination',
      summary: 'The parties end the agreement in writing (s.5A(8))',
    },
  },
);
