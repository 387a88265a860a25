/**
 * The shipped `ledger` command, run as an operator runs it: the build's main.js under plain node,
 * configured only by its environment, timed from outside (start-up, opening the stores and any
 * relaunch included). Rebuild, export and verify are measured this way so that their time and
 * peak RSS are the command's own, not those of a bench script calling the same libraries.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runChild } from './child';

const LEDGER_MAIN = join(ROOT, 'dist', 'apps', 'cli', 'src', 'main.js');
const GNU_TIME = '/usr/bin/time';

/** Builds the CLI (nest build cli, as `npm run build` does). */
export function buildLedgerCli(): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', '.bin', 'nest'), 'build', 'cli'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export interface LedgerRun {
  ok: boolean;
  seconds: number;
  /** The largest process of the command's tree (`ledger export` relaunches itself with node flags). */
  peakRssMb: number | null;
  out: string;
  err: string;
}

/**
 * The environment of a SQLite deployment whose one file is DATA_DIR/ledger.sqlite. Whatever the
 * bench itself was started with (a DATABASE_URL for the PostgreSQL workloads, tsx's loader in
 * NODE_OPTIONS) is cleared, so it cannot move a table or load a transpiler.
 */
export function sqliteDeployment(dataDir: string, keyFile: string, origin: string): NodeJS.ProcessEnv {
  return {
    STORE: 'sqlite',
    DATA_DIR: dataDir,
    SIGNING_KEY_PATH: keyFile,
    LEDGER_ORIGIN: origin,
    DATABASE_URL: '',
    READ_MODEL_URL: '',
    EVENTSTORE_URL: '',
    NODE_OPTIONS: '',
    LOG_LEVEL: 'warn',
  };
}

/**
 * Runs `ledger ARGS`. Under GNU time, whose maximum resident set size is that of the largest
 * process it waited for, children included; without it, the polled high-water mark of the
 * direct child, which misses a relaunched child's memory.
 */
export async function runLedger(args: string[], env: NodeJS.ProcessEnv): Promise<LedgerRun> {
  if (!existsSync(GNU_TIME)) {
    const r = await runChild([LEDGER_MAIN, ...args], env);
    return { ok: r.ok, seconds: r.seconds, peakRssMb: r.polledPeakRssMb, out: r.out, err: r.err };
  }
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-time-'));
  const report = join(dir, 'rss');
  try {
    const r = await runChild(['-f', '%M', '-o', report, process.execPath, LEDGER_MAIN, ...args], env, ROOT, GNU_TIME);
    const kib = Number(readFileSync(report, 'utf8').trim().split('\n').pop());
    const peakRssMb = Number.isFinite(kib) ? Math.round(kib / 1024) : null;
    return { ok: r.ok, seconds: r.seconds, peakRssMb, out: r.out, err: r.err };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Throws with the command's last words unless it succeeded. */
export function succeeded(what: string, r: LedgerRun): LedgerRun {
  if (!r.ok) throw new Error(`${what}: ${(r.err || r.out).trim().split('\n').slice(-5).join(' ')}`.slice(0, 600));
  return r;
}
