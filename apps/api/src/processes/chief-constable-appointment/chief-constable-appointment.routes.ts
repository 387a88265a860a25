import type { ChiefConstableAppointmentCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { AbandonAppointmentRequest, AppointChiefConstableRequest, HoldConfirmationHearingRequest, MakeAppointmentReportRequest, NotifyProposedAppointmentRequest, NotifyReserveCandidateRequest, RespondToRecommendationRequest, VetoAppointmentRequest } from './chief-constable-appointment.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** Confirmation of the chief constable (PRSRA 2011 s.38, Sch 8; SI 2012/2271 Part 3). */
export const chiefConstableAppointmentRoutes = routeTable<ChiefConstableAppointmentCommand>()('Chief constable appointments (PRSRA 2011 Sch 8)', {
  NotifyProposedAppointment: { path: 'force-areas/:area/chief-constable-appointments', body: NotifyProposedAppointmentRequest, summary: 'The PCC notifies the panel of the proposed chief constable (Sch 8 para 3)' },
  NotifyReserveCandidate: { path: 'chief-constable-appointments/:id/reserve-candidate', body: NotifyReserveCandidateRequest, summary: 'After a veto the PCC proposes a reserve candidate (Sch 8 para 8; reg 9)' },
  HoldConfirmationHearing: { path: 'chief-constable-appointments/:id/confirmation-hearing', body: HoldConfirmationHearingRequest, summary: 'The panel holds a public confirmation hearing for the current candidate (Sch 8 para 6; reg 10)' },
  MakeAppointmentReport: { path: 'chief-constable-appointments/:id/report', body: MakeAppointmentReportRequest, summary: 'The panel reports with a recommendation, within three weeks (Sch 8 para 4; reg 10)' },
  VetoAppointment: { path: 'chief-constable-appointments/:id/veto', body: VetoAppointmentRequest, summary: "The panel's report vetoes the proposed candidate by two-thirds of its members (Sch 8 para 5)" },
  RespondToRecommendation: { path: 'chief-constable-appointments/:id/response', body: RespondToRecommendationRequest, summary: "The PCC notifies the panel whether it accepts the panel's recommendation (Sch 8 para 7; reg 11)" },
  AppointChiefConstable: { path: 'chief-constable-appointments/:id/appointment', body: AppointChiefConstableRequest, summary: 'The PCC appoints the chief constable once confirmation has ended (s.38(1); reg 12)' },
  AbandonAppointment: { path: 'chief-constable-appointments/:id/abandonment', body: AbandonAppointmentRequest, summary: 'The PCC abandons the appointment process' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
const KENT = { id: 'kent-cc-2013' };
/** A veto and a reserve candidate are shown on a synthetic area, not on a real candidate. */
const NORTHSHIRE = { id: 'northshire-cc-2014' };

const proposal = (candidate: string, constableService: string, receivedByPanelOn: string) => ({
  candidate,
  isOrWasConstable: true,
  constableService,
  criteria: 'Published role profile for the chief constable',
  reasons: 'Meets every criterion; strongest at interview',
  terms: 'Five-year fixed term',
  receivedByPanelOn,
});

export const chiefConstableAppointmentExamples: ExampleStep[] = [
  {
    op: 'NotifyProposedAppointment',
    name: 'kent-cc-2013',
    summary: 'The PCC notifies the panel of the proposed chief constable',
    params: { area: 'kent' },
    value: { caseId: 'kent-cc-2013', ...proposal('Alan Pughsley', 'Deputy Chief Constable, Kent Police', '2013-12-02'), effectiveAt: '2013-12-02' },
  },
  {
    op: 'HoldConfirmationHearing',
    name: 'kent-cc-2013',
    summary: 'The panel holds the confirmation hearing in public within three weeks',
    params: KENT,
    value: { inPublic: true, appearance: 'in_person', meetingRef: 'kent-pcp-2013-12-16', effectiveAt: '2013-12-16' },
  },
  {
    op: 'MakeAppointmentReport',
    name: 'kent-cc-2013',
    summary: 'The panel recommends the appointment',
    params: KENT,
    value: { recommend: 'appoint', url: 'https://democracy.kent.gov.uk/pcp/2013-12-16/chief-constable-report', effectiveAt: '2013-12-16' },
  },
  {
    op: 'RespondToRecommendation',
    name: 'kent-cc-2013',
    summary: "The PCC accepts the panel's recommendation",
    params: KENT,
    value: { accept: true, effectiveAt: '2013-12-18' },
  },
  {
    op: 'AppointChiefConstable',
    name: 'kent-cc-2013',
    summary: 'The PCC appoints the chief constable',
    params: KENT,
    value: { candidate: 'Alan Pughsley', effectiveAt: '2014-01-06' },
  },
  {
    op: 'NotifyProposedAppointment',
    name: 'northshire-cc-2014',
    summary: 'A synthetic area proposes a chief constable',
    params: { area: 'northshire' },
    value: { caseId: 'northshire-cc-2014', ...proposal('Candidate A (synthetic)', 'Deputy Chief Constable, Southshire Police (synthetic)', '2014-03-03'), effectiveAt: '2014-03-03' },
  },
  {
    op: 'HoldConfirmationHearing',
    name: 'northshire-cc-2014',
    summary: 'Its panel holds the hearing',
    params: NORTHSHIRE,
    value: { inPublic: true, appearance: 'in_person', meetingRef: 'northshire-pcp-2014-03-17', effectiveAt: '2014-03-17' },
  },
  {
    op: 'VetoAppointment',
    name: 'northshire-cc-2014',
    summary: 'The panel vetoes the candidate: all 3 of its members vote for the veto',
    params: NORTHSHIRE,
    value: {
      panelId: 'northshire-pcp',
      votesFor: 3,
      membersAtTime: [
        { memberId: 'n1', name: 'Councillor A (synthetic)', kind: 'councillor' },
        { memberId: 'n2', name: 'Councillor B (synthetic)', kind: 'councillor' },
        { memberId: 'n3', name: 'Independent Member A (synthetic)', kind: 'coopted' },
      ],
      url: 'https://example.org/northshire-pcp/2014-03-17/veto-report',
      effectiveAt: '2014-03-17',
    },
  },
  {
    op: 'NotifyReserveCandidate',
    name: 'northshire-cc-2014',
    summary: 'After the veto the PCC proposes a reserve candidate',
    params: NORTHSHIRE,
    value: { ...proposal('Candidate B (synthetic)', 'Assistant Chief Constable, Southshire Police (synthetic)', '2014-03-24'), effectiveAt: '2014-03-24' },
  },
  {
    op: 'AbandonAppointment',
    name: 'northshire-cc-2014',
    summary: 'The PCC abandons the process',
    params: NORTHSHIRE,
    value: { reason: 'The reserve candidate withdrew', effectiveAt: '2014-04-01' },
  },
];
