import { on, spec } from '../testing/spec';
import { foldStream } from '../core/fold';
import { UpcasterRegistry } from '../core/upcasting';
import { cspMeetingSummons as decider } from './csp-meeting-summons.decider';
import { upcastMeetingSummonsIssuedV1 } from './csp-meeting-summons.upcasters';
import type { IssueMeetingSummons } from './csp-meeting-summons.commands';
import type { MeetingSummonsIssued } from './csp-meeting-summons.events';
import { englishArea } from '../testing/kent-cases';

const issue: IssueMeetingSummons = {
  type: 'IssueMeetingSummons',
  data: {
    forceArea: 'kent',
    areas: [englishArea('Medway'), englishArea('Swale')],
    authoritiesRequired: ['Medway Council', 'Swale Borough Council'],
    repsPerAuthority: 2,
    strategies: ['Reducing re-offending strategy'],
    meetingDate: '2014-05-20',
    consultedRAs: [
      { authority: 'Medway Council', consultedOn: '2014-04-01', views: 'Content' },
      { authority: 'Swale Borough Council', consultedOn: '2014-04-03', views: 'Prefers a joint meeting' },
    ],
    proportionalityReason: 'One joint meeting instead of two visits',
  },
};
const issued: MeetingSummonsIssued = {
  type: 'MeetingSummonsIssued',
  data: {
    ...issue.data,
    repsPerAuthority: 2,
    venue: null,
    consultedRAs: issue.data.consultedRAs,
    issuedOn: '2014-04-10',
  },
};

describe('CspMeetingSummons (2007 Strategy Regulations reg 14A)', () => {
  it('issues a summons after consulting every authority named', () => {
    spec(decider).given().when(issue, { effectiveOn: '2014-04-10' }).then([issued]);
    spec(decider).given(issued).when(issue).thenThrows('CASE_ALREADY_EXISTS');
  });

  /** The summons for a single area, changed only in that area. */
  const forArea = (area: (typeof issue.data.areas)[number]) => ({ ...issue, data: { ...issue.data, areas: [area] } });
  it('applies in England only', () => {
    spec(decider)
      .given()
      .when(forArea({ name: 'Newport', country: 'wales', policeAreas: ['kent'] }))
      .thenThrows('CSP_SUMMONS_ENGLAND_ONLY');
  });

  it('rejects an area outside the police area', () => {
    spec(decider)
      .given()
      .when(forArea(englishArea('Thurrock', 'essex')))
      .thenThrows('CSP_SUMMONS_AREA_OUTSIDE_POLICE_AREA');
  });

  it('rejects a summons before an authority was consulted', () => {
    spec(decider).given().when(issue, { effectiveOn: '2014-04-02' }).thenThrows('CSP_SUMMONS_RA_NOT_CONSULTED');
    spec(decider)
      .given()
      .when(
        { ...issue, data: { ...issue.data, consultedRAs: issue.data.consultedRAs.slice(0, 1) } },
        { effectiveOn: '2014-04-10' },
      )
      .thenThrows('CSP_SUMMONS_RA_NOT_CONSULTED');
  });

  it('needs the reasonable-and-proportionate finding', () => {
    spec(decider)
      .given()
      .when({ ...issue, data: { ...issue.data, proportionalityReason: '' } }, { effectiveOn: '2014-04-10' })
      .thenThrows('CSP_SUMMONS_PROPORTIONALITY_FINDING');
  });

  it('checks the number of representatives and the meeting date', () => {
    const reps = spec(decider)
      .given()
      .when({ ...issue, data: { ...issue.data, repsPerAuthority: 0 } }, { effectiveOn: '2014-04-10' })
      .thenThrows('CSP_SUMMONS_REPS_INVALID');
    // The power to specify the number is reg 14A(2)(b); reg 14A(4) only defines "strategy".
    expect(reps.citation).toBe('2007 Strategy Regulations reg 14A(2)(b)');
    spec(decider).given().when(issue, { effectiveOn: '2014-05-20' }).thenThrows('CSP_SUMMONS_MEETING_BEFORE_ISSUE');
  });

  it('records attendance per authority, and who was absent', () => {
    spec(decider)
      .given(on('2014-04-10', issued))
      .when(
        {
          type: 'RecordSummonedMeeting',
          data: {
            attendedBy: [
              { authority: 'Medway Council', representatives: ['Head of Community Safety', 'Portfolio holder'] },
            ],
          },
        },
        { effectiveOn: '2014-05-20' },
      )
      .then([
        {
          type: 'SummonedMeetingHeld',
          data: {
            heldOn: '2014-05-20',
            attendedBy: [
              { authority: 'Medway Council', representatives: ['Head of Community Safety', 'Portfolio holder'] },
            ],
            absent: ['Swale Borough Council'],
          },
        },
      ]);
    spec(decider)
      .given()
      .when({ type: 'RecordSummonedMeeting', data: { attendedBy: [] } })
      .thenThrows('CASE_NOT_FOUND');
  });

  it('reads a v1 summons (no repsPerAuthority) through the upcaster as "not specified"', () => {
    const registry = new UpcasterRegistry().register('MeetingSummonsIssued', 1, upcastMeetingSummonsIssuedV1);
    const { repsPerAuthority: _dropped, ...v1data } = issued.data;
    const up = registry.upcast('MeetingSummonsIssued', 1, v1data as unknown as Record<string, unknown>);
    expect(up.schemaVersion).toBe(decider.eventTypes.MeetingSummonsIssued);
    const state = foldStream(decider, [on('2014-04-10', { type: 'MeetingSummonsIssued', data: up.data })]);
    expect(state).toMatchObject({
      status: 'issued',
      repsPerAuthority: null,
      authoritiesRequired: ['Medway Council', 'Swale Borough Council'],
    });
  });
});
