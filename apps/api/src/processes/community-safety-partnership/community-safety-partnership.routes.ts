import type { CommunitySafetyPartnershipCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { RecordCspMeetingRequest, RecordStrategyGroupPublicMeetingRequest, RegisterPartnershipRequest, SendCommunitySafetyAgreementToPccRequest, SendPartnershipPlanToPccRequest, TablePaperRequest } from './community-safety-partnership.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** A community safety partnership and what it does as a strategy group (CDA 1998 ss.5-6; 2007 Regulations). */
export const communitySafetyPartnershipRoutes = routeTable<CommunitySafetyPartnershipCommand>()('Community safety partnerships (CDA 1998 ss.5-6)', {
  RegisterPartnership: { path: 'force-areas/:area/partnerships', body: RegisterPartnershipRequest, summary: 'Put a partnership on the record (ledger bookkeeping, opens the case)' },
  RecordCspMeeting: { path: 'partnerships/:id/meetings', body: RecordCspMeetingRequest, summary: 'The strategy group met' },
  TablePaper: { path: 'partnerships/:id/papers', body: TablePaperRequest, summary: 'A paper was tabled, with its classification as printed' },
  SendPartnershipPlanToPCC: { path: 'partnerships/:id/partnership-plans', body: SendPartnershipPlanToPccRequest, summary: 'The partnership plan was sent to the PCC (reg 13A)' },
  SendCommunitySafetyAgreementToPCC: { path: 'partnerships/:id/community-safety-agreements', body: SendCommunitySafetyAgreementToPccRequest, summary: 'A county strategy group sent its community safety agreement to the PCC (reg 9A)' },
  RecordStrategyGroupPublicMeeting: { path: 'partnerships/:id/public-meetings', body: RecordStrategyGroupPublicMeetingRequest, summary: 'The strategy group held its public meeting (reg 12(4))' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
const CSP = { id: 'kent-csp' };

/** The Kent county strategy group through a year: meetings, papers, plan, agreement and its public meeting. */
export const communitySafetyPartnershipExamples: ExampleStep[] = [
  {
    op: 'RegisterPartnership',
    name: 'kent-csp',
    summary: 'Put the Kent county strategy group on the record',
    params: { area: 'kent' },
    value: { caseId: 'kent-csp', name: 'Kent Community Safety Partnership', areas: ['Kent'], country: 'england', policeAreas: ['kent'], responsibleAuthorities: ['Kent County Council', 'Kent Police', 'Kent Fire and Rescue Service'], countyStrategyGroup: true, effectiveAt: '2012-03-06' },
  },
  {
    op: 'RecordCspMeeting',
    name: 'kent-csp',
    summary: 'The strategy group met',
    params: CSP,
    value: { title: 'Kent CSP strategy group', note: 'Quorate; the community safety agreement refresh was agreed', effectiveAt: '2012-03-06' },
  },
  {
    op: 'TablePaper',
    name: 'kent-csp',
    summary: 'A paper was tabled, with its classification as printed',
    params: CSP,
    value: { documentRef: 'S0', title: 'Community Safety Agreement refresh', author: 'Kent County Council Community Safety Unit', access: 'open', exemptParas: [], purpose: 'for_information', classificationAsPrinted: 'Classification: For Information', recommendations: ['That the partnership notes the refresh'], meetingDate: '2012-03-06', effectiveAt: '2012-03-06' },
  },
  {
    op: 'SendPartnershipPlanToPCC',
    name: 'kent-csp',
    summary: 'The partnership plan is sent to the Kent PCC',
    params: CSP,
    value: { pcc: 'kent', planTitle: 'Kent Community Safety Plan 2013-14', period: '2013-14', effectiveAt: '2013-04-02' },
  },
  {
    op: 'SendCommunitySafetyAgreementToPCC',
    name: 'kent-csp',
    summary: 'The county strategy group sends its community safety agreement to the PCC',
    params: CSP,
    value: { pcc: 'kent', agreementTitle: 'Kent Community Safety Agreement 2013-14', period: '2013-14', effectiveAt: '2013-04-03' },
  },
  {
    op: 'RecordStrategyGroupPublicMeeting',
    name: 'kent-csp',
    summary: 'The strategy group holds its public meeting',
    params: CSP,
    value: { venue: 'Sessions House, Maidstone', seniorOfficersAttending: ['Assistant Chief Constable'], effectiveAt: '2013-06-12' },
  },
];
