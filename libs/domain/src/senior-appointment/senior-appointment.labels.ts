import type { ProcessLabels } from '../core/labels';

export const seniorAppointmentLabels: ProcessLabels = {
  aggregateType: 'SeniorAppointment',
  name: 'Appointment of a chief executive, chief finance officer or deputy',
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
    criteria: 'Criteria',
    terms: 'Terms and conditions',
    receivedByPanelOn: 'Received by the panel on',
    postElectionPeriods: 'Periods after an election',
    reportDueBy: 'Report due by',
    confirmationExemption: 'Why no confirmation hearing was needed',
    withdrawnOn: 'Withdrawn on',
  },
  values: { chief_executive: 'Chief executive', chief_finance_officer: 'Chief finance officer', deputy_pcc: 'Deputy Police and Crime Commissioner' },
};
