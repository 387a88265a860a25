/**
 * Senior appointments and the commissioner office over HTTP, on SQLite and (with DATABASE_URL)
 * PostgreSQL: one flow each, every endpoint of these processes with a valid body at least once.
 */
import { BACKENDS } from './helpers/backends';
import { expectRule, httpFlow } from './helpers/http-flow';
import {
  actingCommissioner,
  KENT_OFFICE,
  kentTakesOffice,
  openKentOffice,
  suspendKentCommissioner,
} from './helpers/commissioner-office';

describe.each(BACKENDS)('%s', (store) => {
  describe('Senior appointments and the commissioner office over HTTP', () => {
    const pcc = httpFlow(store, { panel: true });
    const { post, ok, open, advance, refused, streamOf, types } = pcc;

    describe('Senior appointments (Sch 1 paras 9-12)', () => {
      /** The PCC's notification to the panel of a proposed appointment to `role` (Sch 1 para 9). */
      const notification = (effectiveAt: string, role: string, candidate: string, receivedByPanelOn: string) => ({
        effectiveAt,
        role,
        candidate,
        criteria: 'Role profile',
        reasons: 'Qualified and experienced',
        terms: 'For the term of the PCC',
        receivedByPanelOn,
      });
      /** The first chief executive, transferred from the police authority's `formerRole` (SI 2012/2892 art 4). */
      const transfer = (formerPoliceAuthorityRole: string) => ({
        effectiveAt: '2012-11-22',
        role: 'chief_executive',
        person: 'Mark Gilmartin',
        formerPoliceAuthorityRole,
      });

      it('deputy PCC: notified → hearing → report → accepted → appointed', async () => {
        const created = await open('/v1/force-areas/kent/senior-appointments', 'pcc-office', {
          caseId: 'kent-dpcc-2014',
          ...notification('2014-05-01', 'deputy_pcc', 'Tim Smith', '2014-05-01'),
        });
        const b = '/v1/senior-appointments/kent-dpcc-2014';
        await ok(
          `${b}/confirmation-hearing`,
          'panel-secretariat',
          { effectiveAt: '2014-05-13', inPublic: true, appearance: 'in_person' },
          'W/"0"',
        );
        await ok(`${b}/report`, 'panel-secretariat', { effectiveAt: '2014-05-13', recommend: 'appoint' }, 'W/"1"');
        await ok(`${b}/response`, 'pcc-office', { effectiveAt: '2014-05-15', accept: true }, 'W/"2"');
        await advance(`${b}/appointment`, 'pcc-office', { effectiveAt: '2014-05-19', person: 'Tim Smith' }, 3);
        expect(await types(created.stream)).toEqual([
          'SeniorAppointmentNotified',
          'SeniorConfirmationHearingHeld',
          'SeniorAppointmentReportMade',
          'SeniorRecommendationAccepted',
          'SeniorOfficerAppointed',
        ]);
      });

      it('a withdrawn appointment, and a transferred first chief executive (SI 2012/2892 art 4)', async () => {
        const notified = await open('/v1/force-areas/kent/senior-appointments', 'pcc-office', {
          ...notification('2014-06-02', 'chief_finance_officer', 'A. Candidate', '2014-06-03'),
          postElectionPeriods: [],
        });
        await ok(`/v1/senior-appointments/${notified.caseId}/withdrawal`, 'pcc-office', {
          effectiveAt: '2014-06-10',
          reason: 'The candidate withdrew',
        });
        expect(await types(notified.stream)).toEqual(['SeniorAppointmentNotified', 'SeniorAppointmentWithdrawn']);

        expectRule(
          await post('/v1/force-areas/kent/transferred-senior-appointments', 'pcc-office', transfer('treasurer')),
          'SENIOR_TRANSFER_EXEMPTION_NOT_APPLICABLE',
          'SI 2012/2892 art 4',
        );
        const transferred = await ok(
          '/v1/force-areas/kent/transferred-senior-appointments',
          'pcc-office',
          { caseId: 'kent-ce-2012', ...transfer('chief_executive') },
          201,
        );
        expect(transferred.headers.etag).toBe('W/"0"');
        const [e] = await streamOf(transferred.body.stream);
        expect(e.type).toBe('SeniorOfficerAppointed');
        expect(e.data).toMatchObject({
          forceArea: 'kent',
          role: 'chief_executive',
          confirmationExemption: 'SI 2012/2892 art 4',
        });
      });
    });

    describe('Commissioner office (ss.30, 50-63)', () => {
      const b = KENT_OFFICE;
      it('election → office → deputy → suspension with an acting PCC → incapacity → vacancy', async () => {
        // The election result is the returning officer's: not the PCC's office.
        expect(
          (
            await post('/v1/force-areas/kent/commissioner-offices', 'pcc-office', {
              effectiveAt: '2012-11-15',
              electedPerson: 'Ann Barnes',
              kind: 'ordinary',
            })
          ).status,
        ).toBe(403);
        const created = await openKentOffice(pcc);
        expect((await streamOf(created.body.stream))[0].data).toMatchObject({
          policeArea: 'kent',
          pollDate: '2012-11-15',
        });
        await refused(
          `${b}/acceptance`,
          'pcc-office',
          { effectiveAt: '2012-11-21', person: 'Ann Barnes' },
          'OFFICE_TERM_START_NOT_POLL_PLUS_7',
        );
        await kentTakesOffice(pcc);
        await ok(`${b}/deputy`, 'pcc-office', {
          effectiveAt: '2013-01-10',
          person: 'Tim Smith',
          seniorAppointmentCaseId: null,
        });
        await suspendKentCommissioner(pcc);
        const ended = await ok(`${b}/suspension-end`, 'panel-secretariat', {
          effectiveAt: '2014-04-01',
          reason: 'charge_dropped',
        });
        // s.62(7): the acting appointment made because of the suspension ends with it.
        expect(ended.body.events.map((e: { type: string }) => e.type)).toEqual([
          'SuspensionEnded',
          'ActingAppointmentEnded',
        ]);
        await ok(
          `${b}/acting-commissioner`,
          'panel-secretariat',
          actingCommissioner('2014-06-02', 'incapacitated', 'KPCP/2014/12'),
        );
        await ok(`${b}/acting-commissioner-end`, 'panel-secretariat', {
          effectiveAt: '2014-07-01',
          reason: 'incapacity_ended',
        });
        expect(
          (await post(`${b}/vacancy`, 'panel-secretariat', { effectiveAt: '2015-01-05', reason: 'resigned' })).status,
        ).toBe(403);
        const vacated = await ok(`${b}/vacancy`, 'admin', { effectiveAt: '2015-01-05', reason: 'resigned' });
        expect(vacated.headers.etag).toBe('W/"9"');
        expect(await types(created.body.stream)).toEqual([
          'ElectionHeld',
          'CommissionerTookOffice',
          'DeputyAppointed',
          'CommissionerSuspended',
          'ActingCommissionerAppointed',
          'SuspensionEnded',
          'ActingAppointmentEnded',
          'ActingCommissionerAppointed',
          'ActingAppointmentEnded',
          'OfficeVacated',
        ]);
      });
    });
  });
});
