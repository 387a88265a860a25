/**
 * The read side over HTTP: case state, deadlines, trail, registers and
 * dashboard, built by the projection runner from the durable log; replay "as at" and
 * "as recorded on"; anonymous callers see only open records.
 */
import { KENT_CASES } from '@ledger/domain';
import { bearer, request, startApp, TestApp } from './helpers/app';
import { caughtUp } from './helpers/projections';
import { BACKENDS } from './helpers/backends';
import { reportRequest } from './helpers/requests';

describe.each(BACKENDS)('%s', (store) => {
  describe('Read models over HTTP', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startApp({ store, env: { LOAD_DEMO: 'true' } });
      await caughtUp(t);
    });
    afterAll(async () => t.close());

    const office = `commissioner-office:${KENT_CASES.office}`;

    it('shows the S3 election-year error as recorded in 2013, and the corrected year today', async () => {
      const then = await request(t.http).get(`/v1/cases/${office}`).query({ recordedOn: '2013-04-01' });
      expect(then.status).toBe(200);
      const electionThen = then.body.timeline.items.find((e: { type: string }) => e.type === 'ElectionHeld');
      expect(JSON.stringify(electionThen.data)).toContain('2013-11-15');
      expect(then.body.timeline.items.some((e: { type: string }) => e.type === 'RecordCorrected')).toBe(false);

      const now = await request(t.http).get(`/v1/cases/${office}`);
      const electionNow = now.body.timeline.items.find((e: { type: string }) => e.type === 'ElectionHeld');
      expect(JSON.stringify(electionNow.data)).toContain('2012-11-15');
      expect(JSON.stringify(electionNow.data)).not.toContain('2013-11-15');
      // The correction is shown as a correction, never silently applied.
      expect(electionNow.corrections.length).toBe(1);
      const correction = now.body.timeline.items.find((e: { type: string }) => e.type === 'RecordCorrected');
      expect(correction.correctionOf).toMatchObject({
        eventId: electionNow.eventId,
        oldValue: '2013-11-15',
        newValue: '2012-11-15',
      });
    });

    it('as at a date leaves out acts that had not legally happened yet', async () => {
      // Nothing of the office had legally happened before the poll.
      expect((await request(t.http).get(`/v1/cases/${office}`).query({ asAt: '2012-11-01' })).status).toBe(404);
      const after = await request(t.http).get(`/v1/cases/${office}`).query({ asAt: '2012-11-30' });
      expect(after.status).toBe(200);
      const types = after.body.timeline.items.map((e: { type: string }) => e.type);
      expect(types).toEqual(expect.arrayContaining(['ElectionHeld', 'CommissionerTookOffice']));
      // What was legally so on 1 February 2013: Ann Barnes in office, from today's (corrected) knowledge.
      const feb = await request(t.http).get(`/v1/cases/${office}`).query({ asAt: '2013-02-01' });
      expect(feb.body.state).toMatchObject({
        status: 'in_office',
        holder: 'Ann Barnes',
        pollDate: '2012-11-15',
        termStart: '2012-11-22',
      });
      for (const e of after.body.timeline.items) expect(e.effectiveAt.slice(0, 10) <= '2012-11-30').toBe(true);
    });

    it('moves a report deadline from outstanding to no record as the as-at date passes the date set, and to missed once the CSP declares its record complete', async () => {
      const created = await request(t.http)
        .post('/v1/force-areas/kent/report-requests')
        .set(bearer(t.keys['pcc-office']))
        .send(reportRequest);
      expect(created.status).toBe(201);
      await caughtUp(t);
      const at = async (asAt: string) =>
        (await request(t.http).get('/v1/deadlines').query({ stream: created.body.stream, asAt })).body.items;
      expect((await at('2013-06-15'))[0]).toMatchObject({ dueOn: '2013-06-30', status: 'outstanding' });
      expect((await at('2013-07-01'))[0]).toMatchObject({ dueOn: '2013-06-30', status: 'no_record' });
      const coverage = await request(t.http)
        .post('/v1/force-areas/kent/record-coverage')
        .set(bearer(t.keys['csp-officer']))
        .send({
          effectiveAt: '2013-07-01',
          body: 'csp',
          completeFrom: '2013-04-01',
          basis: 'Every CSP paper since April 2013 is on record',
        });
      expect(coverage.status).toBe(201);
      await caughtUp(t);
      expect((await at('2013-07-01'))[0]).toMatchObject({ dueOn: '2013-06-30', status: 'missed' });
      const list = await request(t.http).get('/v1/cases').query({ forceArea: 'kent', process: 'CspReportRequirement' });
      expect(list.body.items.map((c: { stream: string }) => c.stream)).toContain(created.body.stream);
    });

    it('lists the trail of a body with who, role, power and dates', async () => {
      const res = await request(t.http).get('/v1/trail').query({ body: 'kent-pcc', forceArea: 'kent', limit: 5 });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      for (const e of res.body.items) {
        expect(e.actor.body).toBe('kent-pcc');
        expect(e).toHaveProperty('legalBasis');
        expect(e).toHaveProperty('effectiveAt');
        expect(e).toHaveProperty('recordedAt');
        expect(e.classification).toBe('open');
      }
      if (res.body.nextCursor) {
        const next = await request(t.http)
          .get('/v1/trail')
          .query({ body: 'kent-pcc', forceArea: 'kent', limit: 5, cursor: res.body.nextCursor });
        expect(next.status).toBe(200);
        expect(next.body.items[0].eventId).not.toBe(res.body.items[0].eventId);
      }
    });

    it('hides exempt records from anonymous callers and shows them to the force area', async () => {
      const anon = await request(t.http).get('/v1/cases').query({ process: 'Complaint', limit: 500 });
      expect(anon.status).toBe(200);
      expect(anon.body.items).toHaveLength(0);
      const staff = await request(t.http)
        .get('/v1/cases')
        .set(bearer(await t.key('admin', '*')))
        .query({ process: 'Complaint', limit: 500 });
      expect(staff.body.items.length).toBeGreaterThan(0);
    });

    it('serves the dashboard and the registers, and rejects bad dates and cursors with 400', async () => {
      const areas = (
        await request(t.http)
          .get('/v1/cases')
          .set(bearer(await t.key('admin', '*')))
          .query({ process: 'PreceptCycle' })
      ).body.items.map((c: { forceArea: string }) => c.forceArea);
      const dash = await request(t.http).get(`/v1/force-areas/${areas[0]}/dashboard`).query({ asAt: '2014-02-10' });
      expect(dash.status).toBe(200);
      expect(JSON.stringify(dash.body)).toMatch(/Vetoed/);
      expect((await request(t.http).get('/v1/decisions')).status).toBe(200);
      expect((await request(t.http).get('/v1/deadlines').query({ asAt: '2013-02-30' })).status).toBe(400);
      expect((await request(t.http).get('/v1/trail').query({ cursor: 'garbage' })).status).toBe(400);
    });
  });
});
