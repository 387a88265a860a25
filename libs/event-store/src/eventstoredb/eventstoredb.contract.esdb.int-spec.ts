/**
 * The shared contract against a real EventStoreDB. Runs only when EVENTSTORE_URL is set
 * (jest.config.js leaves *.esdb.int-spec.ts out otherwise and says so in one line), e.g.
 *   docker compose up -d eventstoredb
 *   EVENTSTORE_URL="esdb://localhost:2113?tls=false" npx jest --selectProjects int libs/event-store/src/eventstoredb
 * Every test uses fresh stream names, so runs against the same server do not interfere.
 */
import { runEventStoreContract } from '../testing/contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

const url = process.env.EVENTSTORE_URL as string;

runEventStoreContract('eventstoredb', async () => {
  const store = await EventStoreDbEventStore.connect({ connectionString: url });
  return { store, cleanup: async () => undefined };
});
