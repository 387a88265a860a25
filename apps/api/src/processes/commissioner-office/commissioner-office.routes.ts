import type { CommissionerOfficeCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './commissioner-office.request';

/** The office of PCC for one police area and one term (PRSRA 2011 ss.30, 50-51, 59-63). */
export const commissionerOfficeRoutes = routeTable<CommissionerOfficeCommand>()(
  'Commissioner offices (PRSRA 2011 ss.30, 50-63)',
  requests,
  {
    RecordElection: {
      path: 'force-areas/:area/commissioner-offices',
      summary: 'The result of an ordinary or vacancy election; effectiveAt is the poll date (ss.50-51)',
    },
    TakeOffice: {
      path: 'commissioner-offices/:id/acceptance',
      summary: 'The elected person takes office on the seventh day after the poll (s.50; s.70)',
    },
    SuspendCommissioner: {
      path: 'commissioner-offices/:id/suspension',
      summary: 'The panel suspends the PCC charged with a qualifying offence (s.30)',
    },
    EndSuspension: { path: 'commissioner-offices/:id/suspension-end', summary: 'The suspension ends (s.30(2))' },
    AppointActingCommissioner: {
      path: 'commissioner-offices/:id/acting-commissioner',
      summary: "The panel appoints an acting commissioner from the PCC's staff (s.62)",
    },
    EndActingAppointment: {
      path: 'commissioner-offices/:id/acting-commissioner-end',
      summary: 'The acting appointment ends (s.62(6)-(7))',
    },
    VacateOffice: { path: 'commissioner-offices/:id/vacancy', summary: 'The office falls vacant (ss.59-61, 63)' },
    AppointDeputy: {
      path: 'commissioner-offices/:id/deputy',
      summary: 'The PCC appoints a deputy PCC (s.18, Sch 1 para 8)',
    },
  },
);
