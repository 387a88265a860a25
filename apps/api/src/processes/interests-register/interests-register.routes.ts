import type { InterestsRegisterCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { DiscloseInterestAtMeetingRequest, GrantDispensationRequest, NotifyInterestsRequest, OpenMemberInterestsRequest, RemoveInterestRequest, RequestDispensationRequest } from './interests-register.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** A panel member's register of interests, notifications and dispensations (Localism Act 2011 ss.29-33). */
export const interestsRegisterRoutes = routeTable<InterestsRegisterCommand>()("Members' interests (Localism Act 2011 ss.29-33)", {
  OpenMemberInterests: { path: 'force-areas/:area/member-interests', body: OpenMemberInterestsRequest, summary: "The monitoring officer opens a member's entry in the register (s.29(1)); the 28-day duty of s.30(1) starts" },
  NotifyInterests: { path: 'member-interests/:id/notifications', body: NotifyInterestsRequest, summary: 'The member notifies interests, entered in the register (s.30(1), (4); s.31(3), (9))' },
  RemoveInterest: { path: 'member-interests/:id/removals', body: RemoveInterestRequest, summary: 'An entry leaves the register (s.29(3))' },
  DiscloseInterestAtMeeting: { path: 'member-interests/:id/meeting-disclosures', body: DiscloseInterestAtMeetingRequest, summary: 'The member discloses an interest in an item at a meeting (s.31(2)); an unregistered DPI starts the 28-day duty of s.31(3)' },
  RequestDispensation: { path: 'member-interests/:id/dispensation-requests', body: RequestDispensationRequest, summary: "The member's written request for a dispensation (s.33(1))" },
  GrantDispensation: { path: 'member-interests/:id/dispensations', body: GrantDispensationRequest, summary: 'A dispensation relieving the s.31(4) restrictions, on a ground in s.33(2), for at most four years (s.33(3))' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
export const interestsRegisterExamples: ExampleStep[] = [
  {
    op: 'OpenMemberInterests',
    name: 'kent-pcp-interests-m1',
    summary: "The monitoring officer opens a member's entry in the register (s.29(1)); the 28-day duty of s.30(1) starts",
    params: { area: 'kent' },
    value: { panelId: 'kent-pcp', memberId: 'm1', member: 'Councillor Mike Hill', memberKind: 'councillor', becameMemberOn: '2012-10-01', caseId: 'kent-pcp-interests-m1', effectiveAt: '2012-10-01' },
  },
  {
    op: 'NotifyInterests',
    name: 'kent-pcp-interests-m1',
    summary: 'The member notifies interests, entered in the register (s.30(1), (4); s.31(3), (9))',
    params: { id: 'kent-pcp-interests-m1' },
    value: { interests: [{ interestId: 'land-1', category: 'dpi', description: 'Freehold of 1 High Street, Maidstone', sensitive: false }], occasion: 'taking_office', disclosureId: 'd-1', effectiveAt: '2012-10-20' },
  },
  {
    op: 'RemoveInterest',
    name: 'kent-pcp-interests-m1',
    summary: 'An entry leaves the register (s.29(3))',
    params: { id: 'kent-pcp-interests-m1' },
    value: { interestId: 'land-1', reason: 'Property sold', effectiveAt: '2014-01-04' },
  },
  {
    op: 'DiscloseInterestAtMeeting',
    name: 'kent-pcp-interests-m1',
    summary: 'The member discloses an interest in an item at a meeting (s.31(2)); an unregistered DPI starts the 28-day duty of s.31(3)',
    params: { id: 'kent-pcp-interests-m1' },
    value: { disclosureId: 'd-1', meetingRef: 'kent-pcp-2014-02-04', item: 'precept-2014-15', category: 'dpi', description: 'Spouse employed by Kent Police', effectiveAt: '2014-02-04' },
  },
  {
    op: 'RequestDispensation',
    name: 'kent-pcp-interests-m1',
    summary: "The member's written request for a dispensation (s.33(1))",
    params: { id: 'kent-pcp-interests-m1' },
    value: { requestRef: 'req-1', business: 'precept-2014-15', effectiveAt: '2014-01-06' },
  },
  {
    op: 'GrantDispensation',
    name: 'kent-pcp-interests-m1',
    summary: 'A dispensation relieving the s.31(4) restrictions, on a ground in s.33(2), for at most four years (s.33(3))',
    params: { id: 'kent-pcp-interests-m1' },
    value: { dispensationId: 'disp-1', requestRef: 'req-1', ground: 'b', relievesFrom: ['vote'], business: ['precept-2014-15'], from: '2014-01-27', to: '2014-12-31', effectiveAt: '2014-01-07' },
  },
];
