/**
 * The parent's side of the large-log workloads: make sure the cached log exists (generating it
 * the first time, in a child), then rebuild, as-at, readAll, export and verify, each in a child
 * of its own, all on the same log and all measured at its real size: never extrapolated. Rebuild,
 * export and verify are the shipped `ledger` command from the build (bench/lib/ledger-cli.ts).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChild, runJsonChild, tsxArgs } from './lib/child';
import { buildLedgerCli, runLedger, sqliteDeployment, succeeded } from './lib/ledger-cli';
import { SCALE_ORIGIN, scaleLogPaths } from './scale-log';
import { LogSigner } from '../libs/audit/src/keys/signer';

export interface ScaleResults {
  events: number;
  cachedLog: string;
  generatedThisRun: boolean;
  rebuild: { seconds: number; eventsPerSecond: number; projections: string[]; peakRssMb: number | null } | null;
  asAt: {
    asAtP50: number;
    asAtP99: number;
    recordedOnP50: number;
    recordedOnP99: number;
    queries: number;
    peakRssMb: number | null;
  } | null;
  readAll: { eventsPerSecond: number; peakRssMb: number | null } | null;
  exported: {
    seconds: number;
    eventsPerSecond: number;
    events: number;
    bytes: number;
    lineBytes: number;
    peakRssMb: number | null;
  } | null;
  verified: {
    seconds: number;
    eventsPerSecond: number;
    ok: boolean;
    failure: string | null;
    peakRssMb: number | null;
  } | null;
  errors: string[];
}

const num = (j: Record<string, unknown>, k: string): number => Number(j[k]);
/** A child's own getrusage figure when it reports one, else the polled VmHWM. */
const rss = (j: Record<string, unknown> & { polledPeakRssMb: number | null }): number | null =>
  typeof j.peakRssMb === 'number' ? j.peakRssMb : j.polledPeakRssMb;

async function attempt<T>(errors: string[], what: string, f: () => Promise<T>): Promise<T | null> {
  try {
    return await f();
  } catch (e) {
    errors.push(`${what}: ${String((e as Error).message ?? e)}`);
    return null;
  }
}

/** Generates (first time only) the cached log in a child; returns whether it had to. */
export async function ensureLogInChild(events: number, log: (s: string) => void): Promise<boolean> {
  const paths = scaleLogPaths(events);
  const { existsSync } = await import('node:fs');
  if (existsSync(paths.file) && existsSync(paths.keyFile)) return false;
  log(
    `generating and sealing a ${events.toLocaleString('en-GB')}-event log into ${paths.file} (first run only; minutes)`,
  );
  const r = await runChild(tsxArgs('bench/scale-log.ts', String(events)));
  if (!r.ok) throw new Error(`generating the scale log failed: ${r.err.trim().split('\n').slice(-5).join(' ')}`);
  return true;
}

/** `ledger rebuild` on the copy: every projection, into the one SQLite file, as an operator runs it. */
async function cliRebuild(env: NodeJS.ProcessEnv, events: number) {
  const r = succeeded('ledger rebuild', await runLedger(['rebuild'], env));
  const swapped = /Swapped in: (.*)/.exec(r.out)?.[1] ?? '';
  const projections = [...swapped.matchAll(/([\w-]+) \(generation \d+\)/g)].map((m) => m[1]);
  return { seconds: r.seconds, eventsPerSecond: Math.round(events / r.seconds), projections, peakRssMb: r.peakRssMb };
}

/** `ledger export` of every event by the date each was recorded, then `ledger verify` of that file. */
async function cliExport(env: NodeJS.ProcessEnv, out: string) {
  const args = ['export', '--from', '2000-01-01', '--to', '2100-01-01', '--date-field', 'recordedAt'];
  const r = succeeded('ledger export', await runLedger([...args, '--out', out, '--no-progress'], env));
  const count = Number(/Exported (\d+) events/.exec(r.err)?.[1] ?? NaN);
  if (!Number.isFinite(count)) throw new Error(`ledger export did not say how many events: ${r.err.slice(-300)}`);
  const bytes = statSync(out).size;
  const eventsPerSecond = Math.round(count / r.seconds);
  return {
    seconds: r.seconds,
    eventsPerSecond,
    events: count,
    bytes,
    lineBytes: Math.round(bytes / Math.max(1, count)),
    peakRssMb: r.peakRssMb,
  };
}

async function cliVerify(env: NodeJS.ProcessEnv, out: string, vkey: string, events: number) {
  const r = await runLedger(['verify', out, '--key', vkey], env);
  const failure = r.ok ? null : ((r.err || r.out).trim().split('\n')[0] ?? 'failed');
  return {
    seconds: r.seconds,
    eventsPerSecond: Math.round(events / r.seconds),
    ok: r.ok,
    failure,
    peakRssMb: r.peakRssMb,
  };
}

export async function runScale(events: number, asAtQueries: number, step: (s: string) => void): Promise<ScaleResults> {
  const generatedThisRun = await ensureLogInChild(events, step);
  const { file, keyFile } = scaleLogPaths(events);
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-scale-'));
  // The commands work on a copy: a deployment's one file, which rebuild and export write to.
  const deployed = join(dir, 'ledger.sqlite');
  const env = sqliteDeployment(dir, keyFile, SCALE_ORIGIN);
  const out = join(dir, 'export.jsonl');
  const errors: string[] = [];
  const size = events.toLocaleString('en-GB');
  try {
    step('build dist (nest build cli) to run rebuild, export and verify as the shipped `ledger` command');
    const built = await attempt(errors, 'build', async () => buildLedgerCli());
    step(`copy the ${size}-event log to a deployment of its own`);
    const copied = await attempt(errors, 'copy', async () => copyFileSync(file, deployed));
    const ready = built !== null && copied !== null;
    step(`ledger rebuild: every projection from ${size} events`);
    const rb = ready ? await attempt(errors, 'rebuild', () => cliRebuild(env, events)) : null;
    step(`as-at on the 10k-event stream, ${asAtQueries} queries`);
    const aa = rb
      ? await attempt(errors, 'as-at', () =>
          runJsonChild('bench/scale.bench.ts', ['asat', deployed, deployed], {
            BENCH_ASAT_QUERIES: String(asAtQueries),
          }),
        )
      : null;
    step(`readAll through the port over ${size} events`);
    const ra = await attempt(errors, 'readAll', () => runJsonChild('bench/scale.bench.ts', ['readall', file]));
    step(`ledger export: ${size} events`);
    const ex = ready ? await attempt(errors, 'export', () => cliExport(env, out)) : null;
    step(`ledger verify: the export of ${size} events`);
    const vkey = LogSigner.parse(readFileSync(keyFile, 'utf8')).vkey;
    const vr = ex ? await attempt(errors, 'verify', () => cliVerify(env, out, vkey, ex.events)) : null;
    return {
      events,
      cachedLog: file,
      generatedThisRun,
      rebuild: rb,
      asAt: aa && {
        asAtP50: num(aa, 'asAtP50'),
        asAtP99: num(aa, 'asAtP99'),
        recordedOnP50: num(aa, 'recordedOnP50'),
        recordedOnP99: num(aa, 'recordedOnP99'),
        queries: num(aa, 'queries'),
        peakRssMb: rss(aa),
      },
      readAll: ra && { eventsPerSecond: num(ra, 'eventsPerSecond'), peakRssMb: rss(ra) },
      exported: ex,
      verified: vr,
      errors,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
