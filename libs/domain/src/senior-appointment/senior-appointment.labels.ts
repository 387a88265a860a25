import type { ProcessLabels } from '../core/labels';
import type { SeniorAppointmentState } from './senior-appointment.decider';

export const seniorAppointmentLabels: ProcessLabels = {
  aggregateType: 'SeniorAppointment',
  name: 'Appointment of a chief executive, chief finance officer or deputy',
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    notified: 'Proposed appointment notified to the panel',
    hearing_held: 'Confirmation hearing held',
    reported: 'Panel has reported',
    responded: 'Commissioner has responded',
    appointed: 'Appointed',
    withdrawn: 'Withdrawn',
  } satisfies Record<SeniorAppointmentState['status'], string>,
  events: {
    SeniorAppointmentNotified: 'Proposed appointment notified to the panel',
    SeniorConfirmationHearingHeld: 'Confirmation hearing held by the panel',
    SeniorAppointmentReportMade: "Panel's report on the proposed appointment made",
    SeniorRecommendationAccepted: "Commissioner accepted the panel's recommendation",
    SeniorRecommendationRejected: "Commissioner rejected the panel's recommendation",
    SeniorOfficerAppointed: 'Appointment made',
    SeniorAppointmentWithdrawn: 'Proposed appointment withdrawn',
  },
  fields: {
    accept: 'Accepts the recommendation',
    criteria: 'Criteria',
    terms: 'Terms and conditions',
    receivedByPanelOn: 'Received by the panel on',
    postElectionPeriods: 'Periods after an election',
    reportDueBy: 'Report due by',
    confirmationExemption: 'Why no confirmation hearing was needed',
    withdrawnOn: 'Withdrawn on',
  },
  values: {
    chief_executive: 'Chief executive',
    chief_finance_officer: 'Chief finance officer',
    deputy_pcc: 'Deputy Police and Crime Commissioner',
  },
};
