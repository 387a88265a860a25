import type { DeputyCommissionerCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './deputy-commissioner.request';

/** The deputy PCC: who may be appointed, for how long, and what may be delegated (PRSRA 2011 s.18; Sch 1 para 8). */
export const deputyCommissionerRoutes = routeTable<DeputyCommissionerCommand>()(
  'Deputy PCC (PRSRA 2011 s.18; Sch 1 para 8)',
  requests,
  {
    AppointDeputyCommissioner: {
      path: 'force-areas/:area/deputy-commissioners',
      summary:
        "The PCC appoints a deputy (s.18(1)(a)), not an excluded person (s.18(6)) nor a disqualified one (Sch 1 para 8(2)), to end by the PCC's term (para 8(3))",
    },
    DelegateToDeputy: {
      path: 'deputy-commissioners/:id/delegations',
      summary:
        'The PCC arranges for the deputy to exercise functions (s.18(1)(b)), never those reserved by s.18(3)(b), (7)',
    },
    EndDeputyAppointment: {
      path: 'deputy-commissioners/:id/end',
      summary: "The deputy's appointment ends (flagged when recorded after the PCC's term ended, Sch 1 para 8(3))",
    },
  },
);
