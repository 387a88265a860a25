import type { SeniorAppointmentCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './senior-appointment.request';

/** Confirmation of the chief executive, chief finance officer and deputy PCC (PRSRA 2011 Sch 1 paras 9-12). */
export const seniorAppointmentRoutes = routeTable<SeniorAppointmentCommand>()(
  'Senior appointments (PRSRA 2011 Sch 1)',
  requests,
  {
    NotifySeniorAppointment: {
      path: 'force-areas/:area/senior-appointments',
      summary: 'The PCC notifies the panel of a proposed chief executive, CFO or deputy PCC (Sch 1 para 9)',
    },
    RecordTransferredAppointment: {
      path: 'force-areas/:area/transferred-senior-appointments',
      summary:
        "The PCC's first chief executive or CFO transferred from the police authority, without confirmation (SI 2012/2892 art 4)",
    },
    HoldSeniorConfirmationHearing: {
      path: 'senior-appointments/:id/confirmation-hearing',
      summary: 'The panel holds a public confirmation hearing (Sch 1 para 11)',
    },
    MakeSeniorAppointmentReport: {
      path: 'senior-appointments/:id/report',
      summary: 'The panel reports with a recommendation, within three weeks (Sch 1 para 10)',
    },
    RespondToSeniorRecommendation: {
      path: 'senior-appointments/:id/response',
      summary: 'The PCC notifies the panel whether it accepts the recommendation (Sch 1 para 12)',
    },
    AppointSeniorOfficer: {
      path: 'senior-appointments/:id/appointment',
      summary: 'The PCC appoints the candidate once confirmation has ended (Sch 1 paras 6, 8)',
    },
    WithdrawSeniorAppointment: {
      path: 'senior-appointments/:id/withdrawal',
      summary: 'The PCC withdraws the proposed appointment',
    },
  },
);
