import { readFileSync } from 'node:fs';
import { buildProgram } from '../../apps/cli/src/main';

export interface CliRun {
  code: number;
  /** What the command printed to standard output. */
  out: string;
  /** What it printed to standard error. */
  err: string;
  /** Both, in the order printed, as a terminal would show them. */
  all: string;
}

/** Runs `ledger <args>` in-process, as the installed command would, and captures what it prints. */
export async function ledgerCli(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const all: string[] = [];
  const keep = (to: string[]) => (text: string) => void (to.push(text), all.push(text));
  const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => keep(out)(a.join(' ')));
  const error = jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => keep(err)(a.join(' ')));
  const write = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => (keep(out)(String(chunk)), true));
  process.exitCode = 0;
  try {
    await (await buildProgram({ exitOverride: true }, args[0])).parseAsync(['node', 'ledger', ...args]);
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { code, out: out.join('\n'), err: err.join('\n'), all: all.join('\n') };
}

/** The arguments of `ledger export` for the demo's Kent 2012 office case (three events), as JSON Lines to `file`. */
export const exportKentOffice = (file: string, ...more: string[]): string[] => [
  'export',
  '--stream',
  'commissioner-office:kent-2012',
  '--format',
  'jsonl',
  '--out',
  file,
  ...more,
];

/** The ledger's verification key, as the export in `file` names it. */
export const keyNamedIn = (file: string): string =>
  /governance-ledger\.example\/kent\+[0-9a-f]{8}\+[A-Za-z0-9+/=]+/.exec(readFileSync(file, 'utf8'))![0];
