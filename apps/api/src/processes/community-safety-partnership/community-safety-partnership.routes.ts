import type { CommunitySafetyPartnershipCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './community-safety-partnership.request';

/** A community safety partnership and what it does as a strategy group (CDA 1998 ss.5-6; 2007 Regulations). */
export const communitySafetyPartnershipRoutes = routeTable<CommunitySafetyPartnershipCommand>()(
  'Community safety partnerships (CDA 1998 ss.5-6)',
  requests,
  {
    RegisterPartnership: {
      path: 'force-areas/:area/partnerships',
      summary: 'Put a partnership on the record (ledger bookkeeping, opens the case)',
    },
    RecordCspMeeting: { path: 'partnerships/:id/meetings', summary: 'The strategy group met' },
    TablePaper: { path: 'partnerships/:id/papers', summary: 'A paper was tabled, with its classification as printed' },
    SendPartnershipPlanToPCC: {
      path: 'partnerships/:id/partnership-plans',
      summary: 'The partnership plan was sent to the PCC (reg 13A)',
    },
    SendCommunitySafetyAgreementToPCC: {
      path: 'partnerships/:id/community-safety-agreements',
      summary: 'A county strategy group sent its community safety agreement to the PCC (reg 9A)',
    },
    RecordStrategyGroupPublicMeeting: {
      path: 'partnerships/:id/public-meetings',
      summary: 'The strategy group held its public meeting (reg 12(4))',
    },
  },
);
