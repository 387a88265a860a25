/**
 * The adapter's own logic (head reads and stale-head retries, event-id reservations,
 * StreamNotFoundError on iteration, $all filtering and positions, resubscribing) run
 * against FakeEsdbClient, an in-memory stand-in for the client. This shows the adapter
 * meets the port's contract given the server semantics the fake models; only
 * eventstoredb.contract.esdb.int-spec.ts (EVENTSTORE_URL) shows it against EventStoreDB.
 */
import { UnavailableError } from '@eventstore/db-client';
import { IdempotencyConflict } from '../errors';
import { runEventStoreContract } from '../testing/contract';
import { collect, newEvent } from '../testing/fixtures';
import type { RecordedEvent } from '../envelope';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { FakeEsdbClient } from './testing/fake-esdb-client';

runEventStoreContract('eventstoredb adapter over an in-memory stand-in for the client (not a server)', async () => {
  const store = await EventStoreDbEventStore.withClient(new FakeEsdbClient().asClient(), { backoff: { initialMs: 1 } });
  return { store, cleanup: async () => undefined };
});

describe('EventStoreDB adapter over the stand-in', () => {
  let fake: FakeEsdbClient;
  let store: EventStoreDbEventStore;
  const warnings: string[] = [];
  beforeEach(async () => {
    fake = new FakeEsdbClient();
    warnings.length = 0;
    store = await EventStoreDbEventStore.withClient(fake.asClient(), { logger: { warn: (m) => warnings.push(m) }, backoff: { initialMs: 5, factor: 2 } });
  });
  afterEach(() => store.close());

  it("rebuilds on the new head when another writer got in first with 'any', keeping one unbroken chain", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => store.append('case-race', [newEvent({ i })], 'any')));
    expect(results.map((r) => r.nextExpectedRevision).sort((a, b) => Number(a - b))).toEqual(Array.from({ length: 12 }, (_, i) => BigInt(i)));
    expect(store.stats().staleRetries).toBeGreaterThan(0);
    const events = await collect(store.readStream('case-race'));
    expect(events.map((e) => e.revision)).toEqual(Array.from({ length: 12 }, (_, i) => BigInt(i)));
    for (let i = 1; i < events.length; i++) expect(events[i].prevStreamLeafHash).toBe(events[i - 1].leafHash);
  });

  it('treats an id reserved by an append that never landed as new, and keeps it bound to its stream', async () => {
    const ev = newEvent({ a: 1 });
    fake.failNextLedgerAppends.push(new UnavailableError());
    await expect(store.append('case-1', [ev], 'no-stream')).rejects.toBeInstanceOf(UnavailableError);
    expect(await collect(store.readStream('case-1'))).toEqual([]);
    const r = await store.append('case-1', [ev], 'no-stream');
    expect(r.idempotentReplay).toBe(false);
    expect(r.nextExpectedRevision).toBe(0n);
    const again = await store.append('case-1', [ev], 'no-stream');
    expect(again.idempotentReplay).toBe(true);
    expect(again.positions).toEqual(r.positions);
    await expect(store.append('case-2', [ev], 'any')).rejects.toBeInstanceOf(IdempotencyConflict);
  });

  it('finds a repeated append far behind the head', async () => {
    const first = await store.append('case-long', [newEvent({ k: 0 }), newEvent({ k: 1 })], 'no-stream');
    for (let i = 0; i < 3; i++) await store.append('case-long', Array.from({ length: 200 }, (_, j) => newEvent({ i, j })), 'any');
    const again = await store.append('case-long', first.events.map((e) => ({ eventId: e.eventId, type: e.type, schemaVersion: e.schemaVersion, data: e.data, metadata: e.metadata })), 1n);
    expect(again.idempotentReplay).toBe(true);
    expect(again.positions).toEqual(first.positions);
    expect(again.nextExpectedRevision).toBe(1n);
  });

  it('leaves system events and id reservations out of readAll, headPosition and subscriptions', async () => {
    await store.append('case-a', [newEvent({ k: 'a' })], 'any');
    fake.system('$$case-a', '$metadata');
    const r = await store.append('case-b', [newEvent({ k: 'b' })], 'any');
    fake.system('$stats-127.0.0.1:2113', '$statsCollected');
    const all = await collect(store.readAll());
    expect(all.map((e) => e.stream)).toEqual(['case-a', 'case-b']);
    expect(all.every((e) => /^C:\d+\/P:\d+$/.test(e.position))).toBe(true);
    expect(await store.headPosition()).toBe(r.positions[0]);
    const sub = store.subscribe();
    const seen: string[] = [];
    for await (const e of sub) {
      seen.push(e.stream);
      if (seen.length === 2) break;
    }
    await sub.stop();
    expect(seen).toEqual(['case-a', 'case-b']);
  });

  it('resubscribes after a drop from the last delivered position, logs it, and delivers every event once', async () => {
    for (let i = 0; i < 5; i++) await store.append('case-sub', [newEvent({ i })], 'any');
    const sub = store.subscribe();
    const seen: RecordedEvent[] = [];
    const done = (async () => {
      for await (const e of sub) {
        seen.push(e);
        if (seen.length === 3) fake.dropSubscriptions(new UnavailableError());
        if (seen.length === 12) break;
      }
    })();
    await new Promise((r) => setTimeout(r, 30));
    for (let i = 5; i < 10; i++) await store.append('case-sub', [newEvent({ i })], 'any');
    fake.dropSubscriptions(new UnavailableError());
    for (let i = 10; i < 12; i++) await store.append('case-sub', [newEvent({ i })], 'any');
    await done;
    await sub.stop();
    expect(seen.map((e) => e.data.i)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    expect(warnings[0]).toMatch(/subscription dropped .*resubscribing after C:\d+\/P:\d+ in \d+ ms/);
    // Each resubscription started at an event already delivered (the last one before the
    // drop reached the adapter; events buffered before the error still arrive).
    const froms = fake.subscribeCalls.slice(1).map((p) => (typeof p === 'object' ? `C:${p.commit}/P:${p.prepare}` : p));
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const f of froms) expect(seen.map((e) => e.position)).toContain(f);
    expect(store.comparePositions(froms[0] as string, seen[2].position)).toBeGreaterThanOrEqual(0);
  });

  it('answers a read of a stream that does not exist with nothing (StreamNotFoundError comes while iterating)', async () => {
    expect(await collect(store.readStream('case-none'))).toEqual([]);
    expect(await collect(store.readStream('case-none', { direction: 'backwards', limit: 3 }))).toEqual([]);
  });
});
