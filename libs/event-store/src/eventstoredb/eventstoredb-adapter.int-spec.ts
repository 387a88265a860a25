/**
 * The adapter's own logic through the real @eventstore/db-client over gRPC, against
 * EsdbTestServer on loopback: head reads and stale-head retries, event-id reservations,
 * StreamNotFound frames, $all filtering and positions, resubscribing, the append size
 * limit, leader-only reads, old servers, deleted streams and the cost of an append.
 */
import { EventStoreDBClient } from '@eventstore/db-client';
import type { RecordedEvent } from '../envelope';
import { MAX_ENTRY_BYTES, buildEntry } from '../entry';
import { IdempotencyConflict, InvalidAppend, StreamDeleted, WrongExpectedRevision } from '../errors';
import { collect, newEvent } from '../testing/fixtures';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { EsdbTestServer } from './testing/esdb-test-server';
import { eventually } from '../../../../test/helpers/eventually';

const rpcs = (s: EsdbTestServer) => s.calls.read + s.calls.batchAppend + s.calls.append;

describe('EventStoreDB adapter through the real client over gRPC', () => {
  let server: EsdbTestServer;
  let store: EventStoreDbEventStore;
  const warnings: string[] = [];
  beforeEach(async () => {
    server = await EsdbTestServer.start();
    warnings.length = 0;
    store = await EventStoreDbEventStore.connect({
      connectionString: server.connectionString,
      logger: { warn: (m) => warnings.push(m) },
      backoff: { initialMs: 5, factor: 2 },
    });
  });
  afterEach(async () => {
    await store.close();
    await server.stop();
  });

  it("rebuilds on the new head when another writer got in first with 'any', waiting a jittered backoff between retries, keeping one unbroken chain", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => store.append('case-race', [newEvent({ i })], 'any')),
    );
    expect(results.map((r) => r.nextExpectedRevision).sort((a, b) => Number(a - b))).toEqual(
      Array.from({ length: 12 }, (_, i) => BigInt(i)),
    );
    expect(store.stats().staleRetries).toBeGreaterThan(0);
    expect(store.stats().staleRetryWaitMs).toBeGreaterThan(0);
    const events = await collect(store.readStream('case-race'));
    expect(events.map((e) => e.revision)).toEqual(Array.from({ length: 12 }, (_, i) => BigInt(i)));
    for (let i = 1; i < events.length; i++) expect(events[i].prevStreamLeafHash).toBe(events[i - 1].leafHash);
  });

  it('treats an id reserved by an append that never landed as new, and keeps it bound to its stream', async () => {
    const ev = newEvent({ a: 1 });
    server.timeOutNextAppend((s) => s === 'case-1');
    await expect(store.append('case-1', [ev], 'no-stream')).rejects.toThrow();
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
    for (let i = 0; i < 3; i++)
      await store.append(
        'case-long',
        Array.from({ length: 200 }, (_, j) => newEvent({ i, j })),
        'any',
      );
    const again = await store.append(
      'case-long',
      first.events.map((e) => ({
        eventId: e.eventId,
        type: e.type,
        schemaVersion: e.schemaVersion,
        data: e.data,
        metadata: e.metadata,
      })),
      1n,
    );
    expect(again.idempotentReplay).toBe(true);
    expect(again.positions).toEqual(first.positions);
    expect(again.nextExpectedRevision).toBe(1n);
  });

  it('leaves system events and id reservations out of readAll, headPosition and subscriptions', async () => {
    await store.append('case-a', [newEvent({ k: 'a' })], 'any');
    server.log.system('$$case-a', '$metadata');
    const r = await store.append('case-b', [newEvent({ k: 'b' })], 'any');
    server.log.system('$stats-127.0.0.1:2113', '$statsCollected');
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
        if (seen.length === 3) server.dropSubscriptions();
        if (seen.length === 12) break;
      }
    })();
    // The first five came through the first drop; the second drop comes once ten have.
    await eventually(() => seen.length >= 5, { what: 'the first five events delivered' });
    for (let i = 5; i < 10; i++) await store.append('case-sub', [newEvent({ i })], 'any');
    await eventually(() => seen.length >= 10, { what: 'ten events delivered' });
    server.dropSubscriptions();
    for (let i = 10; i < 12; i++) await store.append('case-sub', [newEvent({ i })], 'any');
    await done;
    await sub.stop();
    expect(seen.map((e) => e.data.i)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    expect(warnings[0]).toMatch(/subscription dropped .*resubscribing after C:\d+\/P:\d+ in \d+ ms/);
    const froms = server.subscriptionStarts.slice(1);
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const f of froms) expect(seen.map((e) => e.position)).toContain(f);
  });

  it('answers a read of a stream that does not exist with nothing (StreamNotFound arrives as a read response)', async () => {
    expect(await collect(store.readStream('case-none'))).toEqual([]);
    expect(await collect(store.readStream('case-none', { direction: 'backwards', limit: 3 }))).toEqual([]);
  });

  describe('the append size limit (the server limits a whole append to MaxAppendSize, 1 MiB by default)', () => {
    it('rejects an append over 1 MiB in total as InvalidAppend before reserving anything', async () => {
      const before = server.calls.batchAppend;
      const events = Array.from({ length: 1000 }, (_, i) => newEvent({ i, pad: 'x'.repeat(1500) }));
      const err = await store.append('case-big', events, 'no-stream').catch((e) => e);
      expect(err).toBeInstanceOf(InvalidAppend);
      expect(server.calls.batchAppend).toBe(before);
      expect(server.log.records.some((r) => r.stream.startsWith('_ledger-event-id-'))).toBe(false);
    });

    it('stores the largest entry the port accepts', async () => {
      const probe = newEvent({ pad: '' });
      const base = buildEntry('case-max', 0n, null, probe).entryBytes.length;
      // Validation measures each entry at its widest revision and previous leaf hash (77 bytes more than here).
      const ev = { ...probe, data: { pad: 'x'.repeat(MAX_ENTRY_BYTES - base - 77) } };
      const r = await store.append('case-max', [ev], 'no-stream');
      expect(r.events[0].entryBytes.length).toBe(MAX_ENTRY_BYTES - 77);
    });

    it("maps the server's own size refusal (a server configured below 1 MiB) to InvalidAppend", async () => {
      server.maxAppendSize = 64 * 1024;
      const err = await store
        .append('case-small', [newEvent({ pad: 'x'.repeat(100 * 1024) })], 'no-stream')
        .catch((e) => e);
      expect(err).toBeInstanceOf(InvalidAppend);
      expect((err as Error).message).toMatch(/maxAppendSize \(65536 bytes\)/);
    });
  });

  it('reads from the leader: a follower whose copy lags neither fails an append with a stale revision nor serves stale reads', async () => {
    const follower = await EsdbTestServer.start({ log: server.log });
    const onFollower = await EventStoreDbEventStore.connect({ connectionString: follower.connectionString });
    try {
      follower.becomeStaleFollower(server);
      await store.append('case-failover', [newEvent({ n: 0 })], 'no-stream');
      const r = await onFollower.append('case-failover', [newEvent({ n: 1 })], 0n);
      expect(r.nextExpectedRevision).toBe(1n);
      expect((await collect(onFollower.readStream('case-failover'))).map((e) => e.data.n)).toEqual([0, 1]);
      expect(onFollower.stats().leaderRetries).toBeGreaterThan(0);
    } finally {
      await onFollower.close();
      await follower.stop();
    }
  });

  it('bounds the search for a repeat: concurrent appends to a long stream read only what was written since their reservations', async () => {
    for (let i = 0; i < 5; i++)
      await store.append(
        'case-busy',
        Array.from({ length: 400 }, (_, j) => newEvent({ i, j })),
        'any',
      );
    const before = server.streamEventsSent;
    await Promise.all(Array.from({ length: 4 }, (_, i) => store.append('case-busy', [newEvent({ w: i })], 'any')));
    expect(store.stats().staleRetries).toBeGreaterThan(0);
    // Unbounded, each retry read the stream from the head to the start (2,000 events, 256 a page).
    expect(server.streamEventsSent - before).toBeLessThan(400);
    expect(await collect(store.readStream('case-busy'))).toHaveLength(2004);
  });

  it.each([
    ['22.5.1', /22\.5\.1 is not supported: the ledger needs 22\.6/],
    [null, /unknown is not supported/],
  ])('refuses a server of version %s at connect (stream reads carry positions from 22.6)', async (version, message) => {
    const old = await EsdbTestServer.start({ version });
    try {
      await expect(EventStoreDbEventStore.connect({ connectionString: old.connectionString })).rejects.toThrow(message);
    } finally {
      await old.stop();
    }
  });

  it('appends one event to an existing stream in 4 calls and N events in N + 3', async () => {
    const r = await store.append('case-cost', [newEvent()], 'no-stream');
    let before = rpcs(server);
    await store.append('case-cost', [newEvent()], r.nextExpectedRevision);
    expect(rpcs(server) - before).toBe(4);
    before = rpcs(server);
    await store.append(
      'case-cost',
      Array.from({ length: 10 }, () => newEvent()),
      'any',
    );
    expect(rpcs(server) - before).toBe(13);
  });

  describe('streams deleted outside the ledger', () => {
    let admin: EventStoreDBClient;
    beforeEach(() => {
      admin = EventStoreDBClient.connectionString(server.connectionString);
    });
    afterEach(() => admin.dispose());

    it('refuses to recreate a soft-deleted stream (the server would put the new events after the old ones)', async () => {
      await store.append('case-del', [newEvent(), newEvent()], 'no-stream');
      await admin.deleteStream('case-del');
      const before = server.log.records.length;
      const err = await store.append('case-del', [newEvent()], 'no-stream').catch((e) => e);
      expect(err).toBeInstanceOf(StreamDeleted);
      expect((err as StreamDeleted).how).toBe('soft-deleted');
      expect(server.log.records.length).toBe(before);
      await expect(store.append('case-del', [newEvent()], 1n)).rejects.toBeInstanceOf(StreamDeleted);
    });

    it('answers appends to and reads of a tombstoned stream with StreamDeleted', async () => {
      await store.append('case-tomb', [newEvent()], 'no-stream');
      await admin.tombstoneStream('case-tomb');
      const err = await store.append('case-tomb', [newEvent()], 'any').catch((e) => e);
      expect(err).toBeInstanceOf(StreamDeleted);
      expect((err as StreamDeleted).how).toBe('tombstoned');
      await expect(collect(store.readStream('case-tomb'))).rejects.toBeInstanceOf(StreamDeleted);
      await expect(store.append('case-tomb', [newEvent()], 0n)).rejects.not.toBeInstanceOf(WrongExpectedRevision);
    });
  });
});
