/**
 * The HTTP API's behaviour, on SQLite and (with DATABASE_URL) PostgreSQL: statutory flows,
 * every error class, ETag/If-Match, Idempotency-Key, scope.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Pool } from 'pg';
import { bearer, request, useApp } from './helpers/app';
import { BACKENDS } from './helpers/backends';
import { reportRequest } from './helpers/requests';

function expectProblem(res: request.Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.status).toBe(status);
  expect(typeof res.body.type).toBe('string');
  expect(typeof res.body.title).toBe('string');
  expect(typeof res.body.detail).toBe('string');
}

describe.each(BACKENDS)('%s', (store) => {
  describe('HTTP API', () => {
    const t = useApp({ store });

    const post = (path: string, token?: string) => {
      const r = request(t.http).post(path).set('Content-Type', 'application/json');
      return token ? r.set(bearer(token)) : r;
    };
    async function streamOf(stream: string) {
      const res = await request(t.http).get(`/v1/streams/${stream}`).set(bearer(t.keys.auditor));
      expect(res.status).toBe(200);
      return res.body.events as Array<{ type: string; metadata: Record<string, unknown>; revision: string }>;
    }

    describe('a report request that goes overdue (CDA 1998 s.7)', () => {
      it('records the requirement, then the late submission with its finding, then publication', async () => {
        const created = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send(reportRequest);
        expect(created.status).toBe(201);
        expect(created.headers.etag).toBe('W/"0"');
        expect(created.headers.location).toBe(`/v1/cases/${encodeURIComponent(created.body.stream)}`);
        const id = created.body.caseId;
        const late = await post(`/v1/report-requests/${id}/submission`, t.keys['csp-officer'])
          .set('If-Match', 'W/"0"')
          .send({ effectiveAt: '2013-07-15', submittedBy: 'Medway CSP', sentTo: ['kent'] });
        expect(late.status).toBe(200);
        expect(late.headers.etag).toBe('W/"1"');
        expect(late.body.events[0].findings.map((f: { code: string }) => f.code)).toEqual([
          'CSP_REPORT_SUBMITTED_LATE',
        ]);
        const published = await post(`/v1/report-requests/${id}/publication`, t.keys['pcc-office']).send({
          effectiveAt: '2013-07-20',
        });
        expect(published.status).toBe(200);
        const events = await streamOf(created.body.stream);
        expect(events.map((e) => e.type)).toEqual(['ReportRequested', 'ReportSubmitted', 'ReportPublished']);
        const m = events[1].metadata;
        expect(m.effectiveAt).toBe('2013-07-15');
        expect(m.legalBasis).toBe('CDA 1998 s.7(1), (5)');
        expect((m.actor as { role: string }).role).toBe('csp-officer');
        expect(m.forceArea).toBe('kent');
        expect(typeof m.recordedAt).toBe('string');
        expect(m.correlationId).toBeTruthy();
      });
    });

    describe('errors are RFC 9457 problem+json', () => {
      it('400 lists each bad field and why', async () => {
        const res = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send({
          ...reportRequest,
          areas: [{ name: '', policeAreas: ['Kent!'] }],
          dueOn: 'tomorrow',
          extra: 1,
        });
        expectProblem(res, 400);
        const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
        expect(fields).toEqual(expect.arrayContaining(['areas[0].name', 'areas[0].policeAreas', 'dueOn', 'extra']));
        for (const e of res.body.errors) expect(e.problems.length).toBeGreaterThan(0);
      });

      it('400 for malformed JSON, 415 for a body that is not JSON, 413 over 1 MiB', async () => {
        expectProblem(
          await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send('{"areas": ['),
          400,
        );
        expectProblem(
          await request(t.http)
            .post('/v1/force-areas/kent/report-requests')
            .set(bearer(t.keys['pcc-office']))
            .set('Content-Type', 'text/plain')
            .send('hello'),
          415,
        );
        const huge = { ...reportRequest, notSatisfiedReason: 'x'.repeat(1024 * 1024 + 10) };
        expectProblem(await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send(huge), 413);
      });

      it('401 without a key, with a malformed key, and with a revoked or unknown key', async () => {
        expectProblem(await post('/v1/force-areas/kent/report-requests').send(reportRequest), 401);
        expectProblem(
          await post('/v1/force-areas/kent/report-requests').set('Authorization', 'Basic abc').send(reportRequest),
          401,
        );
        expectProblem(
          await post(
            '/v1/force-areas/kent/report-requests',
            'glk_00000000-0000-7000-8000-000000000000_' + 'a'.repeat(43),
          ).send(reportRequest),
          401,
        );
      });

      it("403 for a role that may not record the act or open a case in another force area; 404 for another area's case", async () => {
        const res = await post('/v1/force-areas/kent/report-requests', t.keys['csp-officer']).send(reportRequest);
        expectProblem(res, 403);
        expectProblem(
          await post('/v1/force-areas/kent/report-requests', t.essex['pcc-office']).send(reportRequest),
          403,
        );
        const created = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send(reportRequest);
        expectProblem(
          await post(`/v1/report-requests/${created.body.caseId}/submission`, t.essex['csp-officer']).send({
            submittedBy: 'x',
            sentTo: ['kent'],
          }),
          404,
        );
      });

      it('404 for an unknown case and an unknown route', async () => {
        expectProblem(
          await post('/v1/report-requests/no-such-case/submission', t.keys['csp-officer']).send({
            submittedBy: 'x',
            sentTo: ['kent'],
          }),
          404,
        );
        expectProblem(await request(t.http).get('/v1/nothing-here'), 404);
      });

      it('422 carries the rule code, citation and a plain message', async () => {
        const res = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send({
          ...reportRequest,
          areas: [{ name: 'Thurrock', policeAreas: ['essex'] }],
        });
        expectProblem(res, 422);
        expect(res.body.code).toBe('CSP_REPORT_AREA_OUTSIDE_POLICE_AREA');
        expect(res.body.citation).toBe('CDA 1998 s.7(1), (4)');
        expect(res.body.detail).toMatch(/Thurrock/);
      });

      it('400 for an effective date in the future', async () => {
        const res = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send({
          ...reportRequest,
          effectiveAt: '2999-01-01',
        });
        expectProblem(res, 400);
        expect(res.body.errors[0].field).toBe('effectiveAt');
      });

      it('412 for a stale If-Match, 400 for a malformed one', async () => {
        const created = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send(reportRequest);
        const stale = await post(`/v1/report-requests/${created.body.caseId}/submission`, t.keys['csp-officer'])
          .set('If-Match', 'W/"5"')
          .send({ submittedBy: 'x', sentTo: ['kent'] });
        expectProblem(stale, 412);
        expectProblem(
          await post(`/v1/report-requests/${created.body.caseId}/submission`, t.keys['csp-officer'])
            .set('If-Match', 'banana')
            .send({ submittedBy: 'x', sentTo: ['kent'] }),
          400,
        );
        expect(await streamOf(created.body.stream)).toHaveLength(1);
      });
    });

    describe('Idempotency-Key', () => {
      it('replays the original response for the same key and body, and writes nothing', async () => {
        const a = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office'])
          .set('Idempotency-Key', 'req-1')
          .send(reportRequest);
        expect(a.status).toBe(201);
        const b = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office'])
          .set('Idempotency-Key', 'req-1')
          .send(reportRequest);
        expect(b.status).toBe(201);
        expect(b.body).toEqual(a.body);
        expect(b.headers['idempotent-replayed']).toBe('true');
        expect(await streamOf(a.body.stream)).toHaveLength(1);
      });

      /** Whatever the application keeps beside the log about past responses is lost (a crash, a restore, another instance). */
      async function loseEverythingButTheLog(): Promise<void> {
        if (store === 'sqlite') {
          const db = new Database(join(t.dataDir, 'ledger.sqlite'));
          try {
            if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'idempotency_records'").get())
              db.prepare('DELETE FROM idempotency_records').run();
          } finally {
            db.close();
          }
          return;
        }
        const pool = new Pool({ connectionString: t.env.DATABASE_URL, max: 1 });
        try {
          const table = `"${t.env.DATABASE_SCHEMA}".idempotency_records`;
          if ((await pool.query('SELECT to_regclass($1) AS t', [table])).rows[0].t)
            await pool.query(`DELETE FROM ${table}`);
        } finally {
          await pool.end();
        }
      }

      it('answers a retry of a recorded act from the log: the original status, body and ETag, before If-Match and the rules', async () => {
        const created = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office'])
          .set('Idempotency-Key', 'log-1')
          .send(reportRequest);
        expect(created.status).toBe(201);
        const submission = { effectiveAt: '2013-07-15', submittedBy: 'Medway CSP', sentTo: ['kent'] };
        const submitted = await post(`/v1/report-requests/${created.body.caseId}/submission`, t.keys['csp-officer'])
          .set('Idempotency-Key', 'log-2')
          .set('If-Match', 'W/"0"')
          .send(submission);
        expect(submitted.status).toBe(200);
        await loseEverythingButTheLog();

        const createdAgain = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office'])
          .set('Idempotency-Key', 'log-1')
          .send(reportRequest);
        expect([createdAgain.status, createdAgain.headers.etag, createdAgain.headers.location]).toEqual([
          201,
          'W/"0"',
          created.headers.location,
        ]);
        expect(createdAgain.body).toEqual(created.body);
        expect(createdAgain.headers['idempotent-replayed']).toBe('true');
        // The case is at revision 1 now, so If-Match W/"0" and "already submitted" would refuse it as a new act.
        const submittedAgain = await post(
          `/v1/report-requests/${created.body.caseId}/submission`,
          t.keys['csp-officer'],
        )
          .set('Idempotency-Key', 'log-2')
          .set('If-Match', 'W/"0"')
          .send(submission);
        expect([submittedAgain.status, submittedAgain.headers.etag]).toEqual([200, 'W/"1"']);
        expect(submittedAgain.body).toEqual(submitted.body);
        expect(await streamOf(created.body.stream)).toHaveLength(2);

        // The log alone also knows the key was used for something else.
        const other = await post(`/v1/report-requests/${created.body.caseId}/submission`, t.keys['csp-officer'])
          .set('Idempotency-Key', 'log-2')
          .send({ ...submission, submittedBy: 'Someone else' });
        expectProblem(other, 409);
        const elsewhere = await post(`/v1/report-requests/${created.body.caseId}/publication`, t.keys['pcc-office'])
          .set('Idempotency-Key', 'log-1')
          .send({ effectiveAt: '2013-07-20' });
        expectProblem(elsewhere, 409);
        expect(await streamOf(created.body.stream)).toHaveLength(2);
      });

      it('409 for the same key with a different body', async () => {
        await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office'])
          .set('Idempotency-Key', 'req-2')
          .send(reportRequest);
        const res = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office'])
          .set('Idempotency-Key', 'req-2')
          .send({ ...reportRequest, dueOn: '2013-07-31' });
        expectProblem(res, 409);
      });

      it('serialises concurrent retries of one key into one act', async () => {
        const results = await Promise.all(
          Array.from({ length: 5 }, () =>
            post('/v1/force-areas/kent/report-requests', t.keys['pcc-office'])
              .set('Idempotency-Key', 'req-3')
              .send(reportRequest),
          ),
        );
        expect(new Set(results.map((r) => r.body.caseId)).size).toBe(1);
        expect(results.every((r) => r.status === 201)).toBe(true);
        expect(await streamOf(results[0].body.stream)).toHaveLength(1);
      });
    });

    describe('reading a stream', () => {
      it('is for auditors, scrutiny officers and admins of the same force area', async () => {
        const created = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send(reportRequest);
        const path = `/v1/streams/${created.body.stream}`;
        expectProblem(await request(t.http).get(path), 401);
        expectProblem(await request(t.http).get(path).set(bearer(t.keys['pcc-office'])), 403);
        expectProblem(await request(t.http).get(path).set(bearer(t.essex.auditor)), 404);
        const ok = await request(t.http).get(path).set(bearer(t.keys['scrutiny-officer']));
        expect(ok.status).toBe(200);
        expect(ok.body.events[0].leafHash).toMatch(/^[0-9a-f]{64}$/);
      });
    });
  });
});
