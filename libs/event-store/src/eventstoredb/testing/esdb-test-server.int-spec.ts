/**
 * EsdbTestServer as the real client sees it: the server behaviours the adapter relies on,
 * each as EventStoreDB documents or implements it (see the citations in esdb-log.ts,
 * esdb-read.ts and esdb-wire.ts).
 */
import {
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  MaxAppendSizeExceededError,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
  eventTypeFilter,
  jsonEvent,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type Position,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { EsdbTestServer } from './esdb-test-server';

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
const ev = (type = 'Happened', id?: string) => jsonEvent({ id, type, data: { at: Date.now() } });

describe('EsdbTestServer through @eventstore/db-client', () => {
  let server: EsdbTestServer;
  let client: EventStoreDBClient;
  beforeEach(async () => {
    server = await EsdbTestServer.start();
    client = EventStoreDBClient.connectionString(server.connectionString);
  });
  afterEach(async () => {
    await client.dispose();
    await server.stop();
  });

  it('checks expected revisions and reports the actual one', async () => {
    await client.appendToStream('s', ev(), { expectedRevision: NO_STREAM });
    const wrong = await client.appendToStream('s', ev(), { expectedRevision: NO_STREAM }).catch((e) => e);
    expect(wrong).toBeInstanceOf(WrongExpectedVersionError);
    expect((wrong as WrongExpectedVersionError).actualVersion).toBe(0n);
    const missing = await client.appendToStream('none', ev(), { expectedRevision: STREAM_EXISTS }).catch((e) => e);
    expect((missing as WrongExpectedVersionError).actualVersion).toBe(NO_STREAM);
    expect((await client.appendToStream('s', ev(), { expectedRevision: 0n })).nextExpectedRevision).toBe(1n);
    expect((await client.appendToStream('s', ev(), { expectedRevision: ANY })).nextExpectedRevision).toBe(2n);
  });

  it('accepts a repeated append as a duplicate, with the position of its last event, and refuses a partial repeat', async () => {
    const a = ev('A', crypto.randomUUID());
    const b = ev('B', crypto.randomUUID());
    const first = await client.appendToStream('dup', [a, b], { expectedRevision: NO_STREAM });
    const again = await client.appendToStream('dup', [a, b], { expectedRevision: NO_STREAM });
    expect(again.nextExpectedRevision).toBe(1n);
    expect(again.position).toEqual(first.position);
    expect((await client.appendToStream('dup', [a, b], { expectedRevision: ANY })).nextExpectedRevision).toBe(1n);
    await expect(client.appendToStream('dup', [a, ev()], { expectedRevision: NO_STREAM })).rejects.toBeInstanceOf(
      WrongExpectedVersionError,
    );
    expect(await all(client.readStream('dup'))).toHaveLength(2);
  });

  it('reads streams both ways with positions, and a missing stream as StreamNotFound', async () => {
    const r = await client.appendToStream('r', [ev('A'), ev('B'), ev('C')]);
    const fwd = await all(client.readStream('r', { fromRevision: 1n, direction: FORWARDS, maxCount: 5 }));
    expect(fwd.map((e) => e.event?.type)).toEqual(['B', 'C']);
    const back = await all(client.readStream('r', { fromRevision: END, direction: BACKWARDS, maxCount: 2 }));
    expect(back.map((e) => e.event?.revision)).toEqual([2n, 1n]);
    expect(back[0].event?.position).toEqual(r.position);
    await expect(all(client.readStream('nothing-here'))).rejects.toBeInstanceOf(StreamNotFoundError);
  });

  it('reads $all forwards from a position inclusively and backwards exclusively, with filters', async () => {
    await client.appendToStream('x-1', [ev('Keep'), ev('$skip')]);
    await client.appendToStream('y-1', ev('Keep'));
    const every = (await all(client.readAll({ fromPosition: START, maxCount: 100 }))).map((e) => e.event!);
    const second = every[1].position;
    const from = await all(client.readAll({ fromPosition: second, direction: FORWARDS, maxCount: 1 }));
    expect(from[0].event?.position).toEqual(second);
    const before = await all(client.readAll({ fromPosition: second, direction: BACKWARDS, maxCount: 10 }));
    expect(before.map((e) => e.event?.position)).toEqual([every[0].position]);
    const sub = client.subscribeToAll({ fromPosition: START, filter: streamNameFilter({ prefixes: ['y-'] }) });
    const got: string[] = [];
    for await (const e of sub) {
      got.push(e.event!.streamId);
      break;
    }
    await sub.unsubscribe();
    expect(got).toEqual(['y-1']);
  });

  it('subscribes to $all after a position, with an event-type filter, checkpoints, then live events', async () => {
    const first = await client.appendToStream('sub', ev('Keep'));
    for (let i = 0; i < 40; i++) await client.appendToStream(`noise-${i}`, ev('$noise'));
    const checkpoints: Position[] = [];
    const sub = client.subscribeToAll({
      fromPosition: first.position as Position,
      filter: eventTypeFilter({
        regex: '^Keep$',
        checkpointInterval: 1,
        checkpointReached: (_s, p) => void checkpoints.push(p),
      }),
    });
    const seen: ResolvedEvent[] = [];
    setTimeout(() => void client.appendToStream('sub', ev('Keep')), 100);
    for await (const e of sub as AsyncIterable<AllStreamResolvedEvent>) {
      seen.push(e);
      break;
    }
    await sub.unsubscribe();
    expect(seen[0].event?.revision).toBe(1n);
    expect(checkpoints.length).toBeGreaterThan(0);
  });

  it('serves the unary Append the client uses for calls with credentials, with the same rules', async () => {
    const credentials = { username: 'admin', password: 'changeit' };
    const r = await client.appendToStream('unary', [ev(), ev()], { expectedRevision: NO_STREAM, credentials });
    expect(r.nextExpectedRevision).toBe(1n);
    expect(server.calls.append).toBe(1);
    const wrong = await client.appendToStream('unary', ev(), { expectedRevision: 5n, credentials }).catch((e) => e);
    expect((wrong as WrongExpectedVersionError).actualVersion).toBe(1n);
    server.maxAppendSize = 100;
    await expect(
      client.appendToStream('unary', jsonEvent({ type: 'Big', data: { pad: 'x'.repeat(200) } }), { credentials }),
    ).rejects.toBeInstanceOf(MaxAppendSizeExceededError);
  });

  it('limits a whole append to MaxAppendSize with the server error details', async () => {
    server.maxAppendSize = 1000;
    const big = jsonEvent({ type: 'Big', data: { pad: 'x'.repeat(600) } });
    const err = await client.appendToStream('big', [big, big]).catch((e) => e);
    expect(err).toBeInstanceOf(MaxAppendSizeExceededError);
    expect((err as MaxAppendSizeExceededError).maxAppendSize).toBe(1000);
    await expect(all(client.readStream('big'))).rejects.toBeInstanceOf(StreamNotFoundError);
  });

  it('hides a soft-deleted stream, recreates it after its old last revision, and tombstones for good', async () => {
    await client.appendToStream('del', [ev(), ev()]);
    await client.deleteStream('del');
    await expect(all(client.readStream('del'))).rejects.toBeInstanceOf(StreamNotFoundError);
    const re = await client.appendToStream('del', ev(), { expectedRevision: NO_STREAM });
    expect(re.nextExpectedRevision).toBe(2n);
    expect((await all(client.readStream('del'))).map((e) => e.event?.revision)).toEqual([2n]);
    await client.tombstoneStream('del');
    await expect(all(client.readStream('del'))).rejects.toBeInstanceOf(StreamDeletedError);
    await expect(client.appendToStream('del', ev())).rejects.toBeInstanceOf(StreamDeletedError);
  });

  it('serves writes from a follower but answers a leader-only request with NotLeader, after which the client moves to the leader', async () => {
    const follower = await EsdbTestServer.start({ log: server.log });
    const onFollower = EventStoreDBClient.connectionString(follower.connectionString);
    try {
      follower.becomeStaleFollower(server);
      await onFollower.appendToStream('f', ev());
      await expect(all(onFollower.readStream('f'))).rejects.toBeInstanceOf(StreamNotFoundError);
      await expect(all(onFollower.readStream('f', { requiresLeader: true }))).rejects.toThrow(/Leader info available/);
      expect(await all(onFollower.readStream('f', { requiresLeader: true }))).toHaveLength(1);
    } finally {
      await onFollower.dispose();
      await follower.stop();
    }
  });
});
