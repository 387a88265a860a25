import type { ChiefConstableAppointmentCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './chief-constable-appointment.request';

/** Confirmation of the chief constable (PRSRA 2011 s.38, Sch 8; SI 2012/2271 Part 3). */
export const chiefConstableAppointmentRoutes = routeTable<ChiefConstableAppointmentCommand>()(
  'Chief constable appointments (PRSRA 2011 Sch 8)',
  requests,
  {
    NotifyProposedAppointment: {
      path: 'force-areas/:area/chief-constable-appointments',
      summary: 'The PCC notifies the panel of the proposed chief constable (Sch 8 para 3)',
    },
    NotifyReserveCandidate: {
      path: 'chief-constable-appointments/:id/reserve-candidate',
      summary: 'After a veto the PCC proposes a reserve candidate (Sch 8 para 8; reg 9)',
    },
    HoldConfirmationHearing: {
      path: 'chief-constable-appointments/:id/confirmation-hearing',
      summary: 'The panel holds a public confirmation hearing for the current candidate (Sch 8 para 6; reg 10)',
    },
    MakeAppointmentReport: {
      path: 'chief-constable-appointments/:id/report',
      summary: 'The panel reports with a recommendation, within three weeks (Sch 8 para 4; reg 10)',
    },
    VetoAppointment: {
      path: 'chief-constable-appointments/:id/veto',
      summary: "The panel's report vetoes the proposed candidate by two-thirds of its members (Sch 8 para 5)",
    },
    RespondToRecommendation: {
      path: 'chief-constable-appointments/:id/response',
      summary: "The PCC notifies the panel whether it accepts the panel's recommendation (Sch 8 para 7; reg 11)",
    },
    AppointChiefConstable: {
      path: 'chief-constable-appointments/:id/appointment',
      summary: 'The PCC appoints the chief constable once confirmation has ended (s.38(1); reg 12)',
    },
    AbandonAppointment: {
      path: 'chief-constable-appointments/:id/abandonment',
      summary: 'The PCC abandons the appointment process',
    },
  },
);
