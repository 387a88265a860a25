/**
 * The single-file verifier needs nothing but Node: copied alone into an empty folder,
 * run by the real `node` binary on an export the CLI made, it accepts the export and
 * rejects it after any one-byte change, the header included.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogSigner } from '@ledger/audit';
import { exportKentOffice, ledgerCli } from './helpers/cli';

async function ledger(args: string[]): Promise<string> {
  const r = await ledgerCli(args);
  expect(r.code).toBe(0);
  return r.all;
}

/** `node verify-ledger.mjs ...` in `cwd`, with no PATH and no NODE_PATH to lean on. */
function runNode(cwd: string, args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, args, { cwd, env: { LANG: 'C.UTF-8' }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the single-file verifier, alone with Node', () => {
  const data = mkdtempSync(join(tmpdir(), 'ledger-single-data-'));
  const empty = mkdtempSync(join(tmpdir(), 'ledger-single-empty-'));
  const saved = { ...process.env };
  let vkey: string;
  let fingerprint: string;
  let evidence: string;

  beforeAll(async () => {
    Object.assign(process.env, { DATA_DIR: data, STORE: 'sqlite', LOG_LEVEL: 'silent' });
    await ledger(['demo']);
    mkdirSync(join(data, 'out'));
    const said = await ledger(exportKentOffice(join(data, 'out', 'case.jsonl'), '--no-progress'));
    expect(said).toMatch(/Wrote verify-ledger\.mjs beside it/);
    // The export seals the log, creating the signing key on first use.
    const signer = LogSigner.parse(readFileSync(join(data, 'ledger-signing.key'), 'utf8'));
    vkey = signer.vkey;
    fingerprint = signer.fingerprint;
    await ledger([
      'export',
      '--stream',
      'commissioner-office:kent-2012',
      '--format',
      'pdf',
      '--out',
      join(data, 'out', 'case.pdf'),
      '--evidence',
      'kent-office-2012.jsonl',
      '--no-progress',
    ]);
    // The folder holds only the verifier and the files to check: no node_modules, no package.json.
    copyFileSync(join(data, 'out', 'verify-ledger.mjs'), join(empty, 'verify-ledger.mjs'));
    copyFileSync(join(data, 'out', 'case.jsonl'), join(empty, 'case.jsonl'));
    copyFileSync(join(data, 'out', 'case.pdf'), join(empty, 'case.pdf'));
    evidence = readFileSync(join(empty, 'case.jsonl'), 'utf8');
  });
  afterAll(() => {
    process.env = saved;
    rmSync(data, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  });

  it('is written beside every export the CLI makes', () => {
    expect(existsSync(join(data, 'out', 'verify-ledger.mjs'))).toBe(true);
    expect(readdirSync(empty).sort()).toEqual(['case.jsonl', 'case.pdf', 'verify-ledger.mjs']);
  });

  it('accepts the real export and prints the key fingerprint', () => {
    const r = runNode(empty, ['verify-ledger.mjs', 'case.jsonl', '--key', vkey]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^OK: \d+ events verified against checkpoint \d+ of governance-ledger\.example\/kent/m);
    expect(r.out).toContain(`key fingerprint ${fingerprint}`);
    expect(r.out).toMatch(
      /Exported: the whole case commissioner-office:kent-2012: every event of it up to the checkpoint is here/,
    );
  });

  const mutate = (name: string, edit: (lines: string[]) => string[]) => {
    const lines = evidence.trimEnd().split('\n');
    writeFileSync(join(empty, name), edit(lines).join('\n') + '\n');
    return runNode(empty, ['verify-ledger.mjs', name, '--key', vkey]);
  };
  const editHeader = (fn: (h: Record<string, unknown>) => void) => (ls: string[]) => {
    const h = JSON.parse(ls[0]);
    fn(h);
    return [JSON.stringify(h), ...ls.slice(1)];
  };

  it.each([
    [
      'the scope',
      editHeader((h) => ((h.scope as { streams: string[] }).streams = ['commissioner-office:kent-2016'])),
      /outside what the header says was exported/,
    ],
    ['the export time', editHeader((h) => (h.exportedAt = '2001-01-01T00:00:00.000Z')), /seal does not match the file/],
    [
      'the key fingerprint',
      editHeader((h) => (h.keyFingerprint = '0'.repeat(64))),
      /header gives the key fingerprint 0{64}/,
    ],
  ])('rejects an edit of %s in the header', (_what, edit, reason) => {
    const r = mutate('edited.jsonl', edit);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(reason);
  });

  it('fails, not notes, a case with its last event dropped, the count fixed and completeness denied', () => {
    const r = mutate('cut.jsonl', (ls) => {
      const h = JSON.parse(ls[0]);
      h.completeStreams = false;
      const t = JSON.parse(ls[ls.length - 1]);
      t.count -= 1;
      return [JSON.stringify(h), ...ls.slice(1, -2), JSON.stringify(t)];
    });
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(/^OK/m);
    expect(r.err).toMatch(/a case export is always whole/);
  });

  it('rejects the export after any one-byte change', () => {
    // A driver beside the file imports it as a module: one Node process for every position.
    writeFileSync(
      join(empty, 'every-byte.mjs'),
      `import { readFileSync } from 'node:fs';
import { verifyText } from './verify-ledger.mjs';
const bytes = readFileSync('case.jsonl');
const accepted = [];
for (let i = 0; i < bytes.length; i++) {
  const copy = Buffer.from(bytes);
  copy[i] ^= 0x01;
  const r = await verifyText(copy.toString('utf8'), { trustedKeys: [process.argv[2]] });
  if (r.ok) accepted.push(i);
}
const original = await verifyText(bytes.toString('utf8'), { trustedKeys: [process.argv[2]] });
console.log(JSON.stringify({ size: bytes.length, accepted, original: original.ok }));
`,
    );
    const r = runNode(empty, ['every-byte.mjs', vkey]);
    expect(r.err).toBe('');
    const result = JSON.parse(r.out) as { size: number; accepted: number[]; original: boolean };
    expect(result.original).toBe(true);
    expect(result.size).toBe(Buffer.byteLength(evidence));
    expect(result.accepted).toEqual([]);
  });

  it('says a PDF is a human view and names the JSON Lines file that carries the evidence', () => {
    const r = runNode(empty, ['verify-ledger.mjs', 'case.pdf', '--key', vkey]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/case\.pdf is a PDF file: a human view of the record/);
    expect(r.err).toMatch(/The evidence is the JSON Lines export made with it: kent-office-2012\.jsonl/);
    expect(r.err).not.toMatch(/damaged/);
  });
});
