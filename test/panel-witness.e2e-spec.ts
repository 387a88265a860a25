/**
 * The panel as witness, end to end over HTTP: a witness cosigns while the log grows; a
 * ledger restored from an old copy and given different events is refused by the
 * witness, which raises the alarm; and an export from that forked ledger fails
 * `verify --witnesses-required 1` while the honest ledger's export passes.
 */
import { eventually } from './helpers/eventually';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { freshSchema } from '../libs/event-store/src/testing/pg';
import { verifyCosignatures, verifyExport, verifyNote, parseVkey } from '../libs/audit/src/verify';
import { WitnessSigner } from '../libs/audit/src/witness/witness-key';
import { bootLedger, backup, ledgerCli, witnessWorkspace, type Ledger } from './helpers/witness';
import { bearer, request } from './helpers/app';
import { BACKENDS } from './helpers/backends';

const STREAM = 'case-witnessed';

describe.each(BACKENDS)('%s', (store) => {
  describe("The panel's witness", () => {
    const { root, wdir, cleanups } = witnessWorkspace('ledger-witness-e2e-');
    let panel: WitnessSigner;
    let honest: Ledger;
    let vkey: string;
    let schema: string | undefined;

    const envFor = async (dataDir: string, restoredSchema?: string): Promise<Record<string, string>> => {
      // A short lease: a restored copy carries the old instance's sealer lease, which must run out first.
      const env: Record<string, string> = {
        DATA_DIR: dataDir,
        STORE: store,
        WITNESS_KEYS: `kent=${panel.vkey}`,
        LEADER_LEASE_MS: '2000',
      };
      if (store === 'postgres') {
        const s = restoredSchema ? { schema: restoredSchema } : await freshSchema('wit');
        if ('drop' in s) cleanups.push(s.drop);
        env.DATABASE_SCHEMA = s.schema;
      }
      return env;
    };
    const checkpoint = async (l: Ledger) =>
      (await request(l.http).post('/v1/ledger/checkpoints').set(bearer(l.auditor))).body as {
        size: number;
        root: string;
        note: string;
      };
    const witnessOnce = (l: Ledger) =>
      ledgerCli(['witness', 'run', '--once', '--log', l.http, '--vkey', vkey, '--state', wdir]);
    const exportOf = async (l: Ledger, query: Record<string, string> = {}) =>
      (await request(l.http).get(`/v1/exports/streams/${STREAM}`).query(query).set(bearer(l.auditor))).text;
    const verifyWitnessed = (text: string, required = 1) =>
      verifyExport(Readable.from([Buffer.from(text)]), {
        trustedKeys: [vkey],
        witnesses: [panel.vkey],
        witnessesRequired: required,
      });

    beforeAll(async () => {
      const keygen = await ledgerCli(['witness', 'keygen', '--name', 'panel.kent.example/witness', '--state', wdir]);
      expect(keygen.code).toBe(0);
      panel = WitnessSigner.parse(readFileSync(join(wdir, 'witness.key'), 'utf8'));
      expect(keygen.out).toContain(panel.vkey);
      const dataDir = join(root, 'honest');
      const env = await envFor(dataDir);
      schema = env.DATABASE_SCHEMA;
      honest = await bootLedger(env);
      cleanups.push(() => honest.close());
      vkey = (await request(honest.http).get('/v1/ledger/key')).body.vkey;
      // A first checkpoint the panel cosigned, so that each test starts from a witnessed log.
      await honest.append(STREAM, ['honest 0.0']);
      await checkpoint(honest);
      expect((await witnessOnce(honest)).code).toBe(0);
    });

    it('publishes the panel key, and the witness cosigns each checkpoint while the log grows', async () => {
      const key = (await request(honest.http).get('/v1/ledger/key')).body;
      expect(key.witnesses).toEqual([
        { forceArea: 'kent', name: 'panel.kent.example/witness', keyId: panel.keyId.toString('hex'), vkey: panel.vkey },
      ]);
      let last = 0;
      for (const round of [1, 2, 3]) {
        await honest.append(
          STREAM,
          Array.from({ length: round }, (_, i) => `honest ${round}.${i}`),
        );
        // The log keeps growing while the witness runs.
        const [run] = await Promise.all([
          checkpoint(honest).then(() => witnessOnce(honest)),
          honest.append('case-busy', [`busy ${round}`]),
        ]);
        expect(run.code).toBe(0);
        const cp = (await request(honest.http).get('/v1/ledger/checkpoints/latest')).body;
        const cosigned = JSON.parse(readFileSync(join(wdir, 'state.json'), 'utf8')).size as number;
        expect(cosigned).toBeGreaterThan(last);
        last = cosigned;
        const at = (await request(honest.http).get(`/v1/ledger/checkpoints/${cosigned}`)).body;
        expect(at.cosignatures).toEqual([expect.objectContaining({ witness: panel.name, forceArea: 'kent' })]);
        expect(cp.size).toBeGreaterThanOrEqual(cosigned);
      }
      await checkpoint(honest);
      expect((await witnessOnce(honest)).code).toBe(0);
      // The latest checkpoint is one signed note with two signature lines: the log's and the panel's.
      const note = (await request(honest.http).get('/v1/ledger/checkpoints/latest').set('Accept', 'text/plain')).text;
      expect(
        note
          .trimEnd()
          .split('\n')
          .filter((l) => l.startsWith('\u2014 ')),
      ).toHaveLength(2);
      expect(verifyNote(note, [parseVkey(vkey)]).verifiedBy).toEqual([parseVkey(vkey).name]);
      expect(verifyCosignatures(note, [panel.verifier()])).toHaveLength(1);
      // The viewer's integrity badge names the panel and when it witnessed.
      const page = await request(honest.http).get('/').redirects(2);
      expect(page.text).toMatch(
        /<p data-testid="witnessed">Witnessed by Kent Police and Crime Panel at <time datetime="\d{4}-[^"]+"/,
      );
    });

    it('refuses cosignatures that are not from a configured witness, or not on a checkpoint the ledger issued, changing nothing', async () => {
      const latest = (await request(honest.http).get('/v1/ledger/checkpoints/latest').set('Accept', 'text/plain')).text;
      const plain = latest
        .split('\n')
        .filter((l) => !l.startsWith(`\u2014 ${panel.name} `))
        .join('\n');
      const body = plain.slice(0, plain.lastIndexOf('\n\n') + 1);
      const stranger = WitnessSigner.generate('panel.kent.example/witness');
      const post = (checkpointText: unknown) =>
        request(honest.http).post('/v1/ledger/cosignatures').send({ checkpoint: checkpointText });
      expect((await post(plain + stranger.cosign(body, 1_764_000_000))).status).toBe(403);
      // The panel's key, but signed over another tree size: a configured key whose signature fails.
      const bad = await post(
        plain +
          panel.cosign(
            body.replace(/\n(\d+)\n/, (_, n) => `\n${Number(n) + 1}\n`),
            1_764_000_000,
          ),
      );
      expect(bad.status).toBe(422);
      expect(bad.headers['content-type']).toMatch(/problem\+json/);
      const otherSize = body.replace(/\n(\d+)\n/, '\n999999\n');
      expect((await post(`${otherSize}\n${panel.cosign(otherSize, 1_764_000_000)}`)).status).toBe(404);
      const hugeSize = body.replace(/\n(\d+)\n/, '\n99999999999999999999\n');
      expect((await post(`${hugeSize}\n${panel.cosign(hugeSize, 1_764_000_000)}`)).status).toBe(404);
      expect((await post('not a note')).status).toBe(400);
      expect((await post(42)).status).toBe(400);
      const size = Number(body.split('\n')[1]);
      expect((await request(honest.http).get(`/v1/ledger/checkpoints/${size}`)).body.cosignatures).toHaveLength(1);
    });

    it('refuses a ledger restored from an old copy and given different events, raises the alarm, and its export fails verification while the honest one passes', async () => {
      // The operator's backup, taken while the witness had cosigned everything so far.
      const old = await backup(store, { dataDir: join(root, 'honest'), schema });
      cleanups.push(() => rmSync(old.dataDir, { recursive: true, force: true }));
      const oldSize = JSON.parse(readFileSync(join(wdir, 'state.json'), 'utf8')).size as number;
      await honest.append(STREAM, ['honest 4.0', 'honest 4.1']);
      const honestCp = await checkpoint(honest);
      expect((await witnessOnce(honest)).code).toBe(0);

      // The old copy, restored and run as if nothing had happened since.
      let restoredSchema: string | undefined;
      if (store === 'postgres') {
        const s = await freshSchema('fork');
        cleanups.push(s.drop);
        restoredSchema = s.schema;
        await s.drop(); // the dump creates its schema
        old.restore(s.schema);
      }
      const forked = await bootLedger(await envFor(old.dataDir, restoredSchema));
      cleanups.push(() => forked.close());
      expect((await request(forked.http).get('/v1/ledger/key')).body.vkey).toBe(vkey);

      const rollback = await witnessOnce(forked);
      expect(rollback.code).toBe(3);
      expect(rollback.err).toMatch(
        /ALARM rollback: The ledger now shows \d+ entries, but this witness already cosigned \d+/,
      );

      await forked.append(
        STREAM,
        Array.from({ length: honestCp.size - oldSize }, (_, i) => `rewritten ${i}`),
      );
      // The forked instance seals once the restored lease of the old instance has expired.
      const forkCp = await eventually(
        async () => {
          const cp = await checkpoint(forked);
          expect(cp.size).toBe(honestCp.size);
          return cp;
        },
        { timeoutMs: 60_000, intervalMs: 250 },
      );
      expect(forkCp.root).not.toBe(honestCp.root);
      const fork = await witnessOnce(forked);
      expect(fork.code).toBe(3);
      expect(fork.err).toMatch(/ALARM fork: The ledger shows a different history at \d+ entries/);

      await forked.append(STREAM, ['rewritten more']);
      await checkpoint(forked);
      const inconsistent = await witnessOnce(forked);
      expect(inconsistent.code).toBe(3);
      expect(inconsistent.err).toMatch(/ALARM inconsistent: .*does not extend/);

      // The record a panel can show: `ledger witness status` and the alarm files.
      const status = await ledgerCli(['witness', 'status', '--state', wdir]);
      expect(status.code).toBe(3);
      expect(status.out).toMatch(/3 alarm\(s\):[\s\S]*ROLLBACK[\s\S]*FORK[\s\S]*INCONSISTENT/);
      expect(JSON.parse(readFileSync(join(wdir, 'state.json'), 'utf8'))).toMatchObject({
        size: honestCp.size,
        root: honestCp.root,
      });

      // The panel's cosignature of the honest checkpoint, pasted onto the fork, is refused.
      const honestNote = (await request(honest.http).get(`/v1/ledger/checkpoints/${honestCp.size}`)).body
        .note as string;
      expect((await request(forked.http).post('/v1/ledger/cosignatures').send({ checkpoint: honestNote })).status).toBe(
        409,
      );

      // Exports: the fork's fails when a witness is required; the honest one passes.
      const forkedExport = await exportOf(forked);
      const forkedReport = await verifyWitnessed(forkedExport);
      expect(forkedReport.ok).toBe(false);
      expect(forkedReport.failures[0]).toMatch(/none of the witnesses you gave; you require 1/);
      expect((await verifyExport(Readable.from([Buffer.from(forkedExport)]), { trustedKeys: [vkey] })).ok).toBe(true);
      const [head, ...rest] = forkedExport.split('\n');
      const panelLine = honestNote.split('\n').find((l) => l.startsWith(`\u2014 ${panel.name} `));
      const grafted = [
        JSON.stringify({ ...JSON.parse(head), checkpoint: `${JSON.parse(head).checkpoint}${panelLine}\n` }),
        ...rest,
      ].join('\n');
      const graftedReport = await verifyWitnessed(grafted);
      expect(graftedReport.ok).toBe(false);
      expect(graftedReport.failures[0]).toMatch(/does not match the checkpoint/);

      const honestExport = await exportOf(honest);
      const honestReport = await verifyWitnessed(honestExport);
      expect(honestReport.failures).toEqual([]);
      expect(honestReport.witnessedBy).toEqual([expect.objectContaining({ name: panel.name })]);
      const file = join(root, 'honest.jsonl');
      writeFileSync(file, honestExport);
      const cli = await ledgerCli([
        'verify',
        file,
        '--key',
        vkey,
        '--witness',
        panel.vkey,
        '--witnesses-required',
        '1',
      ]);
      expect(cli.code).toBe(0);
      expect(cli.out).toMatch(/Witnessed by panel\.kent\.example\/witness at \d{4}-/);
      writeFileSync(file, forkedExport);
      expect(
        (await ledgerCli(['verify', file, '--key', vkey, '--witness', panel.vkey, '--witnesses-required', '1'])).code,
      ).toBe(1);

      // Asked for its newest witnessed checkpoint, the fork can only prove what the panel saw before the backup.
      const witnessedFork = await exportOf(forked, { witnessed: 'true' });
      const r = await verifyWitnessed(witnessedFork);
      expect(r.failures).toEqual([]);
      expect(Number(r.treeSize)).toBeLessThanOrEqual(oldSize);
      const entries = witnessedFork
        .split('\n')
        .filter((l) => l.includes('"type":"event"'))
        .map((l) => Buffer.from(JSON.parse(l).entry, 'base64').toString());
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.filter((e) => e.includes('rewritten'))).toEqual([]);
    });
  });
});
