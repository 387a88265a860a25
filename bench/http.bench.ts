/**
 * npm run bench:http — P6: autocannon against the built API on the embedded SQLite store,
 * 64 connections, half new cases and half acts on existing cases (bench/http-workload.ts).
 * Samples projection lag from /health/ready and the server's peak RSS while the load runs.
 * With `profileDir`, the server runs with a preloaded hook (bench/lib/cpu-prof-hook.cjs) and
 * is profiled from just before the first timed request to the last, so start-up and set-up
 * are left out.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ApiKeyStore, loadConfig, openSqlDb } from '../libs/governance/src';
import { vmHwmMb } from './lib/child';
import { mixedRequests, prepareRegisters, type MixPlan } from './http-workload';

export interface HttpBenchResult {
  seconds: number;
  connections: number;
  mix: string;
  requests: number;
  commandsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  maxProjectionLagEvents: number | null;
  /** Largest lagSeconds any projection reported in /health/ready while the load ran. */
  maxProjectionLagSeconds: number | null;
  serverPeakRssMb: number | null;
}

export interface HttpBenchOptions {
  seconds: number;
  connections?: number;
  plan?: MixPlan;
  /** Profile the server during the timed load only, into this folder (server.cpuprofile). */
  profileDir?: string;
}

/** The largest value of `key` anywhere in a /health/ready body (each projection reports its own). */
function maxOf(health: unknown, keys: string[]): number | null {
  let max: number | null = null;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (keys.includes(k) && typeof x === 'number') max = Math.max(max ?? 0, x);
        else walk(x);
      }
  };
  walk(health);
  return max;
}

async function waitLive(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/health/live`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('API did not start');
}

async function startServer(env: NodeJS.ProcessEnv, profileDir?: string): Promise<ChildProcess> {
  const hook = profileDir ? ['-r', resolve(__dirname, 'lib/cpu-prof-hook.cjs')] : [];
  const main = resolve(__dirname, '../dist/apps/api/src/main.js');
  return spawn(process.execPath, [...hook, main], {
    env: { ...env, ...(profileDir ? { BENCH_CPU_PROF: profileDir } : {}) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function stopProfile(profileDir: string): Promise<void> {
  writeFileSync(join(profileDir, 'stop'), '');
  const file = join(profileDir, 'server.cpuprofile');
  for (let i = 0; i < 200 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
}

function sampler(url: string, pid: number | undefined) {
  const s = { lag: null as number | null, lagSeconds: null as number | null, peakRss: 0 };
  const timer = setInterval(async () => {
    if (pid) s.peakRss = Math.max(s.peakRss, vmHwmMb(pid) ?? 0);
    try {
      const h = await (await fetch(`${url}/health/ready`)).json();
      const lag = maxOf(h, ['lagEvents', 'maxLagEvents']);
      if (lag !== null) s.lag = Math.max(s.lag ?? 0, lag);
      const secs = maxOf(h, ['lagSeconds']);
      if (secs !== null) s.lagSeconds = Math.max(s.lagSeconds ?? 0, secs);
    } catch {
      /* sampling is best effort */
    }
  }, 250);
  return { s, stop: () => clearInterval(timer) };
}

export async function benchHttp(o: HttpBenchOptions): Promise<HttpBenchResult> {
  const connections = o.connections ?? 64;
  const plan = o.plan ?? { registers: 512, decisionsPerRegister: 10 };
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-http-bench-'));
  const port = 3900 + Math.floor(Math.random() * 90);
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    LOAD_DEMO: 'false',
    THROTTLE_LIMIT: '10000000',
    STORE: 'sqlite',
  };
  const db = await openSqlDb(loadConfig(env));
  const keys = new ApiKeyStore(db);
  await keys.init();
  const { token } = await keys.create({ name: 'Bench PCC office', role: 'pcc-office', forceArea: 'kent' });
  await db.close();
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const server = await startServer(env, o.profileDir);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitLive(url);
    await prepareRegisters(url, plan, headers);
    const sample = sampler(url, server.pid);
    if (o.profileDir) {
      // The hook polls every 20 ms: give it that long so the first timed request is in the profile.
      writeFileSync(join(o.profileDir, 'start'), '');
      await new Promise((r) => setTimeout(r, 50));
    }
    const r = await autocannon({ url, connections, duration: o.seconds, requests: mixedRequests(plan, headers) });
    if (o.profileDir) await stopProfile(o.profileDir);
    sample.stop();
    return {
      seconds: o.seconds,
      connections,
      mix: `half RequestReport (a new case each), half RecordDecision on ${plan.registers} registers holding ${plan.decisionsPerRegister}+ decisions each`,
      requests: r.requests.total,
      commandsPerSecond: Math.round(r['2xx'] / o.seconds),
      p50: r.latency.p50,
      p99: r.latency.p99,
      non2xx: r.non2xx,
      errors: r.errors,
      timeouts: r.timeouts,
      maxProjectionLagEvents: sample.s.lag,
      maxProjectionLagSeconds: sample.s.lagSeconds,
      serverPeakRssMb: sample.s.peakRss ? Math.round(sample.s.peakRss) : null,
    };
  } finally {
    // An exit that already happened fires no event: waiting for one would leave nothing to keep the bench alive.
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchHttp({ seconds: Number(process.env.BENCH_SECONDS ?? 20) })
    .then((r) => console.table([r]))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
