import type { ProcessLabels } from '../core/labels';
import type { ChiefConstableAppointmentState } from './chief-constable-appointment.state';

export const chiefConstableAppointmentLabels: ProcessLabels = {
  aggregateType: 'ChiefConstableAppointment',
  name: 'Appointment of a chief constable',
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    in_confirmation: 'Proposed appointment before the panel',
    vetoed: 'Vetoed by the panel',
    appointed: 'Appointed',
    abandoned: 'Appointment not made',
  } satisfies Record<ChiefConstableAppointmentState['status'], string>,
  events: {
    ProposedAppointmentNotified: 'Proposed appointment notified to the panel',
    ReserveCandidateNotified: 'Reserve candidate notified to the panel after a veto',
    ConfirmationHearingHeld: 'Confirmation hearing held by the panel',
    AppointmentReportMade: "Panel's report on the proposed appointment made",
    AppointmentVetoed: 'Proposed appointment vetoed by the panel',
    RecommendationAccepted: "Commissioner accepted the panel's recommendation",
    RecommendationRejected: "Commissioner rejected the panel's recommendation",
    ChiefConstableAppointed: 'Chief constable appointed',
    AppointmentAbandoned: 'Appointment abandoned',
  },
  fields: {
    isOrWasConstable: 'Is or was a constable',
    accept: 'Accepts the recommendation',
    abandonedOn: 'Abandoned on',
    constableService: 'Service as a constable',
    criteria: 'Criteria',
    terms: 'Terms and conditions',
    receivedByPanelOn: 'Received by the panel on',
    postElectionPeriods: 'Periods after an election',
    reportDueBy: 'Report due by',
    vetoedOn: 'Vetoed on',
    receivedOn: 'Received by the panel on',
  },
  values: { chief_constable: 'Chief constable', appeared: 'Appeared', did_not_appear: 'Did not appear' },
};
