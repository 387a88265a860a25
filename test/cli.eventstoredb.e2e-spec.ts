/**
 * The `ledger` CLI with STORE=eventstoredb, driven in-process, against EsdbTestServer (the
 * real EventStoreDB client over gRPC on loopback): demo, export (and verify), rebuild and
 * replay. The read model and the sealer's state go to the SQLite file in DATA_DIR, as the
 * API puts them when READ_MODEL_URL is unset.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EsdbTestServer } from '@ledger/event-store/eventstoredb/testing/esdb-test-server';
import { exportKentOffice, keyNamedIn, ledgerCli } from './helpers/cli';

async function ledger(args: string[]): Promise<{ out: string; code: number }> {
  const r = await ledgerCli(args);
  return { out: r.all, code: r.code };
}

describe('ledger CLI with STORE=eventstoredb', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-esdb-'));
  const saved = { ...process.env };
  let server: EsdbTestServer;
  beforeAll(async () => {
    server = await EsdbTestServer.start();
    Object.assign(process.env, {
      DATA_DIR: dir,
      STORE: 'eventstoredb',
      EVENTSTORE_URL: server.connectionString,
      LOG_LEVEL: 'silent',
    });
    delete process.env.READ_MODEL_URL;
    const loaded = await ledger(['demo']);
    expect(loaded.code).toBe(0);
  });
  afterAll(async () => {
    process.env = saved;
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports a case whose evidence verifies', async () => {
    const file = join(dir, 'office.jsonl');
    const exported = await ledger(exportKentOffice(file, '--no-progress'));
    expect(exported.out).toMatch(/Exported 3 events against checkpoint \d+/);
    expect(exported.code).toBe(0);
    const verified = await ledger(['verify', file, '--key', keyNamedIn(file)]);
    expect(verified.out).toMatch(/^OK: 3 events verified/m);
    expect(verified.code).toBe(0);
  });

  it('rebuilds the read models from the log and replays a case from them', async () => {
    const rebuilt = await ledger(['rebuild']);
    expect(rebuilt.out).toMatch(/Swapped in: .*\(generation \d+\)/);
    expect(rebuilt.code).toBe(0);
    const replayed = await ledger(['replay', '--stream', 'commissioner-office:kent-2012']);
    expect(replayed.code).toBe(0);
    expect(replayed.out).toMatch(/: Kent 2012$/m);
    expect(replayed.out).not.toMatch(/No case/);
    expect(replayed.out.split('\n').filter((l) => /^\d{1,2} [A-Z][a-z]+ \d{4} {2}/.test(l))).toHaveLength(3);
  });
});
