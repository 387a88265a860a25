/**
 * Two API processes on one PostgreSQL log, as docs/scaling.md runs them: they start at
 * once on an empty schema; they sign with the one key given to both (an instance with
 * another key refuses to start); when the leader is frozen (SIGSTOP) or killed (SIGKILL)
 * the other takes over projecting and sealing within the lease; and readiness reports the
 * read models falling behind meanwhile.
 */
import { LogSigner, verifyCheckpoint, parseVkey } from '@ledger/audit';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { pgUrl } from '../libs/event-store/src/testing/pg';
import { ChildApp, createKeys, startChild } from './helpers/child-app';
import { eventually } from './helpers/eventually';

const LEASE_MS = 4000;

describe('two instances on one PostgreSQL log', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-two-'));
  const schema = `two_${randomBytes(5).toString('hex')}`;
  const keyFile = join(dir, 'log-signing.key');
  const base = {
    STORE: 'postgres',
    DATABASE_URL: pgUrl(),
    DATABASE_SCHEMA: schema,
    SIGNING_KEY_PATH: keyFile,
    LEADER_LEASE_MS: String(LEASE_MS),
    READY_MAX_LAG_SECONDS: '1',
    CHECKPOINT_INTERVAL_MS: '500',
  };
  const apps: ChildApp[] = [];
  const stopped = new Set<ChildApp>();
  let failed = true;
  afterAll(async () => {
    for (const a of apps) {
      if (stopped.has(a)) a.kill('SIGCONT');
      a.kill('SIGKILL');
      await a.exited;
    }
    const c = new Client({ connectionString: pgUrl() });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
    // The instances' logs are kept when the test fails, for diagnosis.
    if (!failed) rmSync(dir, { recursive: true, force: true });
  });

  const get = async (app: ChildApp, path: string, token?: string) => {
    const res = await fetch(app.url + path, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(5000),
    });
    return { status: res.status, body: (await res.json()) as unknown };
  };
  const role = async (app: ChildApp) =>
    ((await get(app, '/health/ready')).body as { details: { projections: { role: string } } }).details.projections.role;
  const until = (what: string, ok: () => Promise<boolean>, ms: number) =>
    eventually(ok, { what, timeoutMs: ms, intervalMs: 200 });
  let n = 0;
  const record = async (app: ChildApp, token: string): Promise<string> => {
    n += 1;
    const res = await fetch(`${app.url}/v1/force-areas/kent/report-requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        effectiveAt: '2013-05-01',
        areas: [{ name: 'Medway', policeAreas: ['kent'] }],
        matters: [{ description: `Matter ${n}`, devolvedWelshFunction: false }],
        notSatisfiedReason: 'Targets missed',
        proportionalityReason: 'A short report is the least burden',
        dueOn: '2013-06-30',
      }),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { stream: string }).stream;
  };
  const projected = (app: ChildApp, stream: string, token: string) => async () =>
    (await get(app, `/v1/cases/${stream}`, token)).status === 200;

  it('start together on an empty schema, sign as one log, and replace a frozen or killed leader', async () => {
    writeFileSync(keyFile, LogSigner.generate('governance-ledger.example/kent').serialize(), { mode: 0o600 });
    // Concurrent start-up on a schema that does not exist yet.
    const [a, b] = await Promise.all(
      [0, 1].map((i) => startChild({ ...base, DATA_DIR: join(dir, `i${i}`) }, join(dir, `i${i}.log`))),
    );
    apps.push(a, b);
    const [pcc, auditor] = await createKeys(base, [
      { role: 'pcc-office', forceArea: 'kent' },
      { role: 'auditor', forceArea: 'kent' },
    ]);

    // One signing identity: both publish the log's key; an instance with its own key refuses to start.
    const vkey = ((await get(a, '/v1/ledger/key')).body as { vkey: string }).vkey;
    expect(((await get(b, '/v1/ledger/key')).body as { vkey: string }).vkey).toBe(vkey);
    const { SIGNING_KEY_PATH: _ignored, ...withoutKey } = base;
    const other = join(dir, 'other.log');
    await expect(startChild({ ...withoutKey, DATA_DIR: join(dir, 'other') }, other)).rejects.toThrow(/exited/);
    expect(readFileSync(other, 'utf8')).toMatch(/SigningKeyMismatch: this instance's signing key .* is not the log's/);

    // One leader; writes through either instance are projected.
    await until('one leader', async () => [await role(a), await role(b)].sort().join() === 'leader,standby', 20_000);
    let [leader, standby] = (await role(a)) === 'leader' ? [a, b] : [b, a];
    await until(
      'a case written via the standby is projected',
      projected(standby, await record(standby, pcc), auditor),
      20_000,
    );

    // SIGSTOP the leader: the read models fall behind (readiness says so), then the standby takes over.
    leader.kill('SIGSTOP');
    stopped.add(leader);
    const whileFrozen = await record(standby, pcc);
    await until(
      'readiness reports the read models behind',
      async () => (await get(standby, '/health/ready')).status === 503,
      LEASE_MS + 5000,
    );
    await until('the standby takes over and projects', projected(standby, whileFrozen, auditor), LEASE_MS * 3 + 10_000);
    expect(await role(standby)).toBe('leader');
    await until('ready again once caught up', async () => (await get(standby, '/health/ready')).status === 200, 10_000);

    // The old leader wakes: it has lost its lease and stands by; the new leader keeps projecting.
    leader.kill('SIGCONT');
    stopped.delete(leader);
    await until('the woken leader stands by', async () => (await role(leader)) === 'standby', LEASE_MS * 2 + 5000);
    await until(
      'a case written via the woken instance is projected',
      projected(leader, await record(leader, pcc), auditor),
      20_000,
    );
    [leader, standby] = [standby, leader];

    // SIGKILL the leader: the other takes over within the lease.
    leader.kill('SIGKILL');
    await leader.exited;
    await until(
      'the survivor takes over after a SIGKILL',
      projected(standby, await record(standby, pcc), auditor),
      LEASE_MS * 3 + 10_000,
    );
    expect(await role(standby)).toBe('leader');

    // Every checkpoint either instance sealed verifies with the one published key.
    const trusted = [parseVkey(vkey)];
    await until(
      'a checkpoint covers the log',
      async () => ((await get(standby, '/v1/ledger/checkpoints')).body as unknown[]).length > 0,
      10_000,
    );
    const checkpoints = (await get(standby, '/v1/ledger/checkpoints?limit=100')).body as Array<{ note: string }>;
    for (const cp of checkpoints) expect(() => verifyCheckpoint(cp.note, trusted)).not.toThrow();
    failed = false;
  }, 300_000);
});
