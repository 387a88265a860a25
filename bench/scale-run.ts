/**
 * The parent's side of the large-log workloads: make sure the cached log exists (generating it
 * the first time, in a child), then rebuild, as-at, readAll, export and verify, each in a child
 * of its own, all on the same log and all measured at its real size: never extrapolated. Export
 * and verify run from the build (bench/lib/compiled.ts), as `ledger export` and `ledger verify` do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChild, runJsonChild, tsxArgs } from './lib/child';
import { buildCompiledScaleBench } from './lib/compiled';
import { scaleLogPaths } from './scale-log';
import { EXPORT_NODE_FLAGS } from '../apps/cli/src/node-flags';

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

export async function runScale(events: number, asAtQueries: number, step: (s: string) => void): Promise<ScaleResults> {
  const generatedThisRun = await ensureLogInChild(events, step);
  const { file, keyFile } = scaleLogPaths(events);
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-scale-'));
  const readModel = join(dir, 'read-model.sqlite');
  const out = join(dir, 'export.jsonl');
  const errors: string[] = [];
  const size = events.toLocaleString('en-GB');
  try {
    step(`rebuild every projection from ${size} events`);
    const rb = await attempt(errors, 'rebuild', () =>
      runJsonChild('bench/scale.bench.ts', ['rebuild', file, readModel]),
    );
    step(`as-at on the 10k-event stream, ${asAtQueries} queries`);
    const aa = rb
      ? await attempt(errors, 'as-at', () =>
          runJsonChild('bench/scale.bench.ts', ['asat', file, readModel], { BENCH_ASAT_QUERIES: String(asAtQueries) }),
        )
      : null;
    step(`readAll through the port over ${size} events`);
    const ra = await attempt(errors, 'readAll', () => runJsonChild('bench/scale.bench.ts', ['readall', file]));
    step('build dist (nest build cli) to export and verify as the CLI does');
    const compiled = await attempt(errors, 'build', async () => buildCompiledScaleBench());
    step(`export ${size} events`);
    const ex = compiled
      ? await attempt(errors, 'export', () =>
          runJsonChild(compiled, ['export', file, keyFile, out], {}, [...EXPORT_NODE_FLAGS]),
        )
      : null;
    step(`verify the export of ${size} events`);
    const vr =
      compiled && ex ? await attempt(errors, 'verify', () => runJsonChild(compiled, ['verify', out, keyFile])) : null;
    return {
      events: rb ? num(rb, 'events') : events,
      cachedLog: file,
      generatedThisRun,
      rebuild: rb && {
        seconds: num(rb, 'seconds'),
        eventsPerSecond: num(rb, 'eventsPerSecond'),
        projections: rb.projections as string[],
        peakRssMb: rss(rb),
      },
      asAt: aa && {
        asAtP50: num(aa, 'asAtP50'),
        asAtP99: num(aa, 'asAtP99'),
        recordedOnP50: num(aa, 'recordedOnP50'),
        recordedOnP99: num(aa, 'recordedOnP99'),
        queries: num(aa, 'queries'),
        peakRssMb: rss(aa),
      },
      readAll: ra && { eventsPerSecond: num(ra, 'eventsPerSecond'), peakRssMb: rss(ra) },
      exported: ex && {
        seconds: num(ex, 'seconds'),
        eventsPerSecond: num(ex, 'eventsPerSecond'),
        events: num(ex, 'events'),
        bytes: num(ex, 'bytes'),
        lineBytes: num(ex, 'lineBytes'),
        peakRssMb: rss(ex),
      },
      verified: vr && {
        seconds: num(vr, 'seconds'),
        eventsPerSecond: num(vr, 'eventsPerSecond'),
        ok: vr.verifyOk === true,
        failure: (vr.failure as string | null) ?? null,
        peakRssMb: rss(vr),
      },
      errors,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
