/**
 * A chief constable appointment over HTTP, on SQLite and (with DATABASE_URL) PostgreSQL: a veto
 * counted against the panel's roster, a reserve candidate, and an abandoned process.
 */
import { BACKENDS } from './helpers/backends';
import { expectRule, httpFlow } from './helpers/http-flow';

describe.each(BACKENDS)('%s', (store) => {
  describe('Chief constable appointments over HTTP', () => {
    const pcc = httpFlow(store, { panel: true });
    const { post, ok, open, advance, refused, types, eventsOf } = pcc;

    describe('Chief constable appointment with a veto and a reserve candidate (Sch 8)', () => {
      const id = 'kent-cc-2014';
      const base = `/v1/chief-constable-appointments/${id}`;
      const candidate = (name: string, receivedByPanelOn: string) => ({
        candidate: name,
        isOrWasConstable: true,
        constableService: 'Deputy Chief Constable',
        criteria: 'Published role profile',
        reasons: 'Meets every criterion',
        terms: 'Five-year fixed term',
        receivedByPanelOn,
      });

      /** The panel's veto vote, counted against its roster at the time. */
      const veto = (effectiveAt: string, votesFor: number) => ({ effectiveAt, votesFor, membersAtTime: pcc.roster });

      it('proposed → hearing → veto → reserve → hearing → report → accepted → appointed', async () => {
        const created = await ok(
          '/v1/force-areas/kent/chief-constable-appointments',
          'pcc-office',
          { caseId: id, effectiveAt: '2014-01-06', ...candidate('Candidate One', '2014-01-06') },
          201,
        );
        expect(created.headers.etag).toBe('W/"0"');
        // The veto is stated in the report after a public hearing.
        expectRule(
          await post(`${base}/veto`, 'panel-secretariat', veto('2014-01-15', 8)),
          'CC_REPORT_BEFORE_HEARING',
          'PRSRA 2011 Sch 8 para 6(1); SI 2012/2271 reg 10',
        );
        await advance(
          `${base}/confirmation-hearing`,
          'panel-secretariat',
          { effectiveAt: '2014-01-20', inPublic: true, appearance: 'in_person', meetingRef: 'kent-pcp-2014-01-20' },
          0,
        );
        await refused(`${base}/veto`, 'panel-secretariat', veto('2014-01-20', 7), 'CC_VETO_THRESHOLD');
        const vetoed = await advance(
          `${base}/veto`,
          'panel-secretariat',
          { ...veto('2014-01-20', 8), url: 'https://democracy.kent.gov.uk/pcp/cc-veto' },
          1,
          3,
        );
        expect(vetoed.body.events.map((e: { type: string }) => e.type)).toEqual([
          'AppointmentReportMade',
          'AppointmentVetoed',
        ]);

        // A vetoed candidate can never be appointed.
        await refused(
          `${base}/appointment`,
          'pcc-office',
          { effectiveAt: '2014-01-24', candidate: 'Candidate One' },
          'CC_VETOED_CANDIDATE',
        );

        await advance(
          `${base}/reserve-candidate`,
          'pcc-office',
          { effectiveAt: '2014-01-27', ...candidate('Candidate Two', '2014-01-27') },
          3,
        );
        await ok(
          `${base}/confirmation-hearing`,
          'panel-secretariat',
          { effectiveAt: '2014-02-03', inPublic: true, appearance: 'live_link' },
          'W/"4"',
        );
        // The reserve candidate cannot be vetoed.
        await refused(`${base}/veto`, 'panel-secretariat', veto('2014-02-03', 12), 'CC_RESERVE_CANNOT_BE_VETOED');
        await ok(
          `${base}/report`,
          'panel-secretariat',
          { effectiveAt: '2014-02-03', recommend: 'appoint', url: 'https://democracy.kent.gov.uk/pcp/cc-report' },
          'W/"5"',
        );
        await ok(`${base}/response`, 'pcc-office', { effectiveAt: '2014-02-05', accept: true }, 'W/"6"');
        await advance(
          `${base}/appointment`,
          'pcc-office',
          { effectiveAt: '2014-02-06', candidate: 'Candidate Two' },
          7,
        );

        const events = await eventsOf(created.body.stream, [
          'ProposedAppointmentNotified',
          'ConfirmationHearingHeld',
          'AppointmentReportMade',
          'AppointmentVetoed',
          'ReserveCandidateNotified',
          'ConfirmationHearingHeld',
          'AppointmentReportMade',
          'RecommendationAccepted',
          'ChiefConstableAppointed',
        ]);
        expect(events[3].data).toMatchObject({ candidate: 'Candidate One', votesFor: 8, requiredVotes: 8 });
        expect(events[4].data).toMatchObject({ candidate: 'Candidate Two', reportDueBy: '2014-02-16' });
        expect(events[8].data).toMatchObject({ candidate: 'Candidate Two', appointedOn: '2014-02-06' });
        expect(events[3].metadata.legalBasis).toBe('PRSRA 2011 Sch 8 para 5');
      });

      it('an appointment process that is abandoned', async () => {
        const created = await open('/v1/force-areas/kent/chief-constable-appointments', 'pcc-office', {
          effectiveAt: '2015-03-02',
          ...candidate('Candidate Three', '2015-03-03'),
          postElectionPeriods: [],
        });
        const abandoned = await ok(
          `/v1/chief-constable-appointments/${created.caseId}/abandonment`,
          'pcc-office',
          { effectiveAt: '2015-03-10', reason: 'The candidate withdrew' },
          'W/"0"',
        );
        expect(abandoned.body.events[0].type).toBe('AppointmentAbandoned');
        expect(await types(created.stream)).toEqual(['ProposedAppointmentNotified', 'AppointmentAbandoned']);
      });
    });
  });
});
