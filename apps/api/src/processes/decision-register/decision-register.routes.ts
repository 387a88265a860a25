import type { DecisionRegisterCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './decision-register.request';

/** The PCC's register of decisions and published information (PRSRA 2011 s.11; SI 2011/3050). */
export const decisionRegisterRoutes = routeTable<DecisionRegisterCommand>()(
  'Decision registers (PRSRA 2011 s.11; SI 2011/3050)',
  requests,
  {
    OpenDecisionRegister: {
      path: 'force-areas/:area/decision-registers',
      summary: 'Open the PCC office’s decision register (case id defaults to the police area)',
      caseIdIsArea: true,
    },
    RecordDecision: { path: 'decision-registers/:id/decisions', summary: 'A decision is entered on the register' },
    PublishSpecifiedInformation: {
      path: 'decision-registers/:id/publications',
      summary: 'Information specified by SI 2011/3050 is published',
    },
    ClassifyDocument: {
      path: 'decision-registers/:id/document-classifications',
      summary: 'A document’s access (Sch 12A) and purpose are recorded',
    },
    ReclassifyDocument: {
      path: 'decision-registers/:id/document-reclassifications',
      summary: 'A document’s access changes, with the reason (purpose never changes)',
    },
  },
);
