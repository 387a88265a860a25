/**
 * The PostgreSQL adapter under real concurrency: several store instances (each its own
 * pool and batch queue) appending at once, so appends race inside the database and not
 * only inside one process's queue, while a subscriber on yet another instance tails.
 */
import { Client } from 'pg';
import type { AppendResult, ExpectedRevision, RecordedEvent } from '../envelope';
import { buildEntry } from '../entry';
import { WrongExpectedRevision } from '../errors';
import { newEvent } from '../testing/fixtures';
import { freshSchema, pgUrl } from '../testing/pg';
import { appendBatchParams, appendBatchSql } from './append-batch';
import { LOCK_CLASS, schemaLockId } from './migrations';
import { PostgresEventStore } from './postgres-event-store';
import { eventually } from '../../../../test/helpers/eventually';

jest.setTimeout(120_000);

let schema: string;
let drop: () => Promise<void>;
const open: PostgresEventStore[] = [];

async function connect(poolSize = 4, maxInFlight = 1): Promise<PostgresEventStore> {
  const s = await PostgresEventStore.connect({ connectionString: pgUrl(), schema, poolSize, pollMs: 100, maxInFlight });
  open.push(s);
  return s;
}

beforeAll(async () => {
  ({ schema, drop } = await freshSchema('pgconc'));
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await drop();
});

function isWrong(e: unknown): e is WrongExpectedRevision {
  return e instanceof WrongExpectedRevision;
}

/**
 * Starts an append of one event on `c` in a transaction left open: it holds the append
 * lock and its position until the caller commits.
 */
async function holdAppend(
  c: Client,
  stream: string,
  revision: bigint,
  prev: string | null,
): Promise<{ position: string; leafHash: string }> {
  const ev = newEvent({ held: stream });
  const { entryBytes, leafHash } = buildEntry(stream, revision, prev, ev);
  await c.query('BEGIN');
  const { rows } = await c.query(
    appendBatchSql(`"${schema}"`),
    appendBatchParams([
      {
        stream,
        expected: 'any',
        baseRevision: revision - 1n,
        baseLeafHash: prev === null ? null : Buffer.from(prev, 'hex'),
        events: [
          {
            eventId: ev.eventId,
            type: ev.type,
            effectiveAt: '2013-02-01T00:00:00.000Z',
            recordedAt: ev.metadata.recordedAt,
            entryBytes,
            leafHash,
          },
        ],
      },
    ]),
  );
  expect(rows[0].r_status).toBe('ok');
  return { position: String(rows[0].r_first), leafHash: leafHash.toString('hex') };
}

/** Resolves once some session waits on this schema's append lock. */
async function waitOnAppendLock(watcher: Client): Promise<void> {
  await eventually(async () => {
    const r = await watcher.query(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = $1::int::oid AND objid = $2::int::oid`,
      [LOCK_CLASS.append, schemaLockId(schema)],
    );
    return r.rows[0].n === 1;
  });
}

describe('PostgreSQL adapter under concurrency', () => {
  it('16 writers on 4 store instances: a live subscriber sees every event once, in position order, with no gap', async () => {
    // Two instances pipeline two batches each, so batches also race within one process.
    const writers = await Promise.all([connect(), connect(), connect(4, 2), connect(4, 2)]);
    const reader = await connect(2);
    const streams = Array.from({ length: 12 }, (_, i) => `race-${i}`);
    const perWriter = 40;

    const appended = new Set<string>();
    const seen: RecordedEvent[] = [];
    const sub = reader.subscribe({ batchSize: 50 });
    const tail = (async () => {
      for await (const e of sub) seen.push(e);
    })();

    let conflicts = 0;
    const writer = async (w: number) => {
      const store = writers[w % writers.length];
      const known = new Map<string, bigint>();
      for (let i = 0; i < perWriter; i++) {
        const stream = streams[(w * 7 + i * 5) % streams.length];
        const events = Array.from({ length: 1 + (i % 3) }, (_, k) => newEvent({ w, i, k }));
        // Mostly exact expected revisions (some stale, so they conflict), some 'any'.
        let expected: ExpectedRevision = i % 4 === 3 ? 'any' : (known.get(stream) ?? 'no-stream');
        for (;;) {
          try {
            const r = await store.append(stream, events, expected);
            known.set(stream, r.nextExpectedRevision);
            for (const e of r.events) appended.add(e.eventId);
            break;
          } catch (e) {
            if (!isWrong(e)) throw e;
            conflicts++;
            expected = e.actual === null ? 'no-stream' : e.actual;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, (_, w) => writer(w)));
    // A sentinel appended after every writer finished: once it arrives, anything delivered
    // twice (or out of order) has already arrived before it.
    const sentinel = await writers[0].append('race-sentinel', [newEvent({ sentinel: true })], 'no-stream');
    await eventually(() => seen.some((e) => e.eventId === sentinel.events[0].eventId), {
      what: 'the sentinel delivered',
    });
    await sub.stop();
    expect(seen[seen.length - 1].eventId).toBe(sentinel.events[0].eventId);
    appended.add(sentinel.events[0].eventId);
    const total = appended.size;
    await tail;

    expect(conflicts).toBeGreaterThan(0);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((e) => e.eventId))).toEqual(appended);
    // Gap-free and in order: positions are 1..N here (a fresh schema), each exactly once.
    seen.forEach((e, i) => expect(e.position).toBe(String(i + 1)));
    expect(await reader.headPosition()).toBe(String(total));

    // Every stream is a contiguous hash chain, in log order.
    const byStream = new Map<string, RecordedEvent[]>();
    for (const e of seen) byStream.set(e.stream, [...(byStream.get(e.stream) ?? []), e]);
    for (const [, es] of byStream) {
      es.forEach((e, i) => {
        expect(e.revision).toBe(BigInt(i));
        expect(e.prevStreamLeafHash).toBe(i === 0 ? null : es[i - 1].leafHash);
      });
    }
    // A different instance reading back gets the same log.
    const again: string[] = [];
    for await (const e of writers[3].readAll()) again.push(e.eventId);
    expect(again).toEqual(seen.map((e) => e.eventId));
  });

  it('an append that commits late cannot be skipped: the next appender waits for it, then takes the next positions', async () => {
    const store = await connect();
    await store.append('late-seed', [newEvent()], 'no-stream');
    const start = await store.headPosition();
    const sub = store.subscribe({ after: start });
    const seen: RecordedEvent[] = [];
    const tail = (async () => {
      for await (const e of sub) {
        seen.push(e);
        if (seen.length === 2) break;
      }
    })();

    // A second connection runs append_batch itself and holds its transaction open: it has
    // taken the append lock and assigned the next position, but not committed.
    const slow = new Client({ connectionString: pgUrl() });
    await slow.connect();
    const watcher = new Client({ connectionString: pgUrl() });
    await watcher.connect();
    try {
      const slowPosition = (await holdAppend(slow, 'late-slow', 0n, null)).position;

      // Meanwhile the store appends elsewhere. Under a naive sequence it would commit first
      // with a higher position, and a reader at "position > checkpoint" would pass the slow
      // one by. Here it has to wait on the append lock.
      let settled = false;
      const fast = store.append('late-fast', [newEvent({ late: false })], 'no-stream').finally(() => (settled = true));
      await waitOnAppendLock(watcher);
      // The append is queued on the lock (pg_locks above), so it cannot have settled.
      expect(settled).toBe(false);
      expect(seen).toHaveLength(0);
      expect(await store.headPosition()).toBe(start);

      await slow.query('COMMIT');
      const r = await fast;
      await tail;
      await sub.stop();

      expect(store.comparePositions(slowPosition, r.positions[0])).toBeLessThan(0);
      expect(BigInt(r.positions[0])).toBe(BigInt(slowPosition) + 1n);
      expect(seen.map((e) => e.stream)).toEqual(['late-slow', 'late-fast']);
      expect(seen.map((e) => e.position)).toEqual([slowPosition, r.positions[0]]);
    } finally {
      await slow.end();
      await watcher.end();
    }
  });

  it('a lone append that read its stream before waiting on the lock is checked again after it, not trusted', async () => {
    const store = await connect();
    const r0 = await store.append('moved', [newEvent()], 'no-stream');
    const other = new Client({ connectionString: pgUrl() });
    await other.connect();
    const watcher = new Client({ connectionString: pgUrl() });
    await watcher.connect();
    try {
      // Another process holds the lock with revision 1 uncommitted. The store's append starts
      // (and reads) while revision 0 is the head, then waits on the lock until revision 1 commits.
      const h1 = await holdAppend(other, 'moved', 1n, r0.events[0].leafHash);
      const exact = store.append('moved', [newEvent()], 0n).catch((e: unknown) => e);
      await waitOnAppendLock(watcher);
      await other.query('COMMIT');
      const err = await exact;
      expect(err).toBeInstanceOf(WrongExpectedRevision);
      expect((err as WrongExpectedRevision).actual).toBe(1n);

      // The same race under 'any': the entry is rebuilt on revision 2 and lands after it.
      const h2 = await holdAppend(other, 'moved', 2n, h1.leafHash);
      const any = store.append('moved', [newEvent()], 'any');
      await waitOnAppendLock(watcher);
      await other.query('COMMIT');
      const r3 = await any;
      expect(r3.nextExpectedRevision).toBe(3n);
      expect(r3.events[0].prevStreamLeafHash).toBe(h2.leafHash);
      expect(BigInt(r3.positions[0])).toBe(BigInt(h2.position) + 1n);

      const log: RecordedEvent[] = [];
      for await (const e of store.readStream('moved')) log.push(e);
      expect(log.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n]);
      expect(log.map((e) => BigInt(e.position) - BigInt(log[0].position))).toEqual([0n, 1n, 2n, 3n]);
    } finally {
      await other.end();
      await watcher.end();
    }
  });

  it('a batch that read its streams before waiting on the lock is checked again after it, each append on its own', async () => {
    const store = await connect();
    const seedEvent = newEvent({ seed: true });
    const [x0] = await Promise.all([
      store.append('bx', [newEvent()], 'no-stream'),
      store.append('by', [seedEvent], 'no-stream'),
    ]);
    const other = new Client({ connectionString: pgUrl() });
    await other.connect();
    const watcher = new Client({ connectionString: pgUrl() });
    await watcher.connect();
    try {
      const h1 = await holdAppend(other, 'bx', 1n, x0.events[0].leafHash);
      // One batch: bx on its stale revision 0, a new stream, and a retry of by's first append
      // (under 'any', so only its event id can stop it).
      const before = store.stats().batches;
      const sent = Promise.allSettled([
        store.append('bx', [newEvent()], 0n),
        store.append('bz', [newEvent(), newEvent()], 'no-stream'),
        store.append('by', [seedEvent], 'any'),
      ]);
      await waitOnAppendLock(watcher);
      await other.query('COMMIT');
      const [bx, bz, by] = await sent;
      expect(bx.status === 'rejected' && bx.reason).toBeInstanceOf(WrongExpectedRevision);
      expect(((bx as PromiseRejectedResult).reason as WrongExpectedRevision).actual).toBe(1n);
      const z = (bz as PromiseFulfilledResult<AppendResult>).value;
      expect(z.positions.map(BigInt)).toEqual([BigInt(h1.position) + 1n, BigInt(h1.position) + 2n]);
      expect((by as PromiseFulfilledResult<AppendResult>).value.idempotentReplay).toBe(true);
      // Answered in that one batch, not by sending each append again alone.
      expect(store.stats().batches - before).toBe(1);
    } finally {
      await other.end();
      await watcher.end();
    }
  });

  it('rebuilds entries when another instance moved the stream head, and still reports true conflicts', async () => {
    const a = await connect();
    const b = await connect();
    const r0 = await a.append('shared', [newEvent({ by: 'a' })], 'no-stream');
    const r1 = await b.append('shared', [newEvent({ by: 'b' })], 'any');
    const r2 = await b.append('shared', [newEvent({ by: 'b' })], 1n);
    // a's cached head is revision 0: its entry must be rebuilt on b's revision 2.
    const r3 = await a.append('shared', [newEvent({ by: 'a' })], 'any');
    expect(r3.nextExpectedRevision).toBe(3n);
    expect(r3.events[0].prevStreamLeafHash).toBe(r2.events[0].leafHash);
    // An exact revision ahead of a's cache, but right.
    const r4 = await b.append('shared', [newEvent({ by: 'b' })], 3n);
    const r5 = await a.append('shared', [newEvent({ by: 'a' })], 4n);
    expect(r5.events[0].prevStreamLeafHash).toBe(r4.events[0].leafHash);
    // A stale expected revision is still a conflict, with the actual revision.
    const err = await a.append('shared', [newEvent()], 3n).catch((e) => e);
    expect(err).toBeInstanceOf(WrongExpectedRevision);
    expect((err as WrongExpectedRevision).actual).toBe(5n);

    const chain: RecordedEvent[] = [];
    for await (const e of b.readStream('shared')) chain.push(e);
    expect(chain.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
    chain.forEach((e, i) => expect(e.prevStreamLeafHash).toBe(i === 0 ? null : chain[i - 1].leafHash));
    expect([r0, r1].map((r) => r.events[0].leafHash)).toEqual([chain[0].leafHash, chain[1].leafHash]);
  });

  it('group-commits concurrent appends into few round trips, each append checked on its own', async () => {
    const store = await connect();
    const before = store.stats();
    const results = await Promise.allSettled(
      Array.from({ length: 64 }, (_, i) => store.append(`gc-${i}`, [newEvent({ i })], i % 16 === 5 ? 0n : 'no-stream')),
    );
    const after = store.stats();
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(4);
    for (const [i, r] of results.entries()) {
      if (i % 16 === 5) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevision);
      else expect(r.status).toBe('fulfilled');
    }
    expect(after.appends - before.appends).toBe(64);
    expect(after.batches - before.batches).toBeLessThan(16);
  });

  it('sends two appends to one stream in separate batches, so both land when they can', async () => {
    const store = await connect();
    const [x, y] = await Promise.all([
      store.append('same', [newEvent()], 'no-stream'),
      store.append('same', [newEvent()], 'any'),
    ]);
    expect([x.nextExpectedRevision, y.nextExpectedRevision]).toEqual([0n, 1n]);
    expect(y.events[0].prevStreamLeafHash).toBe(x.events[0].leafHash);
  });

  it('close() lets queued appends finish, then refuses new work', async () => {
    const store = await connect();
    const pending = Array.from({ length: 20 }, (_, i) => store.append(`close-${i}`, [newEvent({ i })], 'no-stream'));
    await store.close();
    const results = await Promise.all(pending);
    expect(results.every((r) => r.positions.length === 1)).toBe(true);
    await expect(store.append('close-late', [newEvent()], 'any')).rejects.toMatchObject({ code: 'store-closed' });
    await expect(store.headPosition()).rejects.toMatchObject({ code: 'store-closed' });
  });
});
