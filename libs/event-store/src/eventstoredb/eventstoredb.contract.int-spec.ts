/**
 * The shared contract through the real @eventstore/db-client over gRPC, against
 * EsdbTestServer on loopback. Runs always (no EVENTSTORE_URL needed); the same suite
 * against a real server is eventstoredb.contract.esdb.int-spec.ts.
 */
import { runEventStoreContract } from '../testing/contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { EsdbTestServer } from './testing/esdb-test-server';

let server: EsdbTestServer;
beforeAll(async () => {
  server = await EsdbTestServer.start();
});
afterAll(() => server.stop());

runEventStoreContract('eventstoredb (real client over gRPC, EsdbTestServer)', async () => {
  const store = await EventStoreDbEventStore.connect({ connectionString: server.connectionString });
  return { store, cleanup: async () => undefined };
});
