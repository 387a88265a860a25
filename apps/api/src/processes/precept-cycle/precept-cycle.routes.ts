import type { PreceptCycleCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './precept-cycle.request';

/** Scrutiny of the proposed precept (PRSRA 2011 s.26, Sch 5; SI 2012/2271 Part 2). */
export const preceptCycleRoutes = routeTable<PreceptCycleCommand>()(
  'Precept cycles (PRSRA 2011 Sch 5; SI 2012/2271)',
  requests,
  {
    NotifyProposedPrecept: {
      path: 'force-areas/:area/precept-cycles',
      summary: 'The PCC notifies the panel of the proposed precept, by 1 February (Sch 5 para 2; reg 3)',
    },
    ReportOnProposedPrecept: {
      path: 'precept-cycles/:id/report',
      summary: 'The panel reports on the proposed precept without a veto, by 8 February (Sch 5 para 3; reg 4)',
    },
    VetoProposedPrecept: {
      path: 'precept-cycles/:id/veto',
      summary: "The panel's report vetoes the proposed precept by two-thirds of its members (Sch 5 para 4)",
    },
    PublishPreceptResponse: {
      path: 'precept-cycles/:id/responses',
      summary: "The PCC responds to the panel's first or second report (Sch 5 paras 5-6; regs 5, 7)",
    },
    NotifyRevisedPrecept: {
      path: 'precept-cycles/:id/revised-precept',
      summary: 'After a veto the PCC notifies a revised precept, by 15 February (Sch 5 para 6; reg 5)',
    },
    MakeSecondPreceptReport: {
      path: 'precept-cycles/:id/second-report',
      summary: 'The panel reports on the revised precept, by 22 February (reg 6)',
    },
    IssuePrecept: {
      path: 'precept-cycles/:id/issue',
      summary: 'The PCC issues the precept once scrutiny has ended (s.26, Sch 5 para 1; reg 8)',
    },
  },
);
