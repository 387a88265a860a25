import type { PoliceAndCrimePanelCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './police-and-crime-panel.request';

/** The panel itself and its roster (PRSRA 2011 s.28, Sch 6). */
export const policeAndCrimePanelRoutes = routeTable<PoliceAndCrimePanelCommand>()(
  'Police and crime panels (PRSRA 2011 s.28, Sch 6)',
  requests,
  {
    EstablishPanel: {
      path: 'force-areas/:area/police-and-crime-panels',
      summary: 'The panel for the police area is established (s.28, Sch 6 Parts 2-3)',
    },
    AddPanelAlias: {
      path: 'police-and-crime-panels/:id/aliases',
      summary: 'Record another name the papers use for the panel',
    },
    NotifyPanelArrangements: {
      path: 'police-and-crime-panels/:id/arrangements-notification',
      summary: 'The councils notify the Secretary of State of the panel arrangements (SI 2012/1433 reg 3)',
    },
    AppointMember: {
      path: 'police-and-crime-panels/:id/members',
      summary: 'A council appoints a councillor member (Sch 6 para 4(1)-(2))',
    },
    CooptMember: {
      path: 'police-and-crime-panels/:id/co-opted-members',
      summary: 'The panel co-opts a member (Sch 6 paras 4(3), 22-23)',
    },
    RecordMemberLeft: {
      path: 'police-and-crime-panels/:id/member-departures',
      summary: 'A member ceases to be a member of the panel',
    },
    ResolveCoOptedNumber: {
      path: 'police-and-crime-panels/:id/co-opted-number',
      summary: 'The panel resolves how many members it co-opts (Sch 6 para 4(4))',
    },
    AdoptRulesOfProcedure: {
      path: 'police-and-crime-panels/:id/rules-of-procedure',
      summary: 'The panel adopts its rules of procedure, including the quorum (Sch 6 para 25)',
    },
  },
);
