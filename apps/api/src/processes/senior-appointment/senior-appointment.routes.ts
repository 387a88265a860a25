import type { SeniorAppointmentCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { AppointSeniorOfficerRequest, HoldSeniorConfirmationHearingRequest, MakeSeniorAppointmentReportRequest, NotifySeniorAppointmentRequest, RecordTransferredAppointmentRequest, RespondToSeniorRecommendationRequest, WithdrawSeniorAppointmentRequest } from './senior-appointment.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** Confirmation of the chief executive, chief finance officer and deputy PCC (PRSRA 2011 Sch 1 paras 9-12). */
export const seniorAppointmentRoutes = routeTable<SeniorAppointmentCommand>()('Senior appointments (PRSRA 2011 Sch 1)', {
  NotifySeniorAppointment: { path: 'force-areas/:area/senior-appointments', body: NotifySeniorAppointmentRequest, summary: 'The PCC notifies the panel of a proposed chief executive, CFO or deputy PCC (Sch 1 para 9)' },
  RecordTransferredAppointment: { path: 'force-areas/:area/transferred-senior-appointments', body: RecordTransferredAppointmentRequest, summary: "The PCC's first chief executive or CFO transferred from the police authority, without confirmation (SI 2012/2892 art 4)" },
  HoldSeniorConfirmationHearing: { path: 'senior-appointments/:id/confirmation-hearing', body: HoldSeniorConfirmationHearingRequest, summary: 'The panel holds a public confirmation hearing (Sch 1 para 11)' },
  MakeSeniorAppointmentReport: { path: 'senior-appointments/:id/report', body: MakeSeniorAppointmentReportRequest, summary: 'The panel reports with a recommendation, within three weeks (Sch 1 para 10)' },
  RespondToSeniorRecommendation: { path: 'senior-appointments/:id/response', body: RespondToSeniorRecommendationRequest, summary: "The PCC notifies the panel whether it accepts the recommendation (Sch 1 para 12)" },
  AppointSeniorOfficer: { path: 'senior-appointments/:id/appointment', body: AppointSeniorOfficerRequest, summary: 'The PCC appoints the candidate once confirmation has ended (Sch 1 paras 6, 8)' },
  WithdrawSeniorAppointment: { path: 'senior-appointments/:id/withdrawal', body: WithdrawSeniorAppointmentRequest, summary: 'The PCC withdraws the proposed appointment' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
const DEPUTY = { id: 'kent-dpcc-2012' };
const WITHDRAWN = { id: 'northshire-dpcc-2014' };

export const seniorAppointmentExamples: ExampleStep[] = [
  {
    op: 'NotifySeniorAppointment',
    name: 'kent-dpcc-2012',
    summary: 'The PCC notifies the panel of the proposed deputy PCC',
    params: { area: 'kent' },
    value: { caseId: 'kent-dpcc-2012', role: 'deputy_pcc', candidate: 'Deputy PCC (example)', criteria: 'Role profile for the deputy PCC', reasons: 'Experience of victim services', terms: 'For the term of the PCC', receivedByPanelOn: '2012-11-26', effectiveAt: '2012-11-26' },
  },
  {
    op: 'HoldSeniorConfirmationHearing',
    name: 'kent-dpcc-2012',
    summary: 'The panel holds the confirmation hearing',
    params: DEPUTY,
    value: { inPublic: true, appearance: 'in_person', meetingRef: 'kent-pcp-2012-12-04', effectiveAt: '2012-12-04' },
  },
  {
    op: 'MakeSeniorAppointmentReport',
    name: 'kent-dpcc-2012',
    summary: 'The panel recommends the appointment',
    params: DEPUTY,
    value: { recommend: 'appoint', url: 'https://democracy.kent.gov.uk/pcp/2012-12-04/deputy-pcc-report', effectiveAt: '2012-12-04' },
  },
  {
    op: 'RespondToSeniorRecommendation',
    name: 'kent-dpcc-2012',
    summary: "The PCC accepts the panel's recommendation",
    params: DEPUTY,
    value: { accept: true, effectiveAt: '2012-12-05' },
  },
  {
    op: 'AppointSeniorOfficer',
    name: 'kent-dpcc-2012',
    summary: 'The PCC appoints the deputy',
    params: DEPUTY,
    value: { person: 'Deputy PCC (example)', effectiveAt: '2012-12-06' },
  },
  {
    op: 'RecordTransferredAppointment',
    name: 'kent-chief-executive-2012',
    summary: "The police authority's chief executive transfers to the PCC's office",
    params: { area: 'kent' },
    value: { caseId: 'kent-chief-executive-2012', role: 'chief_executive', person: 'Mark Gilmartin', formerPoliceAuthorityRole: 'chief_executive', effectiveAt: '2012-11-22' },
  },
  {
    op: 'NotifySeniorAppointment',
    name: 'northshire-dpcc-2014',
    summary: 'A synthetic area proposes a deputy PCC',
    params: { area: 'northshire' },
    value: { caseId: 'northshire-dpcc-2014', role: 'deputy_pcc', candidate: 'Candidate C (synthetic)', criteria: 'Role profile for the deputy PCC', reasons: 'Experience of community safety', terms: 'For the term of the PCC', receivedByPanelOn: '2014-05-01', effectiveAt: '2014-05-01' },
  },
  {
    op: 'WithdrawSeniorAppointment',
    name: 'northshire-dpcc-2014',
    summary: 'The proposal is withdrawn before the hearing',
    params: WITHDRAWN,
    value: { reason: 'The candidate withdrew', effectiveAt: '2014-05-08' },
  },
];
