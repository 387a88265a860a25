/**
 * Partnerships, complaints, scrutiny, mergers, grants and the decision register over HTTP, on
 * SQLite and (with DATABASE_URL) PostgreSQL: a cross-force CSP merger to Secretary of State
 * approval, complaints (IPCC referral, informal resolution, personal data sealed and erased),
 * and one flow for each other process, every endpoint with a valid body at least once.
 */
import Database from 'better-sqlite3';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { Readable } from 'node:stream';
import { verifyExport } from '../libs/audit/src/verify';
import { caughtUp } from './helpers/projections';
import { bearer, request, startApp, TestApp } from './helpers/app';
import { BACKENDS } from './helpers/backends';
import { complaintReceipt } from './helpers/requests';

interface Envelope {
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe.each(BACKENDS)('%s', (store) => {
  describe('Partnerships, complaints, scrutiny, mergers, grants and the decision register over HTTP', () => {
    let t: TestApp;
    /** A national admin key (force area "*"): the Secretary of State and cross-force acts. */
    let national: string;
    /** Every response body seen, for the personal-data check. */
    const seen: string[] = [];

    beforeAll(async () => {
      t = await startApp({ store });
      national = await t.key('admin', '*');
    });
    afterAll(async () => t.close());

    const post = async (path: string, token: string, body: object, headers: Record<string, string> = {}) => {
      const res = await request(t.http).post(path).set('Content-Type', 'application/json').set(bearer(token)).set(headers).send(body);
      seen.push(res.text, JSON.stringify(res.headers));
      return res;
    };
    const ok = async (path: string, token: string, body: object, status = 200) => {
      const res = await post(path, token, body);
      if (res.status !== status) throw new Error(`${path}: expected ${status}, got ${res.status} ${res.text}`);
      return res.body as { caseId: string; stream: string; revision: string; events: Array<{ eventId: string; type: string; findings: Array<{ code: string }> }> };
    };
    const open = (path: string, token: string, body: object) => ok(path, token, body, 201);
    async function streamOf(stream: string): Promise<Envelope[]> {
      const res = await request(t.http).get(`/v1/streams/${stream}`).set(bearer(national));
      seen.push(res.text);
      expect(res.status).toBe(200);
      return res.body.events;
    }

    /** Subject keys and sealed fields in the vault, straight from the database. */
    async function vaultRows(): Promise<{ keys: string[]; fields: number; erased: string[] }> {
      if (store === 'sqlite') {
        const db = new Database(join(t.dataDir, 'ledger.sqlite'), { readonly: true, fileMustExist: true });
        try {
          const keys = (db.prepare('SELECT subject_id FROM audit_subject_key').all() as Array<{ subject_id: string }>).map((r) => r.subject_id);
          const fields = (db.prepare('SELECT count(*) AS n FROM audit_personal_field').get() as { n: number }).n;
          const erased = (db.prepare('SELECT subject_id FROM audit_erasure').all() as Array<{ subject_id: string }>).map((r) => r.subject_id);
          return { keys, fields, erased };
        } finally {
          db.close();
        }
      }
      const pool = new Pool({ connectionString: t.env.DATABASE_URL, max: 1 });
      try {
        const s = `"${t.env.DATABASE_SCHEMA}"`;
        const keys = (await pool.query(`SELECT subject_id FROM ${s}.audit_subject_key`)).rows.map((r) => r.subject_id as string);
        const fields = Number((await pool.query(`SELECT count(*) AS n FROM ${s}.audit_personal_field`)).rows[0].n);
        const erased = (await pool.query(`SELECT subject_id FROM ${s}.audit_erasure`)).rows.map((r) => r.subject_id as string);
        return { keys, fields, erased };
      } finally {
        await pool.end();
      }
    }

    describe('a CSP merger across Kent and Essex, to Secretary of State approval (CDA 1998 s.5A)', () => {
      it('requests, collects every signature and both PCC entries, refuses force without the Secretary of State, then comes into force', async () => {
        const csp = t.keys['csp-officer'];
        const w = { documentRef: 'AGR-2014-01', inWriting: true };
        const requested = await open('/v1/force-areas/kent/mergers', csp, {
          effectiveAt: '2014-01-06',
          caseId: 'dartford-thurrock',
          areas: [
            { name: 'Dartford', country: 'england', policeAreas: ['kent'] },
            { name: 'Thurrock', country: 'england', policeAreas: ['essex'] },
          ],
          requestingRAs: ['Dartford Borough Council'],
          responsibleAuthorities: ['Dartford Borough Council', 'Thurrock Council'],
        });
        const id = requested.caseId;
        expect(id).toBe('dartford-thurrock');
        for (const authority of ['Dartford Borough Council', 'Thurrock Council']) {
          await ok(`/v1/mergers/${id}/signatures`, csp, { ...w, effectiveAt: '2014-02-01', authority });
        }
        const grounds = { interestsGrounds: ['reducing_crime_and_disorder'], reasons: 'One partnership for the Thames crossing towns' };
        await ok(`/v1/mergers/${id}/pcc-approvals`, t.keys['pcc-office'], { ...w, ...grounds, effectiveAt: '2014-03-01', pcc: 'kent' });
        // The case belongs to Kent, so the Essex PCC's entry is recorded with a national key.
        await ok(`/v1/mergers/${id}/pcc-approvals`, national, { ...w, ...grounds, effectiveAt: '2014-03-03', pcc: 'essex' });

        const inForce = { ...w, effectiveAt: '2014-04-01', combinedAreaName: 'Dartford and Thurrock CSP', cooperationArrangements: 'Joint tasking group chaired alternately by the two PCCs' };
        const early = await post(`/v1/mergers/${id}/commencement`, csp, inForce);
        expect(early.status).toBe(422);
        expect(early.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(early.body.code).toBe('COMBINATION_PARTIES_INCOMPLETE');
        expect(early.body.citation).toBe('CDA 1998 s.5A(1), (5)');
        expect(early.body.detail).toMatch(/secretary-of-state/);

        // Only admin records the Secretary of State's act.
        expect((await post(`/v1/mergers/${id}/secretary-of-state`, t.keys['pcc-office'], {})).status).toBe(403);
        await ok(`/v1/mergers/${id}/secretary-of-state`, national, { ...w, effectiveAt: '2014-03-20', interestsGrounds: ['reducing_reoffending'], reasons: 'Shared probation delivery', cooperationArrangementsAdequate: true });
        const done = await ok(`/v1/mergers/${id}/commencement`, csp, inForce);
        expect(done.events.map((e) => e.type)).toEqual(['CombinationAgreementInForce']);

        const parties = ['Dartford Borough Council', 'Thurrock Council', 'pcc:essex', 'pcc:kent', 'secretary-of-state'];
        await ok(`/v1/mergers/${id}/variations`, csp, { documentRef: 'AGR-2015-02', inWriting: true, effectiveAt: '2015-01-10', variation: 'Adds Swanscombe ward', agreedBy: parties });
        await ok(`/v1/mergers/${id}/termination`, csp, { documentRef: 'AGR-2016-01', inWriting: true, effectiveAt: '2016-03-31', reason: 'The partnerships work separately again', agreedBy: parties });

        const events = await streamOf(requested.stream);
        expect(events.map((e) => e.type)).toEqual([
          'MergerRequested',
          'MergerAgreementSignedByAuthority',
          'MergerAgreementSignedByAuthority',
          'MergerApproved',
          'MergerApproved',
          'SecretaryOfStateJoinedAgreement',
          'CombinationAgreementInForce',
          'CombinationAgreementVaried',
          'CombinationAgreementTerminated',
        ]);
        expect(events[0].data).toMatchObject({ forceArea: 'kent', crossForce: true, policeAreas: ['essex', 'kent'] });
        expect(events[6].data.parties).toEqual(['Dartford Borough Council', 'Thurrock Council', 'pcc:essex', 'pcc:kent', 'secretary-of-state']);
        expect(events[6].metadata.legalBasis).toBe('CDA 1998 s.5(1A)-(1B), s.5A');
      });
    });

    describe('complaints about the PCC (PRSRA 2011 Sch 7; SI 2012/62)', () => {
      const panel = () => t.keys['panel-secretariat'];
      const receipt = (over: object = {}) => ({
        ...complaintReceipt,
        ...over,
      });

      it('refers a complaint alleging a crime to the IPCC, which refers it back; the panel then sets it aside', async () => {
        const c = await open('/v1/force-areas/kent/complaints', panel(), receipt({ criminalAllegation: true, subjectMatter: 'Alleged misuse of a police vehicle' }));
        await ok(`/v1/complaints/${c.caseId}/recording`, panel(), { effectiveAt: '2013-03-05', criminalAllegation: true });
        const referred = await ok(`/v1/complaints/${c.caseId}/referral`, panel(), { effectiveAt: '2013-03-05', type: 'serious_complaint', complainantNotified: true, officeHolderNotified: true });
        expect(referred.events[0].findings).toEqual([]);
        // Informal resolution of a criminal allegation is never allowed.
        const informal = await post(`/v1/complaints/${c.caseId}/informal-resolution`, panel(), { effectiveAt: '2013-03-06', conductedBy: 'member', conductedByName: 'Cllr Example', isRelevantOfficeHolder: false });
        expect(informal.status).toBe(422);
        expect(informal.body.code).toBe('COMPLAINT_CRIMINAL_MUST_BE_REFERRED');
        // The referral back is the IPCC's act: admin only.
        expect((await post(`/v1/complaints/${c.caseId}/referral-back`, panel(), { effectiveAt: '2013-04-10' })).status).toBe(403);
        await ok(`/v1/complaints/${c.caseId}/referral-back`, t.keys.admin, { effectiveAt: '2013-04-10', ipccReference: '2013/004512' });
        await ok(`/v1/complaints/${c.caseId}/disapplication`, panel(), { effectiveAt: '2013-04-15', reg15Ground: 'c_already_complained', reasons: 'Already the subject of the IPCC’s investigation', action: 'no_action' });
        const events = await streamOf(c.stream);
        expect(events.map((e) => e.type)).toEqual(['ComplaintReceived', 'ComplaintRecorded', 'ComplaintReferredToIPCC', 'ComplaintReferredBack', 'ComplaintDisapplied']);
        for (const e of events) expect(e.metadata.classification).toBe('exempt:1,2');
        expect(events[2].data).toMatchObject({ type: 'serious_complaint', becameClearOn: '2013-03-04', referralDueOn: '2013-03-05' });
      });

      it('resolves a complaint informally and publishes the outcome in the public interest', async () => {
        const c = await open('/v1/force-areas/kent/complaints', panel(), receipt({ effectiveAt: '2013-05-01' }));
        await ok(`/v1/complaints/${c.caseId}/recording`, panel(), { effectiveAt: '2013-05-02' });
        await ok(`/v1/complaints/${c.caseId}/informal-resolution`, panel(), { effectiveAt: '2013-05-10', conductedBy: 'sub_committee', conductedByName: 'Complaints sub-committee', isRelevantOfficeHolder: false });
        await ok(`/v1/complaints/${c.caseId}/informal-resolution/outcome`, panel(), { effectiveAt: '2013-06-01', copiedToBothOn: '2013-06-03', publish: true, publicInterestReason: 'The conduct concerned a public meeting' });
        const events = await streamOf(c.stream);
        expect(events.map((e) => e.type)).toEqual(['ComplaintReceived', 'ComplaintRecorded', 'InformalResolutionStarted', 'InformalResolutionOutcomeRecorded']);
        expect(events[3].data).toMatchObject({ published: true, copiedToBothOn: '2013-06-03' });
      });

      it('records a decision not to record, and a withdrawal', async () => {
        const a = await open('/v1/force-areas/kent/complaints', panel(), receipt({ effectiveAt: '2013-07-01' }));
        await ok(`/v1/complaints/${a.caseId}/non-recording-decision`, panel(), { effectiveAt: '2013-07-03', grounds: 'The complaint is about the chief constable', notifiedOn: '2013-07-03' });
        const b = await open('/v1/force-areas/kent/complaints', panel(), receipt({ effectiveAt: '2013-07-02', against: 'DPCC' }));
        await ok(`/v1/complaints/${b.caseId}/withdrawal`, panel(), { effectiveAt: '2013-07-20' });
        expect((await streamOf(a.stream)).map((e) => e.type)).toEqual(['ComplaintReceived', 'ComplaintNotRecorded']);
        expect((await streamOf(b.stream)).map((e) => e.type)).toEqual(['ComplaintReceived', 'ComplaintWithdrawn']);
      });

      it('refuses any classification but exempt:1,2 on a complaint', async () => {
        const res = await post('/v1/force-areas/kent/complaints', panel(), receipt({ classification: 'open' }));
        expect(res.status).toBe(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('classification');
      });

      it('a refused receipt (bad Idempotency-Key or If-Match, stale If-Match, a broken rule) leaves nothing in the vault, not even an erasure', async () => {
        const before = await vaultRows();
        const body = receipt({ effectiveAt: '2014-01-06', complainant: { name: 'Refused Person', contact: 'refused@example.org' } });
        expect((await post('/v1/force-areas/kent/complaints', panel(), body, { 'Idempotency-Key': 'bad key with spaces' })).status).toBe(400);
        expect((await post('/v1/force-areas/kent/complaints', panel(), body, { 'If-Match': 'banana' })).status).toBe(400);
        expect((await post('/v1/force-areas/kent/complaints', panel(), body, { 'If-Match': 'W/"4"' })).status).toBe(412);
        await open('/v1/force-areas/kent/complaints', panel(), receipt({ effectiveAt: '2014-01-06', caseId: 'kent-2014-refused' }));
        const sealedBetween = await vaultRows();
        const dup = await post('/v1/force-areas/kent/complaints', panel(), { ...body, caseId: 'kent-2014-refused' }, { 'Idempotency-Key': 'refused-dup' });
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

        const c = await open('/v1/force-areas/kent/complaints', panel(), receipt({ effectiveAt: '2014-02-03', caseId: 'kent-2014-c07', complainant: { name, contact } }));
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
        const first = await post('/v1/force-areas/kent/complaints', panel(), body, { 'Idempotency-Key': 'c08-receipt' });
        expect(first.status).toBe(201);
        const again = await post('/v1/force-areas/kent/complaints', panel(), body, { 'Idempotency-Key': 'c08-receipt' });
        expect(again.status).toBe(201);
        expect(again.headers['idempotent-replayed']).toBe('true');
        expect(again.body).toEqual(first.body);
        // A refused receipt (the case exists) leaves nothing sealed behind.
        const dup = await post('/v1/force-areas/kent/complaints', panel(), receipt({ effectiveAt: '2014-02-05', caseId: 'kent-2014-c07', complainant: { name, contact } }));
        expect(dup.status).toBe(422);
        expect(dup.body.code).toBe('CASE_ALREADY_EXISTS');
        vault = await vaultRows();
        expect(vault.keys.length).toBe(before.keys.length + 2);
        expect(vault.fields).toBe(before.fields + 4);

        // New contact details are sealed under the same subject.
        const updated = await ok(`/v1/complaints/${c.caseId}/complainant-updates`, panel(), { effectiveAt: '2014-03-01', informedOf: 'Progress of the complaint', complainant: { contact: newContact } });
        const updates = (await streamOf(c.stream))[1];
        expect(updates.eventId).toBe(updated.events[0].eventId);
        expect(Object.keys(updates.data.commitments as object)).toEqual(['complainant.contact']);
        await ok(`/v1/complaints/${c.caseId}/complainant-updates`, panel(), { effectiveAt: '2014-03-02', informedOf: 'The outcome is expected next month' });
        expect((await vaultRows()).fields).toBe(before.fields + 5);

        // An export made before erasure can disclose the values to a lawful recipient, and verifies.
        const admin = await t.key('admin', '*');
        const vkey = (await request(t.http).get('/v1/ledger/key')).body.vkey as string;
        const exportText = async () => (await request(t.http).get(`/v1/exports/streams/${c.stream}`).query({ disclose: 'true' }).set(bearer(admin))).text;
        const beforeErasure = await exportText();
        const reportBefore = await verifyExport(Readable.from([Buffer.from(beforeErasure)]), { trustedKeys: [vkey] });
        expect(reportBefore.failures).toEqual([]);
        expect(reportBefore.disclosedFields).toBeGreaterThanOrEqual(2);
        expect(beforeErasure.includes(name)).toBe(true);

        // Erasure: admin only, names the subject, authority and reason.
        const erasure = { effectiveAt: '2016-03-01', subjectId, authority: 'UK GDPR art 17(1)(a)', reason: 'Retention period ended' };
        expect((await post(`/v1/complaints/${c.caseId}/erasure`, panel(), erasure)).status).toBe(403);
        const wrong = await post(`/v1/complaints/${c.caseId}/erasure`, t.keys.admin, { ...erasure, subjectId: 'someone-else' });
        expect(wrong.status).toBe(422);
        expect(wrong.body.code).toBe('PERSONAL_DATA_SUBJECT_UNKNOWN');
        expect((await vaultRows()).keys).toContain(subjectId);
        const erased = await ok(`/v1/complaints/${c.caseId}/erasure`, t.keys.admin, erasure);
        expect(erased.events.map((e) => e.type)).toEqual(['PersonalDataErased']);
        const events = await streamOf(c.stream);
        const last = events[events.length - 1];
        expect(last.data).toMatchObject({ subjectId, authority: 'UK GDPR art 17(1)(a)' });
        expect((last.data.commitments as string[]).sort()).toEqual([...Object.values(complainant.commitments), Object.values(updates.data.commitments as object)[0]].sort());
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
        expect((await verifyExport(Readable.from([Buffer.from(beforeErasure)]), { trustedKeys: [vkey] })).ok).toBe(true);
        await caughtUp(t);
        const twice = await post(`/v1/complaints/${c.caseId}/erasure`, t.keys.admin, erasure);
        expect(twice.status).toBe(422);
        // After erasure new details cannot be attached, and nothing is sealed for the attempt.
        const late = await post(`/v1/complaints/${c.caseId}/complainant-updates`, panel(), { effectiveAt: '2016-03-02', informedOf: 'x', complainant: { name } });
        expect(late.status).toBe(422);
        expect((await vaultRows()).fields).toBe(before.fields + 2);

        // The clear values appear in no API response ...
        for (const v of [name, contact, newContact]) for (const text of seen) expect(text.includes(v)).toBe(false);
        // ... and nowhere in the database.
        const needles = [name, contact, newContact].flatMap((v) => [Buffer.from(v, 'utf8'), Buffer.from(v, 'utf16le'), Buffer.from(Buffer.from(v, 'utf8').toString('hex'))]);
        if (store === 'sqlite') {
          const files = filesUnder(t.dataDir);
          expect(files.some((f) => f.endsWith('ledger.sqlite'))).toBe(true);
          const bytes = files.map((f) => ({ file: f, content: readFileSync(f) }));
          // Control: the search does find what is stored (the subject id is in the log).
          expect(bytes.some((b) => b.content.includes(Buffer.from(subjectId, 'utf8')))).toBe(true);
          for (const { file, content } of bytes) for (const n of needles) expect({ file, found: content.includes(n) }).toEqual({ file, found: false });
        } else {
          const pool = new Pool({ connectionString: t.env.DATABASE_URL, max: 1 });
          try {
            const tables = (await pool.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1', [t.env.DATABASE_SCHEMA])).rows.map((r) => r.table_name as string);
            expect(tables).toEqual(expect.arrayContaining(['audit_personal_field', 'audit_subject_key']));
            let control = false;
            for (const table of tables) {
              const rows = (await pool.query(`SELECT t::text AS row FROM "${t.env.DATABASE_SCHEMA}"."${table}" t`)).rows.map((r) => r.row as string).join('\n');
              control ||= rows.includes(subjectId);
              for (const n of needles) expect({ table, found: rows.includes(n.toString('utf8')) }).toEqual({ table, found: false });
            }
            // Control: the search does find what is stored (the subject id is in the log).
            expect(control).toBe(true);
          } finally {
            await pool.end();
          }
        }
      });
    });

    describe('scrutiny requirements (PRSRA 2011 s.29)', () => {
      it('requires attendance with the chief constable asked too, a late written response, and records non-compliance', async () => {
        const panel = t.keys['panel-secretariat'];
        const pb = { panel: 'Kent and Medway Police and Crime Panel' };
        const att = await open('/v1/force-areas/kent/attendance-requirements', panel, { ...pb, effectiveAt: '2013-01-10', person: 'Ann Barnes', role: 'pcc', topic: 'The draft precept', noticeGivenOn: '2013-01-10', meetingDate: '2013-02-05' });
        await ok(`/v1/scrutiny-requirements/${att.caseId}/chief-constable-request`, panel, { effectiveAt: '2013-01-11', chiefConstable: 'Ian Learmonth' });
        await ok(`/v1/scrutiny-requirements/${att.caseId}/attendance`, panel, { effectiveAt: '2013-02-05', attended: ['Ann Barnes'], chiefConstableAttended: true });
        expect((await streamOf(att.stream)).map((e) => e.type)).toEqual(['AttendanceRequired', 'ChiefConstableAttendanceRequested', 'AttendanceHeld']);

        const wr = await open('/v1/force-areas/kent/written-response-requirements', panel, { ...pb, effectiveAt: '2013-02-06', respondent: 'Kent PCC', toReport: 'The panel report on the precept', dueOn: '2013-03-01' });
        const late = await ok(`/v1/scrutiny-requirements/${wr.caseId}/written-response`, panel, { effectiveAt: '2013-03-08', documentRef: 'PCC/2013/017' });
        expect(late.events[0].findings.map((f) => f.code)).toEqual(['SCRUTINY_WRITTEN_RESPONSE_LATE']);

        const missed = await open('/v1/force-areas/kent/attendance-requirements', panel, { ...pb, effectiveAt: '2014-01-06', person: 'Deputy PCC', role: 'deputy_pcc', topic: 'Victim services', noticeGivenOn: '2014-01-06', meetingDate: '2014-02-04' });
        const early = await post(`/v1/scrutiny-requirements/${missed.caseId}/non-compliance`, panel, { effectiveAt: '2014-01-20', details: 'Did not attend' });
        expect(early.status).toBe(422);
        expect(early.body.code).toBe('SCRUTINY_NON_COMPLIANCE_PREMATURE');
        await ok(`/v1/scrutiny-requirements/${missed.caseId}/non-compliance`, panel, { effectiveAt: '2014-02-04', details: 'The deputy PCC did not attend and sent no apology' });
        const chief = await post('/v1/force-areas/kent/attendance-requirements', panel, { ...pb, effectiveAt: '2014-01-06', person: 'Chief Constable', role: 'chief_constable', topic: 'x', noticeGivenOn: '2014-01-06', meetingDate: '2014-02-04' });
        expect(chief.status).toBe(400);
      });
    });

    describe('community safety partnerships (CDA 1998 ss.5-6; 2007 Regulations)', () => {
      it('registers a county strategy group and records its meetings, papers, plan, agreement and public meeting', async () => {
        const csp = t.keys['csp-officer'];
        const p = await open('/v1/force-areas/kent/partnerships', csp, {
          effectiveAt: '2012-03-06',
          name: 'Kent Community Safety Partnership',
          areas: ['Kent'],
          country: 'england',
          policeAreas: ['kent'],
          responsibleAuthorities: ['Kent County Council', 'Kent Police', 'Kent Fire and Rescue Service'],
          countyStrategyGroup: true,
        });
        await ok(`/v1/partnerships/${p.caseId}/meetings`, csp, { effectiveAt: '2012-03-06', title: 'Kent CSP strategy group', note: 'Quorate' });
        const paper = await ok(`/v1/partnerships/${p.caseId}/papers`, csp, {
          effectiveAt: '2012-03-06',
          documentRef: 'S0',
          title: 'Community Safety Agreement refresh',
          author: 'Kent County Council Community Safety Unit',
          access: 'open',
          exemptParas: [],
          purpose: 'for_information',
          classificationAsPrinted: 'Classification: For Information',
          recommendations: ['That the partnership notes the refresh'],
          meetingDate: '2012-03-06',
        });
        expect(paper.events[0].findings).toEqual([]);
        await ok(`/v1/partnerships/${p.caseId}/partnership-plans`, csp, { effectiveAt: '2013-04-02', pcc: 'kent', planTitle: 'Kent Community Safety Plan 2013-14', period: '2013-14' });
        await ok(`/v1/partnerships/${p.caseId}/community-safety-agreements`, csp, { effectiveAt: '2013-04-03', pcc: 'kent', agreementTitle: 'Kent Community Safety Agreement 2013-14', period: '2013-14' });
        const wrongPcc = await post(`/v1/partnerships/${p.caseId}/partnership-plans`, csp, { effectiveAt: '2013-04-04', pcc: 'essex', planTitle: 'Kent Community Safety Plan 2013-14' });
        expect(wrongPcc.status).toBe(422);
        expect(wrongPcc.body.code).toBe('CSP_SENT_TO_WRONG_PCC');
        const pub = await ok(`/v1/partnerships/${p.caseId}/public-meetings`, csp, { effectiveAt: '2013-06-12', venue: 'Sessions House, Maidstone', seniorOfficersAttending: ['Assistant Chief Constable'] });
        expect(pub.events[0].findings.map((f) => f.code)).toEqual(['CSP_ANNUAL_PUBLIC_MEETING_MISSED']);
        expect((await streamOf(p.stream)).map((e) => e.type)).toEqual([
          'PartnershipRegistered',
          'CspMeetingHeld',
          'PaperTabled',
          'PartnershipPlanSentToPCC',
          'CommunitySafetyAgreementSentToPCC',
          'StrategyGroupPublicMeetingHeld',
        ]);
      });
    });

    describe('CSP meeting summonses (2007 Regulations reg 14A)', () => {
      it('summons two authorities after consulting them and records who came', async () => {
        const pcc = t.keys['pcc-office'];
        const summons = {
          effectiveAt: '2013-09-10',
          areas: [{ name: 'Medway', country: 'england', policeAreas: ['kent'] }],
          authoritiesRequired: ['Medway Council', 'Kent Police'],
          repsPerAuthority: 2,
          strategies: ['Reducing reoffending'],
          meetingDate: '2013-10-01',
          venue: 'Sutton Road, Maidstone',
          consultedRAs: [
            { authority: 'Medway Council', consultedOn: '2013-09-02', views: 'Content to attend' },
            { authority: 'Kent Police', consultedOn: '2013-09-03', views: null },
          ],
          proportionalityReason: 'Reoffending data has not been shared for a year; one meeting is the least burdensome fix',
        };
        const unconsulted = await post('/v1/force-areas/kent/csp-meeting-summonses', pcc, { ...summons, consultedRAs: summons.consultedRAs.slice(0, 1) });
        expect(unconsulted.status).toBe(422);
        expect(unconsulted.body.code).toBe('CSP_SUMMONS_RA_NOT_CONSULTED');
        const s = await open('/v1/force-areas/kent/csp-meeting-summonses', pcc, summons);
        await ok(`/v1/csp-meeting-summonses/${s.caseId}/meeting`, pcc, { effectiveAt: '2013-10-01', attendedBy: [{ authority: 'Medway Council', representatives: ['Head of Community Safety', 'Youth Offending Manager'] }] });
        const events = await streamOf(s.stream);
        expect(events.map((e) => e.type)).toEqual(['MeetingSummonsIssued', 'SummonedMeetingHeld']);
        expect(events[1].data.absent).toEqual(['Kent Police']);
      });
    });

    describe('grants (PRSRA 2011 s.9)', () => {
      it('awards a grant, publishes it late (flagged) and requires repayment under a condition', async () => {
        const pcc = t.keys['pcc-office'];
        const g = await open('/v1/force-areas/kent/grants', pcc, {
          effectiveAt: '2015-04-14',
          recipient: 'Medway Community Safety Partnership',
          amount: 25000,
          purpose: 'Youth diversion scheme in Chatham',
          conditions: ['Quarterly monitoring returns to the PCC'],
          reasons: 'Diversion reduces first-time entrants and so crime and disorder',
          period: { from: '2015-04-01', to: '2018-03-31', description: 'three years' },
        });
        const published = await ok(`/v1/grants/${g.caseId}/publication`, pcc, { effectiveAt: '2015-06-15', url: 'https://www.kent-pcc.gov.uk/grants/2015-05' });
        expect(published.events[0].findings.map((f) => f.code)).toEqual(['GRANT_PUBLICATION_LATE']);
        await ok(`/v1/grants/${g.caseId}/repayment-requirements`, pcc, { effectiveAt: '2015-09-01', amount: 5000, conditionRelied: 'Quarterly monitoring returns to the PCC', reason: 'No returns for two quarters' });
        const noCondition = await post(`/v1/grants/${g.caseId}/repayment-requirements`, pcc, { effectiveAt: '2015-09-02', conditionRelied: 'Not a condition', reason: 'x' });
        expect(noCondition.status).toBe(422);
        expect(noCondition.body.code).toBe('GRANT_REPAYMENT_NO_CONDITION');
        expect((await post('/v1/force-areas/kent/grants', pcc, { effectiveAt: '2015-04-14', recipient: 'x', purpose: 'x', conditions: [], reasons: 'x' })).status).toBe(400);
      });
    });

    describe('the decision register (PRSRA 2011 s.11; SI 2011/3050)', () => {
      it('opens the Kent register, records and publishes a significant decision, classifies and reclassifies a document', async () => {
        const pcc = t.keys['pcc-office'];
        const r = await open('/v1/force-areas/kent/decision-registers', pcc, { effectiveAt: '2012-11-22', office: 'Office of the Kent Police and Crime Commissioner' });
        expect(r.caseId).toBe('kent');
        const noRecord = await post('/v1/decision-registers/kent/decisions', pcc, { effectiveAt: '2013-03-01', decisionRef: 'PCC/D/2013/004', title: 'Victim services', decisionMaker: 'PCC', significantPublicInterest: true, madeAtMeeting: false });
        expect(noRecord.status).toBe(422);
        expect(noRecord.body.code).toBe('DECISION_SPI_RECORD_REQUIRED');
        await ok('/v1/decision-registers/kent/decisions', pcc, { effectiveAt: '2013-03-01', decisionRef: 'PCC/D/2013/004', title: 'Victim services', decisionMaker: 'PCC', significantPublicInterest: true, madeAtMeeting: false, recordDocumentRef: 'PCC/DR/2013/004' });
        await ok('/v1/decision-registers/kent/publications', pcc, { effectiveAt: '2013-03-08', orderPara: '5', description: 'Decision record: victim services', url: 'https://www.kent-pcc.gov.uk/decisions/2013-004', decisionRef: 'PCC/D/2013/004', documentRef: 'PCC/DR/2013/004' });
        await ok('/v1/decision-registers/kent/document-classifications', pcc, { effectiveAt: '2013-03-01', documentRef: 'PCC/DR/2013/004-A', title: 'Tender evaluation', access: 'exempt', exemptParas: [3], publicInterestReason: 'Prices are commercially sensitive', purpose: 'for_decision' });
        await ok('/v1/decision-registers/kent/document-reclassifications', pcc, { effectiveAt: '2014-03-01', documentRef: 'PCC/DR/2013/004-A', access: 'open', exemptParas: [], reason: 'The contract has been awarded' });
        const events = await streamOf(r.stream);
        expect(events.map((e) => e.type)).toEqual(['DecisionRegisterOpened', 'DecisionRecorded', 'SpecifiedInformationPublished', 'DocumentClassified', 'DocumentReclassified']);
        expect(events[4].data).toMatchObject({ access: 'open', previousAccess: 'exempt', previousExemptParas: [3] });
      });
    });
  });
});
