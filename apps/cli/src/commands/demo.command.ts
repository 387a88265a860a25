import type { Command } from 'commander';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { DEMO_SCRIPTS, Ledger, loadScript } from '@ledger/governance';
import { openLedgerContext } from '../context/ledger-context';

/**
 * `ledger demo`: loads the Kent 2012-2015 seed timeline and the labelled synthetic set
 * into an empty store, through the same application service as the API.
 */
export function register(program: Command): void {
  program
    .command('demo')
    .description('Load the Kent 2012-2015 demo timeline and the labelled synthetic set into an empty store')
    .action(async () => {
      const app = await openLedgerContext();
      try {
        if ((await app.get<EventStore>(EVENT_STORE).headPosition()) !== null) {
          console.error('The store is not empty: the demo loads only into an empty store (use another DATA_DIR).');
          process.exitCode = 1;
          return;
        }
        const ledger = app.get(Ledger);
        let total = 0;
        for (const s of DEMO_SCRIPTS) {
          const n = await loadScript(ledger, s.name, s.steps());
          console.log(`${s.name}: ${n} events`);
          total += n;
        }
        console.log(`Loaded ${total} events.`);
      } finally {
        await app.close();
      }
    });
}
