/**
 * Complaints about the PCC over HTTP, on SQLite and (with DATABASE_URL) PostgreSQL: IPCC
 * referral, informal resolution, decisions not to record and withdrawals, and the complainant's
 * personal data sealed, kept out of every response, the log and the database, and erased.
 */
import Database from 'better-sqlite3';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { Readable } from 'node:stream';
import { verifyExport } from '../libs/audit/src/verify';
import { caughtUp } from './helpers/projections';
import { bearer, request } from './helpers/app';
import { BACKENDS } from './helpers/backends';
import { httpFlow } from './helpers/http-flow';
import { complaintReceipt } from './helpers/requests';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe.each(BACKENDS)('%s', (store) => {
  describe('Complaints about the PCC over HTTP', () => {
    const { t, seen, post, ok, open, refused, streamOf, types, eventsOf } = httpFlow(store);

    /** Subject keys and sealed fields in the vault, straight from the database. */
    async function vaultRows(): Promise<{ keys: string[]; fields: number; erased: string[] }> {
      if (store === 'sqlite') {
        const db = new Database(join(t.dataDir, 'ledger.sqlite'), { readonly: true, fileMustExist: true });
        try {
          const keys = (
            db.prepare('SELECT subject_id FROM audit_subject_key').all() as Array<{ subject_id: string }>
          ).map((r) => r.subject_id);
          const fields = (db.prepare('SELECT count(*) AS n FROM audit_personal_field').get() as { n: number }).n;
          const erased = (
            db.prepare('SELECT subject_id FROM audit_erasure').all() as Array<{ subject_id: string }>
          ).map((r) => r.subject_id);
          return { keys, fields, erased };
        } finally {
          db.close();
        }
      }
      const pool = new Pool({ connectionString: t.env.DATABASE_URL, max: 1 });
      try {
        const s = `"${t.env.DATABASE_SCHEMA}"`;
        const keys = (await pool.query(`SELECT subject_id FROM ${s}.audit_subject_key`)).rows.map(
          (r) => r.subject_id as string,
        );
        const fields = Number((await pool.query(`SELECT count(*) AS n FROM ${s}.audit_personal_field`)).rows[0].n);
        const erased = (await pool.query(`SELECT subject_id FROM ${s}.audit_erasure`)).rows.map(
          (r) => r.subject_id as string,
        );
        return { keys, fields, erased };
      } finally {
        await pool.end();
      }
    }

    describe('complaints about the PCC (PRSRA 2011 Sch 7; SI 2012/62)', () => {
      const panel = () => t.keys['panel-secretariat'];
      const receipt = (over: object = {}) => ({
        ...complaintReceipt,
        ...over,
      });

      it('refers a complaint alleging a crime to the IPCC, which refers it back; the panel then sets it aside', async () => {
        const c = await open(
          '/v1/force-areas/kent/complaints',
          panel(),
          receipt({ criminalAllegation: true, subjectMatter: 'Alleged misuse of a police vehicle' }),
        );
        await ok(`/v1/complaints/${c.caseId}/recording`, panel(), {
          effectiveAt: '2013-03-05',
          criminalAllegation: true,
        });
        const referred = await ok(`/v1/complaints/${c.caseId}/referral`, panel(), {
          effectiveAt: '2013-03-05',
          type: 'serious_complaint',
          complainantNotified: true,
          officeHolderNotified: true,
        });
        expect(referred.body.events[0].findings).toEqual([]);
        // Informal resolution of a criminal allegation is never allowed.
        await refused(
          `/v1/complaints/${c.caseId}/informal-resolution`,
          panel(),
          {
            effectiveAt: '2013-03-06',
            conductedBy: 'member',
            conductedByName: 'Cllr Example',
            isRelevantOfficeHolder: false,
          },
          'COMPLAINT_CRIMINAL_MUST_BE_REFERRED',
        );
        // The referral back is the IPCC's act: admin only.
        expect(
          (await post(`/v1/complaints/${c.caseId}/referral-back`, panel(), { effectiveAt: '2013-04-10' })).status,
        ).toBe(403);
        await ok(`/v1/complaints/${c.caseId}/referral-back`, t.keys.admin, {
          effectiveAt: '2013-04-10',
          ipccReference: '2013/004512',
        });
        await ok(`/v1/complaints/${c.caseId}/disapplication`, panel(), {
          effectiveAt: '2013-04-15',
          reg15Ground: 'c_already_complained',
          reasons: 'Already the subject of the IPCC’s investigation',
          action: 'no_action',
        });
        const events = await eventsOf(c.stream, [
          'ComplaintReceived',
          'ComplaintRecorded',
          'ComplaintReferredToIPCC',
          'ComplaintReferredBack',
          'ComplaintDisapplied',
        ]);
        for (const e of events) expect(e.metadata.classification).toBe('exempt:1,2');
        expect(events[2].data).toMatchObject({
          type: 'serious_complaint',
          becameClearOn: '2013-03-04',
          referralDueOn: '2013-03-05',
        });
      });

      it('resolves a complaint informally and publishes the outcome in the public interest', async () => {
        const c = await open('/v1/force-areas/kent/complaints', panel(), receipt({ effectiveAt: '2013-05-01' }));
        await ok(`/v1/complaints/${c.caseId}/recording`, panel(), { effectiveAt: '2013-05-02' });
        await ok(`/v1/complaints/${c.caseId}/informal-resolution`, panel(), {
          effectiveAt: '2013-05-10',
          conductedBy: 'sub_committee',
          conductedByName: 'Complaints sub-committee',
          isRelevantOfficeHolder: false,
        });
        await ok(`/v1/complaints/${c.caseId}/informal-resolution/outcome`, panel(), {
          effectiveAt: '2013-06-01',
          copiedToBothOn: '2013-06-03',
          publish: true,
          publicInterestReason: 'The conduct concerned a public meeting',
        });
        const events = await eventsOf(c.stream, [
          'ComplaintReceived',
          'ComplaintRecorded',
          'InformalResolutionStarted',
          'InformalResolutionOutcomeRecorded',
        ]);
        expect(events[3].data).toMatchObject({ published: true, copiedToBothOn: '2013-06-03' });
      });

      it('records a decision not to record, and a withdrawal', async () => {
        const a = await open('/v1/force-areas/kent/complaints', panel(), receipt({ effectiveAt: '2013-07-01' }));
        await ok(`/v1/complaints/${a.caseId}/non-recording-decision`, panel(), {
          effectiveAt: '2013-07-03',
          grounds: 'The complaint is about the chief constable',
          notifiedOn: '2013-07-03',
        });
        const b = await open(
          '/v1/force-areas/kent/complaints',
          panel(),
          receipt({ effectiveAt: '2013-07-02', against: 'DPCC' }),
        );
        await ok(`/v1/complaints/${b.caseId}/withdrawal`, panel(), { effectiveAt: '2013-07-20' });
        expect(await types(a.stream)).toEqual(['ComplaintReceived', 'ComplaintNotRecorded']);
        expect(await types(b.stream)).toEqual(['ComplaintReceived', 'ComplaintWithdrawn']);
      });

      it('refuses any classification but exempt:1,2 on a complaint', async () => {
        const res = await post('/v1/force-areas/kent/complaints', panel(), receipt({ classification: 'open' }));
        expect(res.status).toBe(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('classification');
      });

      it('a refused receipt (bad Idempotency-Key or If-Match, stale If-Match, a broken rule) leaves nothing in the vault, not even an erasure', async () => {
        const before = await vaultRows();
        const body = receipt({
          effectiveAt: '2014-01-06',
          complainant: { name: 'Refused Person', contact: 'refused@example.org' },
        });
        expect(
          (await post('/v1/force-areas/kent/complaints', panel(), body, { 'Idempotency-Key': 'bad key with spaces' }))
            .status,
        ).toBe(400);
        expect((await post('/v1/force-areas/kent/complaints', panel(), body, { 'If-Match': 'banana' })).status).toBe(
          400,
        );
        expect((await post('/v1/force-areas/kent/complaints', panel(), body, { 'If-Match': 'W/"4"' })).status).toBe(
          412,
        );
        await open(
          '/v1/force-areas/kent/complaints',
          panel(),
          receipt({ effectiveAt: '2014-01-06', caseId: 'kent-2014-refused' }),
        );
        const sealedBetween = await vaultRows();
        const dup = await post(
          '/v1/force-areas/kent/complaints',
          panel(),
          { ...body, caseId: 'kent-2014-refused' },
          { 'Idempotency-Key': 'refused-dup' },
        );
        expect(dup.status).toBe(422);
        const after = await vaultRows();
        expect(after).toEqual(sealedBetween);
        expect(after.erased).toEqual(before.erased);
        expect(after.keys.length).toBe(before.keys.length + 1);
      });

      it('seals the complainant, keeps the name out of the log, every response and the database, and erases it', async () => {
        const name = 'Zebedee Quillfeather-Marchbanks';
        const contact = 'zebedee.quillfeather@example.org';
        const newContact = '9 Quillfeather Mews, Maidstone';
        const before = await vaultRows();

        const c = await open(
          '/v1/force-areas/kent/complaints',
          panel(),
          receipt({ effectiveAt: '2014-02-03', caseId: 'kent-2014-c07', complainant: { name, contact } }),
        );
        const events0 = await streamOf(c.stream);
        const received = events0[0];
        const complainant = received.data.complainant as { subjectId: string; commitments: Record<string, string> };
        expect(Object.keys(complainant).sort()).toEqual(['commitments', 'subjectId']);
        expect(Object.keys(complainant.commitments).sort()).toEqual(['complainant.contact', 'complainant.name']);
        for (const v of Object.values(complainant.commitments)) expect(v).toMatch(/^[0-9a-f]{64}$/);
        expect(received.eventId).toBe(c.events[0].eventId);
        expect(received.metadata.classification).toBe('exempt:1,2');
        const subjectId = complainant.subjectId;
        let vault = await vaultRows();
        expect([...vault.keys].sort()).toEqual([...before.keys, subjectId].sort());
        expect(vault.fields).toBe(before.fields + 2);

        // A retry with the same Idempotency-Key replays from the log, and seals nothing.
        const body = receipt({ effectiveAt: '2014-02-04', complainant: { name, contact } });
        const first = await post('/v1/force-areas/kent/complaints', panel(), body, {
          'Idempotency-Key': 'c08-receipt',
        });
        expect(first.status).toBe(201);
        const again = await post('/v1/force-areas/kent/complaints', panel(), body, {
          'Idempotency-Key': 'c08-receipt',
        });
        expect(again.status).toBe(201);
        expect(again.headers['idempotent-replayed']).toBe('true');
        expect(again.body).toEqual(first.body);
        // A refused receipt (the case exists) leaves nothing sealed behind.
        await refused(
          '/v1/force-areas/kent/complaints',
          panel(),
          receipt({ effectiveAt: '2014-02-05', caseId: 'kent-2014-c07', complainant: { name, contact } }),
          'CASE_ALREADY_EXISTS',
        );
        vault = await vaultRows();
        expect(vault.keys.length).toBe(before.keys.length + 2);
        expect(vault.fields).toBe(before.fields + 4);

        // New contact details are sealed under the same subject.
        const updated = await ok(`/v1/complaints/${c.caseId}/complainant-updates`, panel(), {
          effectiveAt: '2014-03-01',
          informedOf: 'Progress of the complaint',
          complainant: { contact: newContact },
        });
        const updates = (await streamOf(c.stream))[1];
        expect(updates.eventId).toBe(updated.body.events[0].eventId);
        expect(Object.keys(updates.data.commitments as object)).toEqual(['complainant.contact']);
        await ok(`/v1/complaints/${c.caseId}/complainant-updates`, panel(), {
          effectiveAt: '2014-03-02',
          informedOf: 'The outcome is expected next month',
        });
        expect((await vaultRows()).fields).toBe(before.fields + 5);

        // An export made before erasure can disclose the values to a lawful recipient, and verifies.
        const admin = await t.key('admin', '*');
        const vkey = (await request(t.http).get('/v1/ledger/key')).body.vkey as string;
        const exportText = async () =>
          (await request(t.http).get(`/v1/exports/streams/${c.stream}`).query({ disclose: 'true' }).set(bearer(admin)))
            .text;
        const beforeErasure = await exportText();
        const reportBefore = await verifyExport(Readable.from([Buffer.from(beforeErasure)]), { trustedKeys: [vkey] });
        expect(reportBefore.failures).toEqual([]);
        expect(reportBefore.disclosedFields).toBeGreaterThanOrEqual(2);
        expect(beforeErasure.includes(name)).toBe(true);

        // Erasure: admin only, names the subject, authority and reason.
        const erasure = {
          effectiveAt: '2016-03-01',
          subjectId,
          authority: 'UK GDPR art 17(1)(a)',
          reason: 'Retention period ended',
        };
        expect((await post(`/v1/complaints/${c.caseId}/erasure`, panel(), erasure)).status).toBe(403);
        await refused(
          `/v1/complaints/${c.caseId}/erasure`,
          t.keys.admin,
          {
            ...erasure,
            subjectId: 'someone-else',
          },
          'PERSONAL_DATA_SUBJECT_UNKNOWN',
        );
        expect((await vaultRows()).keys).toContain(subjectId);
        const erased = await ok(`/v1/complaints/${c.caseId}/erasure`, t.keys.admin, erasure);
        expect(erased.body.events.map((e) => e.type)).toEqual(['PersonalDataErased']);
        const events = await streamOf(c.stream);
        const last = events[events.length - 1];
        expect(last.data).toMatchObject({ subjectId, authority: 'UK GDPR art 17(1)(a)' });
        expect((last.data.commitments as string[]).sort()).toEqual(
          [...Object.values(complainant.commitments), Object.values(updates.data.commitments as object)[0]].sort(),
        );
        expect(last.metadata.classification).toBe('exempt:1,2');
        vault = await vaultRows();
        expect(vault.keys).not.toContain(subjectId);
        expect(vault.erased).toContain(subjectId);
        expect(vault.fields).toBe(before.fields + 2);
        // After erasure the same export discloses nothing and still verifies; so does the earlier one.
        const afterErasure = await exportText();
        const reportAfter = await verifyExport(Readable.from([Buffer.from(afterErasure)]), { trustedKeys: [vkey] });
        expect(reportAfter.failures).toEqual([]);
        expect(reportAfter.disclosedFields).toBe(0);
        for (const v of [name, contact, newContact]) expect(afterErasure.includes(v)).toBe(false);
        expect((await verifyExport(Readable.from([Buffer.from(beforeErasure)]), { trustedKeys: [vkey] })).ok).toBe(
          true,
        );
        await caughtUp(t);
        const twice = await post(`/v1/complaints/${c.caseId}/erasure`, t.keys.admin, erasure);
        expect(twice.status).toBe(422);
        // After erasure new details cannot be attached, and nothing is sealed for the attempt.
        const late = await post(`/v1/complaints/${c.caseId}/complainant-updates`, panel(), {
          effectiveAt: '2016-03-02',
          informedOf: 'x',
          complainant: { name },
        });
        expect(late.status).toBe(422);
        expect((await vaultRows()).fields).toBe(before.fields + 2);

        // The clear values appear in no API response ...
        for (const v of [name, contact, newContact]) for (const text of seen) expect(text.includes(v)).toBe(false);
        // ... and nowhere in the database.
        const needles = [name, contact, newContact].flatMap((v) => [
          Buffer.from(v, 'utf8'),
          Buffer.from(v, 'utf16le'),
          Buffer.from(Buffer.from(v, 'utf8').toString('hex')),
        ]);
        if (store === 'sqlite') {
          const files = filesUnder(t.dataDir);
          expect(files.some((f) => f.endsWith('ledger.sqlite'))).toBe(true);
          const bytes = files.map((f) => ({ file: f, content: readFileSync(f) }));
          // Control: the search does find what is stored (the subject id is in the log).
          expect(bytes.some((b) => b.content.includes(Buffer.from(subjectId, 'utf8')))).toBe(true);
          for (const { file, content } of bytes)
            for (const n of needles) expect({ file, found: content.includes(n) }).toEqual({ file, found: false });
        } else {
          const pool = new Pool({ connectionString: t.env.DATABASE_URL, max: 1 });
          try {
            const tables = (
              await pool.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1', [
                t.env.DATABASE_SCHEMA,
              ])
            ).rows.map((r) => r.table_name as string);
            expect(tables).toEqual(expect.arrayContaining(['audit_personal_field', 'audit_subject_key']));
            let control = false;
            for (const table of tables) {
              const rows = (await pool.query(`SELECT t::text AS row FROM "${t.env.DATABASE_SCHEMA}"."${table}" t`)).rows
                .map((r) => r.row as string)
                .join('\n');
              control ||= rows.includes(subjectId);
              for (const n of needles)
                expect({ table, found: rows.includes(n.toString('utf8')) }).toEqual({ table, found: false });
            }
            // Control: the search does find what is stored (the subject id is in the log).
            expect(control).toBe(true);
          } finally {
            await pool.end();
          }
        }
      });
    });
  });
});
