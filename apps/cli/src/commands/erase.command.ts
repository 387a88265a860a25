import type { Command } from 'commander';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { ApiActor, CommandOutcome, ComplaintPersonalData, Ledger } from '@ledger/governance';
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
 * `ledger erase --subject ID --reason ... --authority ...`: the same erasure as the API's
 * ErasePersonalData (INTEGRITY.md): the act is checked by the Complaint decider, the
 * subject's key and sealed values are deleted, then PersonalDataErased is appended with
 * every commitment the case holds. The log's bytes never change, so proofs stay valid.
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
        const caseId = o.case ?? (await findComplaint(app.get<EventStore>(EVENT_STORE), o.subject));
        if (!caseId) throw new Error(`No complaint names data subject ${o.subject}`);
        const personal = app.get(ComplaintPersonalData);
        const state = await personal.load(caseId, OPERATOR);
        const commitments = [...state.complainant.allCommitments];
        const data = { subjectId: o.subject, commitments, authority: o.authority, reason: o.reason };
        personal.check(state, { type: 'ErasePersonalData', data }, OPERATOR, o.effectiveAt);
        await personal.erase(o.subject);
        const outcome: CommandOutcome = await app.get(Ledger).record({
          caseId,
          command: { type: 'ErasePersonalData', data },
          actor: OPERATOR,
          effectiveAt: o.effectiveAt,
          correlationId: `cli-erase-${o.subject}`,
          classification: 'exempt:1,2',
        });
        console.log(
          `Erased ${commitments.length} personal fields of ${o.subject} and recorded it in ${outcome.stream} at revision ${outcome.revision}.`,
        );
      } finally {
        await app.close();
      }
    });
}

async function findComplaint(store: EventStore, subjectId: string): Promise<string | null> {
  for await (const e of store.readAll()) {
    const c = (e.data as { complainant?: { subjectId?: string } }).complainant;
    if (e.type === 'ComplaintReceived' && c?.subjectId === subjectId) return String(e.metadata.caseId);
  }
  return null;
}
