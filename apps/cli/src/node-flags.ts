import { spawnSync } from 'node:child_process';

/**
 * `ledger export` streams a log of any size through a few megabytes at a time, so what sits in
 * V8's young generation between scavenges is garbage. V8 lets that space grow to 64–128 MB on a
 * large machine, which was most of the export's peak RSS: a 1M-event export peaked at 315–333 MB
 * by default and at 230 MB with 16 MB semi-spaces (2026-12-03). The flag only takes effect when
 * node starts, so the command runs again in a child node started with it. The bench starts its
 * export child with the same flags, so it measures the export as this command runs it.
 * `ledger verify` is not relaunched: its reading thread peaked higher with the flag (200k events:
 * 200–202 MB without, 227–234 MB with).
 */
export const EXPORT_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=16'];

const FLAGGED_COMMANDS = new Set(['export']);

/**
 * Runs this command again under EXPORT_NODE_FLAGS when it is one that streams and node was not
 * started with them; returns the child's exit code, or null when this process should go on itself.
 */
export function relaunchWithNodeFlags(argv: readonly string[] = process.argv): number | null {
  if (!FLAGGED_COMMANDS.has(argv[2] ?? '')) return null;
  const started = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (EXPORT_NODE_FLAGS.every((flag) => started.includes(flag))) return null;
  const child = spawnSync(process.execPath, [...process.execArgv, ...EXPORT_NODE_FLAGS, ...argv.slice(1)], {
    stdio: 'inherit',
  });
  if (child.error) throw child.error;
  return child.status ?? 1;
}
