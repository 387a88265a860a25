/**
 * Exports for the people who hand cases on: the panel secretariat exports its own area's
 * cases, complaints included, as evidence, CSV or a readable PDF; never another area's,
 * and never with personal data disclosed (an admin's act alone).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyExport } from '@ledger/audit';
import { SYNTHETIC_CASES } from '@ledger/domain';
import { Readable } from 'node:stream';
import { bearer, request, startApp, streamExport, TestApp } from './helpers/app';
import { caughtUp } from './helpers/projections';

const COMPLAINT = `complaint:${SYNTHETIC_CASES.criminalComplaint}`;
const KENT_PLAN = 'police-and-crime-plan:kent-plan-2013';

jest.setTimeout(120_000);

describe('Exports by the panel secretariat', () => {
  let t: TestApp;
  let secretariat: string;
  let vkey: string;
  beforeAll(async () => {
    t = await startApp({ env: { LOAD_DEMO: 'true' } });
    await caughtUp(t);
    secretariat = await t.key('panel-secretariat', 'northshire');
    vkey = (await request(t.http).get('/v1/ledger/key')).body.vkey;
  }, 180_000);
  afterAll(async () => t?.close());

  it("exports its own area's complaint as evidence that verifies (PRSRA 2011 Sch 7; SI 2012/62: the panel handles complaints)", async () => {
    const res = await streamExport(t, COMPLAINT, secretariat);
    expect(res.status).toBe(200);
    const report = await verifyExport(Readable.from([(res.body as Buffer).toString('utf8')]), { trustedKeys: [vkey] });
    expect(report.failures).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('exports a readable PDF of the complaint, titled in words, and a CSV in words', async () => {
    const pdf = await streamExport(t, COMPLAINT, secretariat, { format: 'pdf' });
    expect(pdf.status).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'ledger-export-'));
    try {
      const path = join(dir, 'complaint.pdf');
      writeFileSync(path, pdf.body as Buffer);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Complaint about the commissioner or deputy: Synthetic Northshire Complaint 2014-001');
      expect(text).toContain('Complaint received by the panel');
      expect(text).toContain('synthetic demonstration data');
      expect(text).not.toMatch(/ComplaintReceived|panel-secretariat|northshire-pcp/);
      expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(
        /Title:\s+Complaint about the commissioner or deputy: Synthetic Northshire Complaint 2014-001/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const csv = await request(t.http)
      .get(`/v1/exports/streams/${COMPLAINT}`)
      .query({ format: 'csv' })
      .set(bearer(secretariat));
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('Complaint received by the panel');
  });

  it("never exports another area's case, nor discloses personal data", async () => {
    const other = await request(t.http).get(`/v1/exports/streams/${KENT_PLAN}`).set(bearer(secretariat));
    expect(other.status).toBe(404); // another area's case is not disclosed to exist
    expect(other.headers['content-type']).toContain('application/problem+json');
    const disclose = await request(t.http)
      .get(`/v1/exports/streams/${COMPLAINT}`)
      .query({ disclose: 'true' })
      .set(bearer(secretariat));
    expect(disclose.status).toBe(403);
    // A body or date-range export of a northshire key holds northshire records only.
    const range = await request(t.http)
      .get('/v1/exports/range')
      .query({ from: '2012-01-01', to: '2016-12-31', format: 'csv' })
      .set(bearer(secretariat));
    expect(range.status).toBe(200);
    expect(range.text).toContain('Northshire');
    expect(range.text).not.toContain('kent-plan-2013');
  });

  it('still refuses roles that do not hand cases on', async () => {
    const pcc = await t.key('pcc-office', 'northshire');
    expect((await request(t.http).get(`/v1/exports/streams/${COMPLAINT}`).set(bearer(pcc))).status).toBe(403);
  });
});
