/** Child processes for the bench: each workload runs in its own process so its peak RSS is its own. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const PEERS = join(ROOT, 'bench', 'peers');

export interface ChildResult {
  ok: boolean;
  out: string;
  err: string;
  /** Peak RSS of the child polled from /proc (VmHWM); children that report their own maxRSS are preferred. */
  polledPeakRssMb: number | null;
  seconds: number;
}

export function vmHwmMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export function runChild(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  cwd = ROOT,
  command = process.execPath,
): Promise<ChildResult> {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let peak: number | null = null;
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const poll = setInterval(() => {
      const v = child.pid ? vmHwmMb(child.pid) : null;
      if (v !== null) peak = Math.max(peak ?? 0, v);
    }, 100);
    child.on('exit', (code) => {
      clearInterval(poll);
      done({
        ok: code === 0,
        out,
        err,
        polledPeakRssMb: peak === null ? null : Math.round(peak),
        seconds: (Date.now() - started) / 1000,
      });
    });
  });
}

/** The last line of a child's stdout that parses as a JSON object. */
export function lastJson(out: string): Record<string, unknown> | null {
  const line = out
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  if (!line) return null;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** The product's workloads run under tsx (TypeScript transpiled on load), as the other bench scripts do. */
export const tsxArgs = (file: string, ...rest: string[]): string[] => [...process.execArgv, join(ROOT, file), ...rest];

/** Runs a bench script (TypeScript under tsx, or compiled .js) in a child and returns its last JSON line, or throws with the child's last words. */
export async function runJsonChild(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<Record<string, unknown> & { polledPeakRssMb: number | null }> {
  // A compiled script (.js) runs under plain node, without the loader tsx adds.
  const script = file.endsWith('.js') ? [file, ...args] : tsxArgs(file, ...args);
  const r = await runChild(script, env);
  const j = lastJson(r.out);
  if (!r.ok || !j || j.ok === false)
    throw new Error(String(j?.error ?? r.err.trim().split('\n').slice(-5).join('\n')).slice(0, 600));
  return { ...j, polledPeakRssMb: r.polledPeakRssMb };
}

/** Writes one JSON line for the parent, with this process's own peak RSS, and exits. */
export function reportAndExit(result: Record<string, unknown>): void {
  process.stdout.write(
    JSON.stringify({ ok: true, ...result, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n',
  );
  process.exit(0);
}

export function failAndExit(e: unknown): void {
  process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
  process.stdout.write(JSON.stringify({ ok: false, error: String((e as Error)?.message ?? e).slice(0, 500) }) + '\n');
  process.exit(1);
}
