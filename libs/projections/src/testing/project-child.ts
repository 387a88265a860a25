/**
 * Child process for the SIGKILL test: projects the store at argv[2] with small batches
 * until it is killed. Prints READY once the runner has started.
 */
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { openReadModel } from '../open';

(async () => {
  const store = await SqliteEventStore.open({ file: process.argv[2] });
  const rm = await openReadModel(
    store,
    { backend: 'sqlite', file: store.file },
    { batchSize: Number(process.argv[3] ?? 50) },
  );
  await rm.runner.start();
  process.stdout.write('READY\n');
  setInterval(() => undefined, 1000);
})().catch((e) => {
  process.stderr.write(String(e?.stack ?? e));
  process.exit(2);
});
