import type { ExampleStep } from './example-step';

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
