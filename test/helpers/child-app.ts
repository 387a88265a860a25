/**
 * The API as a real child process (main.ts compiled on the fly by SWC, as in the build),
 * for tests that SIGKILL or SIGSTOP it. Output goes to a log file kept for diagnosis.
 */
import { ApiKeyStore, ApiRole, loadConfig, openSqlDb } from '@ledger/governance';
import { ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { eventually } from './eventually';

const ROOT = join(__dirname, '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ChildApp {
  url: string;
  proc: ChildProcess;
  /** Resolves when the process has exited (for any reason). */
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
}

/** Starts main.ts with `env` and waits until /health/live answers (or the process dies). */
export async function startChild(env: Record<string, string>, logFile: string, timeoutMs = 120_000): Promise<ChildApp> {
  const port = await freePort();
  const out = openSync(logFile, 'a');
  const proc = spawn(
    process.execPath,
    ['--require', join(ROOT, 'test/helpers/register-ts.js'), join(ROOT, 'apps/api/src/main.ts')],
    {
      cwd: ROOT,
      env: {
        ...(process.env as Record<string, string>),
        LOG_LEVEL: 'warn',
        LOAD_DEMO: 'false',
        HOST: '127.0.0.1',
        ...env,
        PORT: String(port),
      },
      stdio: ['ignore', out, out],
    },
  );
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  let dead = false;
  void exited.then(() => (dead = true));
  const url = `http://127.0.0.1:${port}`;
  // Not listening yet throws; an exit ends the wait at once.
  const live = async () => dead || (await fetch(`${url}/health/live`, { signal: AbortSignal.timeout(1000) })).ok;
  await eventually(live, { timeoutMs, intervalMs: 200, what: `the API live (see ${logFile})` }).catch((e: unknown) => {
    proc.kill('SIGKILL');
    throw e;
  });
  if (dead) throw new Error(`the API exited before it was live; see ${logFile}`);
  return { url, proc, exited, kill: (signal) => proc.kill(signal) };
}

/** Creates API keys in the store `env` points at, before any instance runs. */
export async function createKeys(
  env: Record<string, string>,
  keys: Array<{ role: ApiRole; forceArea: string }>,
): Promise<string[]> {
  const db = await openSqlDb(loadConfig(env));
  try {
    const store = new ApiKeyStore(db);
    await store.init();
    const out: string[] = [];
    for (const k of keys) out.push((await store.create({ name: `Test ${k.role} ${k.forceArea}`, ...k })).token);
    return out;
  } finally {
    await db.close();
  }
}
