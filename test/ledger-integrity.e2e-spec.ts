/**
 * Integrity over HTTP: the sealer runs with the app, checkpoints and proofs
 * are published, and a case's export verifies offline with nothing but the verifier
 * and the pinned key; a flipped byte, a rolled-back checkpoint or a swapped key fail.
 */
import { SYNTHETIC_CASES } from '@ledger/domain';
import { verifyConsistency, verifyExport, verifyInclusion } from '../libs/audit/src/verify';
import { Readable } from 'node:stream';
import { bearer, request, startApp, streamExport, TestApp } from './helpers/app';
import { caughtUp } from './helpers/projections';
import { BACKENDS } from './helpers/backends';
import { reportRequest } from './helpers/requests';

const verify = (text: string, trustedKeys: string[], extra: { earlierCheckpoint?: string } = {}) =>
  verifyExport(Readable.from([Buffer.from(text)]), { trustedKeys, ...extra });

describe.each(BACKENDS)('%s', (store) => {
  describe('Ledger integrity over HTTP', () => {
    let t: TestApp;
    let auditor: string;
    let vkey: string;
    const precept = `precept-cycle:${SYNTHETIC_CASES.precept}`;
    beforeAll(async () => {
      t = await startApp({ store, env: { LOAD_DEMO: 'true' } });
      await caughtUp(t);
      auditor = await t.key('auditor', '*');
      vkey = (await request(t.http).get('/v1/ledger/key')).body.vkey;
    });
    afterAll(async () => t.close());

    it('publishes the key and a checkpoint on demand that covers the whole log', async () => {
      expect(vkey).toMatch(/^governance-ledger\.example\/kent\+[0-9a-f]{8}\+/);
      expectProblem401(await request(t.http).post('/v1/ledger/checkpoints'));
      const cp = await request(t.http).post('/v1/ledger/checkpoints').set(bearer(auditor));
      expect(cp.status).toBe(201);
      const all = (await request(t.http).get('/health/ready')).body.details.sealer;
      expect(cp.body.size).toBeGreaterThan(50);
      expect(all.checkpointSize).toBe(cp.body.size);
      const note = await request(t.http).get('/v1/ledger/checkpoints/latest').set('Accept', 'text/plain');
      expect(note.text).toContain(`\n${cp.body.size}\n`);
      expect(note.text).toMatch(/\n— governance-ledger\.example\/kent /);
    });

    it('exports a case as JSON Lines that verifies offline, and fails on a flipped byte or a swapped key', async () => {
      const res = await request(t.http)
        .get(`/v1/exports/streams/${precept}`)
        .set(bearer(auditor))
        .buffer(true)
        .parse((r, cb) => {
          let d = '';
          r.on('data', (c: Buffer) => (d += c.toString()));
          r.on('end', () => cb(null, d));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/application\/x-ndjson/);
      const text = res.body as string;
      const report = await verify(text, [vkey]);
      expect(report.failures).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.events).toBeGreaterThan(3);

      const lines = text.split('\n');
      const i = lines.findIndex((l) => l.includes('"entry"'));
      const ev = JSON.parse(lines[i]);
      const bytes = Buffer.from(ev.entry, 'base64');
      bytes[10] ^= 1;
      lines[i] = JSON.stringify({ ...ev, entry: bytes.toString('base64') });
      const tampered = await verify(lines.join('\n'), [vkey]);
      expect(tampered.ok).toBe(false);
      expect(tampered.failures.join(' ')).toMatch(/hash|entry|proof/i);

      const other = 'other.example/log+01020304+AQ' + 'A'.repeat(42) + '=';
      const swapped = await verify(text, [other]).catch((e: Error) => ({ ok: false, failures: [e.message] }));
      expect(swapped.ok).toBe(false);
    });

    it('serves inclusion and consistency proofs that verify against the checkpoints', async () => {
      const first = (await request(t.http).post('/v1/ledger/checkpoints').set(bearer(auditor))).body;
      const stream = (await request(t.http).get(`/v1/streams/${precept}`).set(bearer(auditor))).body;
      const ev = stream.events[0];
      const proof = (await request(t.http).get(`/v1/ledger/events/${ev.eventId}/proof`)).body;
      const root = Buffer.from(first.root, 'base64');
      const path = proof.proof.map((p: string) => Buffer.from(p, 'base64'));
      expect(() =>
        verifyInclusion(BigInt(proof.leafIndex), BigInt(first.size), Buffer.from(ev.leafHash, 'hex'), path, root),
      ).not.toThrow();
      expect(() =>
        verifyInclusion(BigInt(proof.leafIndex), BigInt(first.size), Buffer.alloc(32, 1), path, root),
      ).toThrow(/does not lead to the root/);

      await request(t.http)
        .post('/v1/force-areas/kent/report-requests')
        .set(bearer(t.keys['pcc-office']))
        .send(reportRequest);
      const second = (await request(t.http).post('/v1/ledger/checkpoints').set(bearer(auditor))).body;
      expect(second.size).toBe(first.size + 1);
      const c = (await request(t.http).get('/v1/ledger/consistency').query({ from: first.size, to: second.size })).body;
      const cproof = c.proof.map((p: string) => Buffer.from(p, 'base64'));
      expect(() =>
        verifyConsistency(BigInt(first.size), BigInt(second.size), cproof, root, Buffer.from(second.root, 'base64')),
      ).not.toThrow();
      expect(() =>
        verifyConsistency(BigInt(second.size), BigInt(first.size), cproof, Buffer.from(second.root, 'base64'), root),
      ).toThrow(/rolled back/);

      // An export against the later checkpoint verifies as an extension of the earlier one; not the reverse.
      const text = (
        await request(t.http)
          .get(`/v1/exports/streams/${precept}`)
          .query({ consistencyFrom: String(first.size) })
          .set(bearer(auditor))
      ).text;
      const extended = await verify(text, [vkey], { earlierCheckpoint: first.note });
      expect(extended.failures).toEqual([]);
      expect(extended.ok).toBe(true);
      const future = `${second.note}`;
      const rolledBack = await verify(
        text.replace(/"checkpoint":"[^"]*"/, `"checkpoint":${JSON.stringify(first.note)}`),
        [vkey],
        { earlierCheckpoint: future },
      );
      expect(rolledBack.ok).toBe(false);
    });

    it('also exports CSV and PDF, only to auditors of the same force area', async () => {
      const csv = await request(t.http)
        .get(`/v1/exports/streams/${precept}`)
        .query({ format: 'csv' })
        .set(bearer(auditor));
      expect(csv.status).toBe(200);
      expect(csv.text.split('\r\n')[0]).toMatch(/Date of the act,Recorded at,What happened,Summary,What was recorded/);
      const pdf = await streamExport(t, precept, auditor, { format: 'pdf' });
      expect(pdf.status).toBe(200);
      expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      expect((await request(t.http).get(`/v1/exports/streams/${precept}`)).status).toBe(401);
      expect((await request(t.http).get(`/v1/exports/streams/${precept}`).set(bearer(t.keys.auditor))).status).toBe(
        404,
      );
      expect(
        (await request(t.http).get(`/v1/exports/streams/${precept}`).set(bearer(t.keys['pcc-office']))).status,
      ).toBe(403);
    });
  });
});

function expectProblem401(res: request.Response) {
  expect(res.status).toBe(401);
  expect(res.headers['content-type']).toMatch(/problem\+json/);
}
