import type { Command } from 'commander';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
// Only the standalone verifier: no store, no Nest.
import { keysFromArgs, reportLines } from '@ledger/audit/verify';
import { defaultVerifierThreads, VERIFY_READ_CHUNK, verifyExportParallel } from '@ledger/audit/verify/parallel';

const readIfFile = (p: string): string | null =>
  existsSync(p) && statSync(p).isFile() ? readFileSync(p, 'utf8') : null;

/** `ledger verify FILE --key K`: checks an export offline with nothing but Node. */
export function register(program: Command): void {
  program
    .command('verify <file>')
    .description('Verify an export offline: signature, hashes, proofs, chains, completeness, consistency')
    .requiredOption(
      '--key <vkey-or-file...>',
      "the log's public key (name+keyid+base64), or a file of them; never taken from the export",
    )
    .option('--checkpoint <file>', 'an earlier signed checkpoint the export must be consistent with')
    .option(
      '--witness <vkey-or-file...>',
      "a witness's public key (a panel's; repeatable, or a file of them); never taken from the export",
    )
    .option(
      '--witnesses-required <n>',
      'fail unless at least this many of the given witnesses cosigned the checkpoint',
      '0',
    )
    .option('--all', 'report every failure, not only the first')
    .option('--threads <n>', 'worker threads that check the event lines (default: one per core)')
    .option('--json', 'print the full report as JSON')
    .action(
      async (
        file: string,
        o: {
          key: string[];
          checkpoint?: string;
          all?: boolean;
          json?: boolean;
          witness?: string[];
          witnessesRequired: string;
          threads?: string;
        },
      ) => {
        const required = Number(o.witnessesRequired);
        if (!Number.isInteger(required) || required < 0) throw new Error('--witnesses-required must be a whole number');
        const threads = o.threads === undefined ? defaultVerifierThreads() : Number(o.threads);
        if (!Number.isInteger(threads) || threads < 1)
          throw new Error('--threads must be a whole number of at least 1');
        const options = {
          witnesses: keysFromArgs(o.witness ?? [], readIfFile),
          witnessesRequired: required,
          trustedKeys: keysFromArgs(o.key, readIfFile),
          earlierCheckpoint: o.checkpoint ? readFileSync(o.checkpoint, 'utf8') : undefined,
          all: o.all,
          fileName: file,
        };
        const report = await verifyExportParallel(
          createReadStream(file, { highWaterMark: VERIFY_READ_CHUNK }),
          options,
          threads,
        );
        if (o.json) console.log(JSON.stringify(report, null, 2));
        else {
          const { out, err } = reportLines(report);
          for (const l of out) console.log(l);
          for (const l of err) console.error(l);
        }
        if (!report.ok) process.exitCode = 1;
      },
    );
}
