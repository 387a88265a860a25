import type { Command } from 'commander';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
// Only the standalone verifier: no store, no Nest.
import { verifyExport } from '@ledger/audit/verify';

function readKeys(args: string[]): string[] {
  const keys: string[] = [];
  for (const a of args) {
    const text = existsSync(a) ? readFileSync(a, 'utf8') : a;
    for (const line of text.split(/\r?\n/)) if (line.trim() && !line.trim().startsWith('#')) keys.push(line.trim());
  }
  return keys;
}

/** `ledger verify FILE --key K`: checks an export offline with nothing but Node. */
export function register(program: Command): void {
  program
    .command('verify <file>')
    .description('Verify an export offline: signature, hashes, proofs, chains, completeness, consistency')
    .requiredOption('--key <vkey-or-file...>', "the log's public key (name+keyid+base64), or a file of them; never taken from the export")
    .option('--checkpoint <file>', 'an earlier signed checkpoint the export must be consistent with')
    .option('--witness <vkey-or-file...>', "a witness's public key (a panel's; repeatable, or a file of them); never taken from the export")
    .option('--witnesses-required <n>', 'fail unless at least this many of the given witnesses cosigned the checkpoint', '0')
    .option('--all', 'report every failure, not only the first')
    .option('--json', 'print the full report as JSON')
    .action(async (file: string, o: { key: string[]; checkpoint?: string; all?: boolean; json?: boolean; witness?: string[]; witnessesRequired: string }) => {
      const required = Number(o.witnessesRequired);
      if (!Number.isInteger(required) || required < 0) throw new Error('--witnesses-required must be a whole number');
      const report = await verifyExport(createReadStream(file), {
        witnesses: readKeys(o.witness ?? []),
        witnessesRequired: required,
        trustedKeys: readKeys(o.key),
        earlierCheckpoint: o.checkpoint ? readFileSync(o.checkpoint, 'utf8') : undefined,
        all: o.all,
      });
      if (o.json) console.log(JSON.stringify(report, null, 2));
      else if (report.ok) {
        console.log(`OK: ${report.events} events verified against checkpoint ${report.treeSize} of ${report.origin}, signed by ${report.verifiedBy.join(', ')}.`);
        for (const s of report.streams) console.log(`  ${s.stream}: revisions ${s.firstRevision}-${s.lastRevision}${s.complete ? ', complete up to the checkpoint' : ''}`);
        if (report.consistentWithEarlier) console.log('  The log only grew since the earlier checkpoint you gave.');
        for (const w of report.witnessedBy ?? []) console.log(`  Witnessed by ${w.name} at ${new Date(w.timestamp * 1000).toISOString()}.`);
        for (const n of report.notes) console.log(`  note: ${n}`);
      } else {
        console.error('FAILED:');
        for (const f of report.failures) console.error(`  - ${f}`);
      }
      if (!report.ok) process.exitCode = 1;
    });
}
