/**
 * The `ledger` CLI, driven in-process as `ledger <args>` would run it: keys, demo, export
 * and verify, each test against a fresh SQLite data dir of its own.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportKentOffice, keyNamedIn, ledgerCli } from './helpers/cli';

async function ledger(args: string[]): Promise<{ out: string; code: number }> {
  const r = await ledgerCli(args);
  return { out: r.all, code: r.code };
}

describe('ledger CLI', () => {
  const dirs: string[] = [];
  const saved = { ...process.env };
  /** A data dir of the test's own, so that no test reads what another wrote. */
  const ownDataDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-'));
    dirs.push(dir);
    process.env.DATA_DIR = dir;
    return dir;
  };
  beforeAll(() => Object.assign(process.env, { STORE: 'sqlite', LOG_LEVEL: 'silent' }));
  afterAll(() => {
    process.env = saved;
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('creates and lists keys, printing the secret once', async () => {
    ownDataDir();
    const created = await ledger([
      'keys',
      'create',
      '--name',
      'Kent OPCC',
      '--role',
      'pcc-office',
      '--force-area',
      'kent',
    ]);
    expect(created.code).toBe(0);
    expect(created.out).toMatch(
      /for Kent OPCC: Office of the Police and Crime Commissioner \(pcc-office\) in Kent, acting for Kent Police and Crime Commissioner \(kent-pcc\)\./,
    );
    const token = created.out.split('\n').find((l) => l.startsWith('glk_'))!;
    expect(token).toMatch(/^glk_[0-9a-f-]{36}_[A-Za-z0-9_-]{43}$/);
    const listed = await ledger(['keys', 'list']);
    expect(listed.out).toContain('Kent OPCC');
    // The secret is everything after the id; base64url secrets may themselves hold '_'.
    expect(listed.out).not.toContain(token.split('_').slice(2).join('_'));
  });

  it('loads the demo into an empty store only, then exports a case that verifies', async () => {
    const dir = ownDataDir();
    const loaded = await ledger(['demo']);
    expect(loaded.code).toBe(0);
    expect(loaded.out).toMatch(/Loaded \d+ events/);
    const again = await ledger(['demo']);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/not empty/);
    const file = join(dir, 'office.jsonl');
    const exported = await ledger(exportKentOffice(file));
    expect(exported.code).toBe(0);
    const verified = await ledger(['verify', file, '--key', keyNamedIn(file)]);
    expect(verified.out).toMatch(/^OK: 3 events verified/m);
    expect(verified.code).toBe(0);
    // The event lines are checked on worker threads: a changed entry still fails there.
    const tampered = join(dir, 'tampered.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = JSON.parse(lines[1]) as { entry: string };
    const entry = Buffer.from(line.entry, 'base64').toString('utf8');
    expect(entry).toContain('kent');
    lines[1] = JSON.stringify({ ...line, entry: Buffer.from(entry.replace('kent', 'essex')).toString('base64') });
    writeFileSync(tampered, lines.join('\n'));
    const refused = await ledger(['verify', tampered, '--key', keyNamedIn(file), '--threads', '2']);
    expect(refused.code).toBe(1);
    expect(refused.out).not.toMatch(/^OK/m);
  });

  it('exports a date range from the sealed rows: the same events as reading the log, and it verifies', async () => {
    const dir = ownDataDir();
    expect((await ledger(['demo'])).code).toBe(0);
    const range = ['export', '--from', '2012-01-01', '--to', '2014-12-31', '--no-progress'];
    const rows = join(dir, 'range.jsonl');
    const read = join(dir, 'range-read.jsonl');
    expect((await ledger([...range, '--out', rows])).code).toBe(0);
    // --disclose needs each event, so that export reads the log instead of the sealed rows.
    expect((await ledger([...range, '--disclose', '--out', read])).code).toBe(0);
    const leaves = (f: string) => [...readFileSync(f, 'utf8').matchAll(/"leafIndex":(\d+)/g)].map((m) => m[1]);
    expect(leaves(rows).length).toBeGreaterThan(10);
    expect(leaves(rows)).toEqual(leaves(read));
    const verified = await ledger(['verify', rows, '--key', keyNamedIn(rows)]);
    expect(verified.out).toMatch(new RegExp(`^OK: ${leaves(rows).length} events verified`, 'm'));
  });

  it('replays a case for a committee in plain words: labels, long dates, no codes or JSON', async () => {
    ownDataDir();
    expect((await ledger(['demo'])).code).toBe(0);
    const vetoed = await ledger(['replay', '--stream', 'precept-cycle:synthetic-northshire-2014-15']);
    expect(vetoed.code).toBe(0);
    const lines = vetoed.out.split('\n');
    expect(lines[0]).toBe('Precept (the police part of council tax): Synthetic Northshire 2014-15');
    expect(lines[1]).toMatch(/^Status: Precept issued \(as now recorded\)\.$/);
    expect(vetoed.out).toMatch(/^\d{1,2} February 2014 {2}Vetoed by \d+ of \d+ members \(\d+ needed\)/m);
    expect(vetoed.out).toMatch(/^ {4}Who: .+, Police and Crime Panel secretariat, for /m);
    // Each Act is named in full the first time it is cited.
    expect(vetoed.out).toContain('Police Reform and Social Responsibility Act 2011 (PRSRA 2011)');
    // No event type codes, command names, role slugs, ISO dates or JSON.
    expect(vetoed.out).not.toMatch(
      /PreceptVetoed|NotifyProposedPrecept|panel-secretariat|\d{4}-\d{2}-\d{2}|[{}"]|\bnull\b/,
    );

    const corrected = await ledger([
      'replay',
      '--stream',
      'commissioner-office:kent-2012',
      '--recorded-on',
      '2030-01-01',
    ]);
    expect(corrected.code).toBe(0);
    expect(corrected.out).toMatch(/Correction: .+ was recorded as .+ and is corrected to .+\./);
    expect(corrected.out).toMatch(/^ {4}Corrected later: Correction: /m);
    expect(corrected.out).toContain('as recorded on 1 January 2030');
    expect(corrected.out).not.toMatch(/RecordCorrected|ElectionHeld|[{}"]/);

    const missing = await ledger(['replay', '--stream', 'precept-cycle:nowhere-2099', '--as-at', '2014-02-01']);
    expect(missing.out).toBe('No case precept-cycle:nowhere-2099 is on record as at 1 February 2014.\n');
  });

  it('erases a complainant and records PersonalDataErased in the complaint', async () => {
    const dir = ownDataDir();
    expect((await ledger(['demo'])).code).toBe(0);
    const { SqliteEventStore } = await import('../libs/event-store/src/sqlite');
    const read = async () => {
      const store = await SqliteEventStore.open({ file: join(dir, 'ledger.sqlite') });
      const all = [];
      for await (const e of store.readAll()) all.push(e);
      await store.close();
      return all;
    };
    const received = (await read()).find((e) => e.type === 'ComplaintReceived')!;
    const subject = (received.data.complainant as { subjectId: string }).subjectId;
    const erase = ['erase', '--subject', subject, '--reason', 'Retention period ended'];
    const authority = ['--authority', 'UK GDPR art 17(1)(a)'];
    // Without --yes the erasure is refused: it cannot be undone.
    const refused = await ledger([...erase, ...authority]).catch((e: Error) => ({ out: e.message, code: 1 }));
    expect(refused.code).not.toBe(0);
    const done = await ledger([...erase, ...authority, '--yes']);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/recorded it in complaint:/);
    const erased = (await read()).filter((e) => e.type === 'PersonalDataErased' && e.stream === received.stream);
    expect(erased).toHaveLength(1);
    expect(erased[0].data).toMatchObject({
      subjectId: subject,
      authority: 'UK GDPR art 17(1)(a)',
      reason: 'Retention period ended',
    });
    expect(erased[0].metadata.actor).toMatchObject({ role: 'admin', id: 'ledger-cli' });
  });
});
