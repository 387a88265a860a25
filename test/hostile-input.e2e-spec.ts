/**
 * Hostile input over HTTP, on SQLite and (with DATABASE_URL) PostgreSQL: deep JSON, crafted
 * cursors, NUL bytes, huge integers, missing nested objects, exports that fail, and the
 * headers of private reads. Every case answers a problem+json below 500, in time, and a
 * rejected request stores nothing.
 */
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { bearer, request, startApp, TestApp } from './helpers/app';
import { caughtUp } from './helpers/projections';
import { BACKENDS } from './helpers/backends';
import { complaintReceipt, reportRequest } from './helpers/requests';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url');

/** Fails a request that does not finish in time: a hung response is a failure, not a slow pass. */
const TIMEOUT = { response: 10_000, deadline: 15_000 };

describe.each(BACKENDS)('%s', (store) => {
  describe('Hostile input', () => {
    let t: TestApp;
    let events: EventStore;
    let kentCase: string;
    beforeAll(async () => {
      t = await startApp({ store });
      events = t.app.get<EventStore>(EVENT_STORE);
      const created = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send(reportRequest);
      expect(created.status).toBe(201);
      kentCase = created.body.stream;
      await caughtUp(t);
    });
    afterAll(async () => t.close());

    const post = (path: string, token?: string) => {
      const r = request(t.http).post(path).timeout(TIMEOUT).set('Content-Type', 'application/json');
      return token ? r.set(bearer(token)) : r;
    };
    const get = (path: string, token?: string) => {
      const r = request(t.http).get(path).timeout(TIMEOUT);
      return token ? r.set(bearer(token)) : r;
    };
    const head = async () => (await events.headPosition()) ?? 'empty';

    function expect400(res: request.Response, field?: string) {
      expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
        status: 400,
        type: expect.stringMatching(/^application\/problem\+json/),
      });
      if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }

    describe('request bodies', () => {
      it('answers 400 to JSON nested deeper than any command needs, and stores nothing', async () => {
        const before = await head();
        const deep = `{"x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
        expect400(await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send(deep));
        const deepObject = { ...reportRequest, provenance: JSON.parse(`${'{"a":'.repeat(100)}1${'}'.repeat(100)}`) };
        expect400(await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send(deepObject));
        expect(await head()).toBe(before);
      });

      it('answers 400 to __proto__ and constructor fields, as to any unknown field', async () => {
        const before = await head();
        for (const name of ['__proto__', 'constructor', 'prototype']) {
          const body = `{${JSON.stringify(name)}:{"admin":true},${JSON.stringify(reportRequest).slice(1)}`;
          expect400(await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send(body), name);
          const nested = JSON.stringify({ ...reportRequest, areas: [{ ...reportRequest.areas[0] }] }).replace(
            '"name"',
            `${JSON.stringify(name)}:1,"name"`,
          );
          expect400(
            await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send(nested),
            `areas[0].${name}`,
          );
        }
        expect(await head()).toBe(before);
      });

      it('answers 400 to a NUL byte in any string of a body', async () => {
        const before = await head();
        expect400(
          await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send({
            ...reportRequest,
            notSatisfiedReason: 'late\u0000',
          }),
          'notSatisfiedReason',
        );
        expect(await head()).toBe(before);
      });

      it('answers 400 "is required" to a missing or null nested object (Sch 7 complaint; Sch 6 rules of procedure)', async () => {
        const before = await head();
        const { complainant: _omit, ...noComplainant } = complaintReceipt;
        for (const body of [noComplainant, { ...complaintReceipt, complainant: null }]) {
          const res = await post('/v1/force-areas/kent/complaints', t.keys['panel-secretariat']).send(body);
          expect400(res, 'complainant');
          expect(JSON.stringify(res.body.errors)).toMatch(/complainant is required/);
        }
        const panel = await post('/v1/force-areas/kent/police-and-crime-panels', t.keys['panel-secretariat']).send({
          caseId: 'kent-pcp',
          effectiveAt: '2012-07-02',
          name: 'Kent Police and Crime Panel',
          country: 'england',
          councils: ['Kent County Council', 'Medway Council'],
        });
        expect(panel.status).toBe(201);
        const mid = await head();
        for (const quorumRule of [undefined, null]) {
          const res = await post(
            '/v1/police-and-crime-panels/kent-pcp/rules-of-procedure',
            t.keys['panel-secretariat'],
          ).send({ effectiveAt: '2012-09-03', quorumRule, documentRef: 'KPCP Rules of Procedure' });
          expect400(res, 'quorumRule');
        }
        for (const bad of [[null], [1], 'x']) {
          const res = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send({
            ...reportRequest,
            areas: bad,
          });
          expect400(res);
          expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
            expect.stringMatching(/^areas(\[0\])?$/),
          ]);
        }
        expect(await head()).toBe(mid);
        expect(before).not.toBe(mid);
      });

      it('accepts effectiveAt only as an ISO date or date-time, and stores one canonical form', async () => {
        const before = await head();
        for (const effectiveAt of [
          '2013-02-01\n',
          '2013-02-01 ',
          '2013-02-01 12:00',
          ' 2013-02-01',
          '2013-02-30',
          '2013-02-01T25:00:00Z',
          '20130201',
          '2013-02-01T12:00',
          '+002013-02-01',
        ]) {
          expect400(
            await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send({
              ...reportRequest,
              effectiveAt,
            }),
            'effectiveAt',
          );
        }
        expect(await head()).toBe(before);
        const timed = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send({
          ...reportRequest,
          effectiveAt: '2013-05-01T12:30+01:00',
        });
        expect(timed.status).toBe(201);
        const dated = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send({
          ...reportRequest,
          effectiveAt: '2013-05-01',
        });
        expect(dated.status).toBe(201);
        const stored = async (stream: string) =>
          (await get(`/v1/streams/${stream}`, t.keys.auditor)).body.events[0].metadata.effectiveAt;
        expect(await stored(timed.body.stream)).toBe('2013-05-01T11:30:00.000Z');
        expect(await stored(dated.body.stream)).toBe('2013-05-01');
      });

      it('answers 400 to an X-Causation-Id that is too long or carries markup, and stores a valid one', async () => {
        const before = await head();
        for (const id of ['<script>alert(1)</script>', 'x'.repeat(8192), 'a b']) {
          expect400(
            await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office'])
              .set('X-Causation-Id', id)
              .send(reportRequest),
            'X-Causation-Id',
          );
        }
        expect(await head()).toBe(before);
        const ok = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office'])
          .set('X-Causation-Id', '01938a6e-7c1f-7b3e-9a53-2f3c0d9b1e77')
          .send(reportRequest);
        expect(ok.status).toBe(201);
      });
    });

    describe('queries', () => {
      it('answers 400 to crafted listing cursors', async () => {
        const crafted = [
          b64({ k: 'cases', v: [{}, {}] }),
          b64({ k: 'cases', v: ['2013', 1] }),
          b64({ k: 'cases', v: ['x'] }),
          b64({ k: 'trail', v: [{}, {}] }),
          b64({ k: 'trail', v: ['2013-01-01', 1.5] }),
          b64({ k: 'decisions', v: [{}, {}] }),
          b64({ k: 'decisions', v: ['2013-01-01', -1] }),
          b64({ k: 'deadlines', v: [[], {}, null] }),
          b64({ k: 'cases', v: ['a\u0000', 'b'] }),
          b64([]),
          b64(null),
          '!!!',
        ];
        for (const path of ['/v1/cases', '/v1/trail', '/v1/decisions', '/v1/deadlines']) {
          for (const cursor of crafted) expect400(await get(path).query({ cursor }), 'cursor');
        }
      });

      it('answers 400 to crafted timeline cursors', async () => {
        for (const v of [['abc'], [1.5], [{}], [-1], [1e30], [], [1, 2], ['1']]) {
          expect400(
            await get(`/v1/cases/${kentCase}`, t.keys.auditor).query({ cursor: b64({ k: 'timeline', v }) }),
            'cursor',
          );
        }
      });

      it('still pages with the cursors it hands out', async () => {
        // A second case of its own, so that there is a second page.
        const another = await post('/v1/force-areas/kent/report-requests', t.keys['pcc-office']).send(reportRequest);
        expect(another.status).toBe(201);
        await caughtUp(t);
        const first = await get('/v1/cases').query({ limit: 1 });
        expect(first.status).toBe(200);
        expect(first.body.nextCursor).toEqual(expect.any(String));
        const second = await get('/v1/cases').query({ limit: 1, cursor: first.body.nextCursor });
        expect(second.status).toBe(200);
        expect(second.body.items[0].stream).not.toBe(first.body.items[0].stream);
      });

      it('answers 400 to a NUL byte in any filter', async () => {
        const queries: Array<[string, Record<string, string>]> = [
          ['/v1/cases', { body: "kent\u0000'" }],
          ['/v1/cases', { status: '\u0000' }],
          ['/v1/trail', { body: 'kent\u0000' }],
          ['/v1/trail', { actorId: '\u0000' }],
          ['/v1/trail', { stream: 'a\u0000b' }],
          ['/v1/decisions', { body: '\u0000' }],
          ['/v1/deadlines', { owner: '\u0000' }],
        ];
        for (const [path, q] of queries) {
          const field = Object.keys(q)[0];
          expect400(await get(path).query(q), field);
        }
        expect400(await get(`/v1/cases/${kentCase}%00`));
      });

      it('answers 400 to integers outside a safe range', async () => {
        for (const path of [
          '/v1/ledger/checkpoints?beforeSize=99999999999999999999',
          '/v1/ledger/checkpoints?limit=99999999999999999999',
          `/v1/ledger/consistency?from=99999999999999999999`,
          '/v1/cases?limit=1e400',
        ]) {
          expect400(await get(path));
        }
        expect400(await get(`/v1/streams/${kentCase}?from=99999999999999999999`, t.keys.auditor));
        const big = await get('/v1/ledger/checkpoints/99999999999999999999');
        expect(big.status).toBeLessThan(500);
      });

      it('matches % and _ in ?body= literally', async () => {
        const all = await get('/v1/cases', t.keys.admin);
        expect(all.body.items.length).toBeGreaterThan(0);
        for (const body of ['%', '_', '%%', 'k%', '____']) {
          const res = await get('/v1/cases', t.keys.admin).query({ body });
          expect(res.status).toBe(200);
          expect(res.body.items).toEqual([]);
        }
      });
    });

    describe('exports', () => {
      beforeAll(async () => {
        const issued = await post('/v1/ledger/checkpoints', t.keys.auditor).send({});
        expect(issued.status).toBeLessThan(300);
      });

      it('answers 400 before the first byte to a consistencyFrom it cannot prove', async () => {
        const range = await get(
          '/v1/exports/range?from=2013-01-01&to=2013-12-31&consistencyFrom=9999999999999999',
          t.keys.auditor,
        );
        expect400(range, 'consistencyFrom');
        // A size past every checkpoint (a size with no checkpoint: export/jsonl-request.int-spec.ts).
        const sizes = ((await get('/v1/ledger/checkpoints?limit=1000')).body as Array<{ size: number }>).map(
          (c) => c.size,
        );
        const stream = await get(
          `/v1/exports/streams/${kentCase}?consistencyFrom=${Math.max(...sizes) + 1}`,
          t.keys.auditor,
        );
        expect400(stream, 'consistencyFrom');
        const ok = await get(`/v1/exports/streams/${kentCase}`, t.keys.auditor);
        expect(ok.status).toBe(200);
      });
    });

    describe('private reads and other areas', () => {
      it('sends Cache-Control: no-store and Vary: Authorization on authenticated reads', async () => {
        for (const path of [`/v1/cases/${kentCase}`, '/v1/cases', `/v1/streams/${kentCase}`, '/v1/trail']) {
          const res = await get(path, t.keys.auditor);
          expect(res.status).toBe(200);
          expect(res.headers['cache-control']).toBe('no-store');
          expect(res.headers.vary).toMatch(/Authorization/i);
        }
        expect((await get('/v1/cases')).headers.vary).toMatch(/Authorization/i);
      });

      it('answers 404, as for a case that does not exist, to a key of another area', async () => {
        const missing = kentCase.replace(/:.*/, ':no-such-case');
        for (const [path, role] of [
          [`/v1/streams/%s`, 'auditor'],
          [`/v1/exports/streams/%s`, 'auditor'],
        ] as const) {
          const other = await get(path.replace('%s', kentCase), t.essex[role]);
          const none = await get(path.replace('%s', missing), t.essex[role]);
          expect([other.status, none.status]).toEqual([404, 404]);
          expect(other.body.title).toBe(none.body.title);
        }
        const caseId = kentCase.replace(/^[^:]+:/, '');
        const before = await head();
        const other = await post(`/v1/report-requests/${caseId}/submission`, t.essex['csp-officer']).send({
          submittedBy: 'x',
          sentTo: ['kent'],
        });
        const none = await post('/v1/report-requests/no-such-case/submission', t.essex['csp-officer']).send({
          submittedBy: 'x',
          sentTo: ['kent'],
        });
        expect([other.status, none.status]).toEqual([404, 404]);
        expect(await head()).toBe(before);
      });
    });
  });
});
