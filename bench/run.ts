/**
 * npm run bench — the goals of issue 19 (P1–P8) in one run, each beside the limit this
 * machine showed in the same round, and side by side with Emmett (the closest TypeScript
 * peer); written to docs/benchmarks.md and bench/results/<date>.json.
 *
 *   npm run bench                  standard run: 3 rounds, the large-log workloads at 1M events
 *   npm run bench -- --quick       smoke run, under 2 minutes, small sizes: not the standard run
 *   npm run bench -- --help        every option
 *
 * Method: every round first takes the probes (bench/probes.ts: fsync, SHA-256, JSON.parse, raw
 * SQLite reads and inserts, a bare PostgreSQL commit, bare Node http, a streaming writer), then
 * runs each comparative workload product (A) and peer (B) in turn, each in a child process of
 * its own. A last probe round precedes the single-run workloads: HTTP (P6) and the large cached
 * log (P4, P5, P7), each measured at its real size and never extrapolated.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { Client } from 'pg';
import { pairs, runSide, summarise, type Pair, type Run } from './comparative';
import { evaluateGoals, type Figures } from './goals';
import { benchHttp, type HttpBenchResult } from './http.bench';
import { lastJson, PEERS, ROOT, runChild, runJsonChild } from './lib/child';
import { parseOptions, type Mode, type Options } from './options';
import type { ProbeResult } from './probes';
import { hotSpots, type HotSpots } from './profile';
import { renderMarkdown, type Results } from './report';
import { ensureLogInChild, runScale, type ScaleResults } from './scale-run';
import { scaleLogPaths } from './scale-log';

const log = (s: string) => process.stderr.write(`${s}\n`);
const round2 = (xs: number[]) => xs.map((x) => Math.round(x * 100) / 100);

async function postgresInfo(url: string): Promise<string | null> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    const show = async (k: string) => Object.values((await c.query(`SHOW ${k}`)).rows[0] as Record<string, string>)[0];
    return `${await show('server_version')} (fsync ${await show('fsync')}, synchronous_commit ${await show('synchronous_commit')})`;
  } catch {
    return null;
  } finally {
    await c.end().catch(() => undefined);
  }
}

function ensurePeers(): boolean {
  if (existsSync(join(PEERS, 'node_modules', '@event-driven-io', 'emmett-sqlite'))) return true;
  log(
    'installing the peer (Emmett) into bench/peers/node_modules: npm ci --prefix bench/peers (sqlite3 builds natively, a few minutes the first time)',
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return (
    spawnSync(npm, ['ci', '--prefix', PEERS, '--legacy-peer-deps', '--no-audit', '--no-fund'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    }).status === 0
  );
}

function peerVersions(): Results['peer'] {
  const v = (dir: string) =>
    (JSON.parse(readFileSync(join(PEERS, 'node_modules', dir, 'package.json'), 'utf8')) as { version: string }).version;
  const versions = Object.fromEntries(
    ['emmett', 'emmett-sqlite', 'emmett-postgresql', 'pongo', 'dumbo'].map((n) => [n, v(`@event-driven-io/${n}`)]),
  );
  return { name: 'Emmett', versions, sqlite3: v('sqlite3') };
}

interface Ctx {
  opts: Options;
  mode: Mode;
  pgUrl: string | null;
  peers: boolean;
  notes: string[];
  step: (s: string) => void;
}

async function probeRound(ctx: Ctx, label: string): Promise<ProbeResult | null> {
  ctx.step(`probes (${label})`);
  const spec = {
    quick: ctx.mode.name === 'quick',
    fsyncs: ctx.mode.fsyncs,
    scaleLogFile: scaleLogPaths(ctx.mode.scaleEvents).file,
    pgUrl: ctx.pgUrl,
    exportLineBytes: ctx.mode.scaleEvents >= 1_000_000 ? 2400 : 2200,
    http: ctx.opts.http,
  };
  try {
    return (await runJsonChild('bench/probes.ts', [JSON.stringify(spec)])) as unknown as ProbeResult;
  } catch (e) {
    ctx.notes.push(`The probes (${label}) failed: ${String((e as Error).message ?? e)}`);
    return null;
  }
}

async function rounds(
  ctx: Ctx,
  plan: Pair[],
): Promise<{ runs: Run[]; probes: { round: number; probes: ProbeResult }[] }> {
  const runs: Run[] = [];
  const probes: { round: number; probes: ProbeResult }[] = [];
  for (let round = 1; round <= ctx.mode.rounds; round++) {
    const p = await probeRound(ctx, `round ${round}`);
    if (p) probes.push({ round, probes: p });
    for (const pair of plan) {
      ctx.step(`round ${round}/${ctx.mode.rounds} ${pair.id} product`);
      runs.push(await runSide(pair, 'product', round, ctx.opts.databaseUrl));
      if (ctx.peers && !pair.peerUnsupported) {
        ctx.step(`round ${round}/${ctx.mode.rounds} ${pair.id} Emmett`);
        runs.push(await runSide(pair, 'peer', round, ctx.opts.databaseUrl));
      }
    }
  }
  return { runs, probes };
}

/** One reference run of Emmett's SQLite defaults, so the "not supported" row is evidence, not assertion. */
async function emmettDefaults(ctx: Ctx): Promise<Results['emmettSqliteDefaults']> {
  if (!ctx.peers || ctx.mode.name === 'quick') return null;
  ctx.step("Emmett's SQLite defaults (reference)");
  const spec = (writers: number) =>
    JSON.stringify({
      kind: 'append',
      backend: 'sqlite',
      perOperation: true,
      writers,
      seconds: Math.min(2, ctx.mode.appendSeconds),
      streams: ctx.mode.streams,
    });
  const r16 = lastJson((await runChild([join(PEERS, 'workload.mjs'), spec(16)], {}, PEERS)).out);
  const r1 = lastJson((await runChild([join(PEERS, 'workload.mjs'), spec(1)], {}, PEERS)).out);
  return {
    oneWriterEventsPerSecond: r1?.ok ? (r1.eventsPerSecond as number) : null,
    sixteenWriters: r16?.ok ? `ran: ${r16.eventsPerSecond} events/s` : `failed: ${String(r16?.error ?? 'no output')}`,
  };
}

async function http(
  ctx: Ctx,
): Promise<{ result: HttpBenchResult | null; error: string | null; profile: HotSpots | null }> {
  if (!ctx.opts.http) return { result: null, error: 'skipped (--no-http)', profile: null };
  const built = existsSync(join(ROOT, 'dist/apps/api/src/main.js'));
  const build = ctx.opts.build ?? !(ctx.mode.name === 'quick' && built);
  if (build) {
    ctx.step('nest build api');
    const b = spawnSync(process.execPath, [join(ROOT, 'node_modules/@nestjs/cli/bin/nest.js'), 'build', 'api'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (b.status !== 0)
      return { result: null, error: `nest build api failed: ${(b.stderr || b.stdout).slice(-300)}`, profile: null };
  } else
    ctx.notes.push('The HTTP run used the API already built in dist/ (--quick does not rebuild it; pass --build to).');
  const plan = { registers: ctx.mode.httpRegisters, decisionsPerRegister: ctx.mode.httpDecisionsPerRegister };
  ctx.step(`HTTP, 64 connections, ${ctx.mode.httpSeconds} s`);
  let result: HttpBenchResult | null = null;
  try {
    result = await benchHttp({ seconds: ctx.mode.httpSeconds, plan });
  } catch (e) {
    return { result: null, error: String((e as Error).message ?? e), profile: null };
  }
  if (!(ctx.opts.profile ?? ctx.mode.name !== 'quick')) return { result, error: null, profile: null };
  ctx.step('HTTP again, server profiled during the load only');
  const dir = mkdtempSync(join(tmpdir(), 'ledger-cpuprof-'));
  try {
    await benchHttp({ seconds: Math.min(10, ctx.mode.httpSeconds), plan, profileDir: dir });
    const f = join(dir, 'server.cpuprofile');
    return { result, error: null, profile: existsSync(f) ? hotSpots(f) : null };
  } catch (e) {
    ctx.notes.push(`The profiled HTTP run failed: ${String((e as Error).message ?? e)}`);
    return { result, error: null, profile: null };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function figures(
  summary: ReturnType<typeof summarise>,
  runs: Run[],
  roundProbes: { round: number; probes: ProbeResult }[],
  last: ProbeResult | null,
  h: HttpBenchResult | null,
  s: ScaleResults | null,
): Figures {
  const appendRounds: Figures['appendRounds'] = {};
  for (const r of runs) {
    const p = roundProbes.find((x) => x.round === r.round)?.probes;
    if (r.side !== 'product' || !r.ok || !p || !r.pair.startsWith('append-')) continue;
    (appendRounds[r.pair] ??= []).push({ value: r.metrics.eventsPerSecond, probes: p });
  }
  const reads: Figures['reads'] = {};
  for (const c of summary)
    for (const m of c.metrics)
      if (c.id.startsWith('read-')) reads[`${c.id}:${m.key}`] = { product: m.product, peer: m.peer };
  return {
    appendRounds,
    reads,
    probes: last,
    http: h,
    rebuild: s?.rebuild
      ? { eventsPerSecond: s.rebuild.eventsPerSecond, peakRssMb: s.rebuild.peakRssMb, events: s.events }
      : null,
    exported: s?.exported
      ? {
          seconds: s.exported.seconds,
          peakRssMb: s.exported.peakRssMb,
          events: s.exported.events,
          lineBytes: s.exported.lineBytes,
        }
      : null,
    verified: s?.verified
      ? { seconds: s.verified.seconds, peakRssMb: s.verified.peakRssMb, ok: s.verified.ok, failure: s.verified.failure }
      : null,
    asAt: s?.asAt ? { p99: s.asAt.asAtP99, logEvents: s.events, queries: s.asAt.queries } : null,
  };
}

function write(results: Results, mode: Mode, writeDocs: boolean): void {
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  const date = results.date.slice(0, 10);
  const suffix = mode.name === 'quick' ? '-quick' : '';
  const jsonFile = join(ROOT, 'bench', 'results', `${date}${suffix}.json`);
  writeFileSync(jsonFile, JSON.stringify(results, null, 2) + '\n');
  const md = renderMarkdown(results);
  const docs = mode.name !== 'quick' || writeDocs;
  const mdFile = docs ? join(ROOT, 'docs', 'benchmarks.md') : join(ROOT, 'bench', 'results', `${date}-quick.md`);
  writeFileSync(mdFile, md);
  process.stdout.write(md.split('\n## Method')[0] + '\n');
  log(
    `wrote ${jsonFile.replace(ROOT + '/', '')} and ${mdFile.replace(ROOT + '/', '')} in ${results.durationSeconds} s`,
  );
}

async function main(): Promise<void> {
  const { opts, mode } = parseOptions();
  const startedAt = new Date();
  const loadAtStart = loadavg();
  const notes: string[] = [];
  const pg = opts.postgres ? await postgresInfo(opts.databaseUrl) : null;
  if (opts.postgres && !pg)
    notes.push(
      `PostgreSQL was not reachable at ${opts.databaseUrl.replace(/\/\/[^@]*@/, '//')}: its rows were skipped.`,
    );
  const peers = opts.peers ? ensurePeers() : false;
  if (opts.peers && !peers) notes.push('The peer could not be installed into bench/peers: its columns are empty.');
  const plan = pairs(Boolean(pg), mode);
  const bar = new SingleBar(
    {
      format: 'bench {bar} {value} steps | {step} | elapsed {duration_formatted}',
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  bar.start(1000, 0, { step: 'start' });
  const ctx: Ctx = {
    opts,
    mode,
    pgUrl: pg ? opts.databaseUrl : null,
    peers,
    notes,
    step: (s) =>
      process.stderr.isTTY ? bar.increment(1, { step: s }) : log(`${new Date().toISOString().slice(11, 19)} ${s}`),
  };
  // The probes read the large log, so it must exist before the first round.
  const generated = await ensureLogInChild(mode.scaleEvents, ctx.step);
  const { runs, probes } = await rounds(ctx, plan);
  const emmettSqliteDefaults = await emmettDefaults(ctx);
  const lastProbes = await probeRound(ctx, 'before the single-run workloads');
  const h = await http(ctx);
  const scale = await runScale(mode.scaleEvents, mode.asAtQueries, ctx.step).catch(
    (e) => (notes.push(`Large-log workloads failed: ${String((e as Error).message ?? e)}`), null),
  );
  if (scale) scale.generatedThisRun = generated;
  bar.stop();
  const summary = summarise(plan, runs);
  const appendBasis = `median of ${mode.rounds} run${mode.rounds > 1 ? 's' : ''} of ${mode.appendSeconds} s`;
  const httpBasis = h.result ? `one run, ${mode.httpSeconds} s, 64 connections` : (h.error ?? 'skipped');
  const goals = evaluateGoals(figures(summary, runs, probes, lastProbes, h.result, scale), {
    append: appendBasis,
    http: httpBasis,
  });
  const results: Results = {
    date: startedAt.toISOString(),
    mode: mode.name,
    settings: mode,
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      postgres: pg ?? 'not reachable',
      loadAverageAtStart: round2(loadAtStart),
      loadAverageAtEnd: round2(loadavg()),
    },
    peer: peers ? peerVersions() : null,
    durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    probes: [
      ...probes.map((p) => ({ label: `round ${p.round}`, ...p.probes })),
      ...(lastProbes ? [{ label: 'before the single-run workloads', ...lastProbes }] : []),
    ],
    comparative: summary,
    runs,
    emmettSqliteDefaults,
    http: h.result,
    httpError: h.error,
    httpProfile: h.profile,
    scale,
    goals,
    notes,
  };
  write(results, mode, Boolean(opts.writeDocs));
}

main().catch((e) => {
  process.stderr.write(`\n${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
