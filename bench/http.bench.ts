/**
 * npm run bench:http — autocannon against the built API on the embedded SQLite store:
 * 64 connections issuing commands (RequestReport, each opening a new case, so every
 * request is a distinct stream) for 20 s. Targets: ≥ 3,000 commands/s, p99 ≤ 25 ms,
 * 0 non-2xx. Also samples projection lag from /health/ready during the run.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ApiKeyStore, loadConfig, openSqlDb } from '../libs/governance/src';

export interface HttpBenchResult {
  seconds: number;
  connections: number;
  requests: number;
  commandsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  maxProjectionLagEvents: number | null;
  /** Largest lagSeconds any projection reported in /health/ready while the load ran. */
  maxProjectionLagSeconds: number | null;
  serverPeakRssMb: number | null;
}

const body = JSON.stringify({
  effectiveAt: '2013-05-01',
  areas: [{ name: 'Medway', policeAreas: ['kent'] }],
  matters: [{ description: 'Delivery of the anti-social behaviour strategy', devolvedWelshFunction: false }],
  notSatisfiedReason: 'ASB targets missed two years running',
  proportionalityReason: 'A short written report is the least burdensome way to understand the delays',
  dueOn: '2013-06-30',
});

/** The largest `lagSeconds` anywhere in a /health/ready body (each projection reports one). */
function lagSecondsOf(health: unknown): number | null {
  let max: number | null = null;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (k === 'lagSeconds' && typeof x === 'number') max = Math.max(max ?? 0, x);
        else walk(x);
      }
  };
  walk(health);
  return max;
}

async function waitReady(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/health/live`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('API did not start');
}

function lagOf(health: unknown): number | null {
  const details = (health as { details?: Record<string, Record<string, unknown>> }).details ?? {};
  let max: number | null = null;
  for (const d of Object.values(details)) {
    const lag = d.lagEvents ?? d.maxLagEvents;
    if (typeof lag === 'number') max = Math.max(max ?? 0, lag);
  }
  return max;
}

export async function benchHttp(seconds = 20, connections = 64): Promise<HttpBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-http-bench-'));
  const port = 3900 + Math.floor(Math.random() * 90);
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', LOAD_DEMO: 'false', THROTTLE_LIMIT: '10000000', STORE: 'sqlite' };
  const db = await openSqlDb(loadConfig(env));
  const keys = new ApiKeyStore(db);
  await keys.init();
  const { token } = await keys.create({ name: 'Bench PCC office', role: 'pcc-office', forceArea: 'kent' });
  await db.close();

  const server = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_CPU_PROF] : []), resolve(__dirname, '../dist/apps/api/src/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(url);
    let maxLag: number | null = null;
    let maxLagSeconds: number | null = null;
    let peakRss = 0;
    const sampler = setInterval(async () => {
      try {
        const h = await (await fetch(`${url}/health/ready`)).json();
        const lag = lagOf(h);
        if (lag !== null) maxLag = Math.max(maxLag ?? 0, lag);
        const lagSecs = lagSecondsOf(h);
        if (lagSecs !== null) maxLagSeconds = Math.max(maxLagSeconds ?? 0, lagSecs);
      } catch {
        /* sampling is best effort */
      }
      try {
        const { readFileSync } = await import('node:fs');
        const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
        const m = /VmHWM:\s+(\d+) kB/.exec(status);
        if (m) peakRss = Math.max(peakRss, Number(m[1]) / 1024);
      } catch {
        /* not on Linux */
      }
    }, 250);
    const result = await autocannon({
      url: `${url}/v1/force-areas/kent/report-requests`,
      method: 'POST',
      connections,
      duration: seconds,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    clearInterval(sampler);
    return {
      seconds,
      connections,
      requests: result.requests.total,
      commandsPerSecond: Math.round(result['2xx'] / seconds),
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      maxProjectionLagEvents: maxLag,
      maxProjectionLagSeconds: maxLagSeconds,
      serverPeakRssMb: peakRss ? Math.round(peakRss) : null,
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchHttp(Number(process.env.BENCH_SECONDS ?? 20))
    .then((r) => console.table([r]))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
