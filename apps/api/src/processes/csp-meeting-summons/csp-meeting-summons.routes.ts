import type { CspMeetingSummonsCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { IssueMeetingSummonsRequest, RecordSummonedMeetingRequest } from './csp-meeting-summons.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** The PCC requires representatives of responsible authorities to attend a meeting (2007 Strategy Regulations reg 14A). */
export const cspMeetingSummonsRoutes = routeTable<CspMeetingSummonsCommand>()('CSP meeting summonses (reg 14A)', {
  IssueMeetingSummons: { path: 'force-areas/:area/csp-meeting-summonses', body: IssueMeetingSummonsRequest, summary: 'The PCC summons responsible authorities to a meeting, after consulting them' },
  RecordSummonedMeeting: { path: 'csp-meeting-summonses/:id/meeting', body: RecordSummonedMeetingRequest, summary: 'The summoned meeting was held: who attended, who did not' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
/** Both authorities are consulted before the summons is issued (reg 14A(3)). */
export const cspMeetingSummonsExamples: ExampleStep[] = [
  {
    op: 'IssueMeetingSummons',
    name: 'kent-2013-summons-1',
    summary: 'The PCC summons two authorities to a meeting, after consulting both',
    params: { area: 'kent' },
    value: {
      caseId: 'kent-2013-summons-1',
      areas: [{ name: 'Medway', country: 'england', policeAreas: ['kent'] }],
      authoritiesRequired: ['Medway Council', 'Kent Police'],
      repsPerAuthority: 2,
      strategies: ['Reducing reoffending'],
      meetingDate: '2013-10-01',
      venue: 'Sutton Road, Maidstone',
      consultedRAs: [
        { authority: 'Medway Council', consultedOn: '2013-09-02', views: 'Content to attend; asks for a late-afternoon start' },
        { authority: 'Kent Police', consultedOn: '2013-09-03', views: null },
      ],
      proportionalityReason: 'Reoffending data has not been shared for a year; one meeting is the least burdensome fix',
      effectiveAt: '2013-09-10',
    },
  },
  {
    op: 'RecordSummonedMeeting',
    name: 'kent-2013-summons-1',
    summary: 'The summoned meeting was held: Medway Council came, Kent Police did not',
    params: { id: 'kent-2013-summons-1' },
    value: { attendedBy: [{ authority: 'Medway Council', representatives: ['Head of Community Safety', 'Youth Offending Manager'] }], effectiveAt: '2013-10-01' },
  },
];
