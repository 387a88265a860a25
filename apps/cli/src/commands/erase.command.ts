import type { Command } from 'commander';
import { ApiActor, PersonalDataErasure } from '@ledger/governance';
import { openLedgerContext } from '../context/ledger-context';

/** The operator at the console acts as a national admin; the act records it as such. */
const OPERATOR: ApiActor = {
  id: 'ledger-cli',
  name: 'Ledger operator (command line)',
  role: 'admin',
  forceArea: '*',
  body: 'national-admin',
};

/**
 * `ledger erase --subject ID --reason ... --authority ...`: the API's erasure of personal data, run
 * by the same PersonalDataErasure (INTEGRITY.md): the subject's key and sealed values are
 * deleted, then PersonalDataErased is appended with every commitment the case holds. The
 * log's bytes never change, so proofs stay valid.
 */
export function register(program: Command): void {
  program
    .command('erase')
    .description("Erase a data subject's personal data and record the erasure (key deleted; proofs stay valid)")
    .requiredOption('--subject <id>', 'the data subject (complainant.subjectId in the complaint)')
    .requiredOption('--reason <text>', 'why, e.g. "Retention period ended"')
    .requiredOption('--authority <text>', 'under what authority, e.g. "UK GDPR art 17(1)(a)"')
    .option('--case <caseId>', 'the complaint case id (found from the log when omitted)')
    .option('--effective-at <date>', 'legal date of the erasure (default today)')
    .requiredOption('--yes', 'confirm: this cannot be undone')
    .action(async (o: { subject: string; reason: string; authority: string; case?: string; effectiveAt?: string }) => {
      const app = await openLedgerContext();
      try {
        const { subject: subjectId, reason, authority, effectiveAt } = o;
        const request = { caseId: o.case, subjectId, reason, authority, effectiveAt };
        const erasure = app.get(PersonalDataErasure);
        const { commitments, outcome } = await erasure.erase(request, OPERATOR, `cli-erase-${subjectId}`);
        console.log(
          `Erased ${commitments.length} personal fields of ${o.subject} and recorded it in ${outcome.stream} at revision ${outcome.revision}.`,
        );
      } finally {
        await app.close();
      }
    });
}
