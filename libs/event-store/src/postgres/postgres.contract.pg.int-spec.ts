import { runEventStoreContract } from '../testing/contract';
import { freshSchema, pgUrl } from '../testing/pg';
import { PostgresEventStore } from './postgres-event-store';

runEventStoreContract('postgres', async () => {
  const { schema, drop } = await freshSchema('contract');
  const store = await PostgresEventStore.connect({ connectionString: pgUrl(), schema, poolSize: 4, pollMs: 100 });
  return { store, cleanup: drop };
});
