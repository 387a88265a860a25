import type { Command } from 'commander';
import { openAudit } from './audit-context';

/**
 * `ledger erase SUBJECT`: crypto-shreds a data subject (deletes their key and sealed
 * fields). The log is untouched. Record the erasure in the case with the
 * ErasePersonalData command, using the commitments printed here.
 */
export function register(program: Command): void {
  program
    .command('erase <subjectId>')
    .description("Erase a data subject's personal data (deletes their key; proofs stay valid)")
    .requiredOption('--yes', 'confirm: this cannot be undone')
    .action(async (subjectId: string) => {
      const ctx = await openAudit();
      try {
        const vault = await ctx.vault();
        const record = await vault.erase(subjectId);
        console.log(JSON.stringify(record, null, 2));
        console.error(`Erased ${record.commitments.length} personal fields of ${subjectId}. Record it in the case (ErasePersonalData) with these commitments.`);
      } finally {
        await ctx.close();
      }
    });
}
