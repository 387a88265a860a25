/**
 * The command line of the single-file verifier:
 *   node verify-ledger.mjs export.jsonl --key <vkey or key file> [--checkpoint earlier.note] [--all] [--json]
 * Node's modules are taken with process.getBuiltinModule, so the file has no import a
 * browser would fail on.
 */
import type * as Fs from 'node:fs';
import type * as Util from 'node:util';
import { verifyExport } from '../verify-export';
import { keysFromArgs, reportLines } from '../report-text';

const USAGE =
  'Usage: node verify-ledger.mjs <export.jsonl> --key <public key or key file> [--key ...] [--checkpoint <earlier checkpoint file>] [--witness <vkey or file>] [--witnesses-required <n>] [--all] [--json]';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: CliIo = {
  out: (l) => void process.stdout.write(l + '\n'),
  err: (l) => void process.stderr.write(l + '\n'),
};

/** Runs the verifier on the command line's arguments; resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo = consoleIo): Promise<number> {
  const fs = process.getBuiltinModule('node:fs') as typeof Fs;
  const util = process.getBuiltinModule('node:util') as typeof Util;
  let parsed;
  try {
    parsed = util.parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        key: { type: 'string', multiple: true },
        witness: { type: 'string', multiple: true },
        'witnesses-required': { type: 'string' },
        checkpoint: { type: 'string' },
        all: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || !values.key?.length) {
    io.err(USAGE);
    return 2;
  }
  const required = Number(values['witnesses-required'] ?? '0');
  if (!Number.isInteger(required) || required < 0) {
    io.err(`--witnesses-required must be a whole number\n${USAGE}`);
    return 2;
  }
  const file = positionals[0];
  if (!fs.existsSync(file)) {
    io.err(`FAILED:\n  - There is no file ${file}.`);
    return 1;
  }
  const readIfFile = (p: string): string | null =>
    fs.existsSync(p) && fs.statSync(p).isFile() ? fs.readFileSync(p, 'utf8') : null;
  const report = await verifyExport(fs.createReadStream(file), {
    trustedKeys: keysFromArgs(values.key, readIfFile),
    witnesses: keysFromArgs(values.witness ?? [], readIfFile),
    witnessesRequired: required,
    earlierCheckpoint: values.checkpoint ? fs.readFileSync(values.checkpoint, 'utf8') : undefined,
    all: values.all,
    fileName: file,
  });
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else {
    const { out, err } = reportLines(report);
    out.forEach(io.out);
    err.forEach(io.err);
  }
  return report.ok ? 0 : 1;
}
