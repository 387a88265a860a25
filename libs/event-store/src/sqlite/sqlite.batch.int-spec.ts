import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IdempotencyConflict, WrongExpectedRevision } from '../errors';
import { collect, newEvent } from '../testing/fixtures';
import { SqliteEventStore } from './sqlite-event-store';

/*
 * The SQLite writer keeps stream heads in memory and writes a group of appends in one
 * multi-row INSERT. These cases are the ones a cache or a shared INSERT could get wrong:
 * another connection writing the same file, and retries inside one group.
 */
describe('SqliteEventStore group writes and cached heads', () => {
  let dir: string;
  let file: string;
  const open: SqliteEventStore[] = [];
  const openStore = async () => {
    const s = await SqliteEventStore.open({ file, writerThread: true });
    open.push(s);
    return s;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-batch-'));
    file = join(dir, 'ledger.sqlite');
  });
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a stale expected revision after another connection appended to the stream', async () => {
    const a = await openStore();
    const b = await openStore();
    await a.append('case-1', [newEvent()], 'no-stream');
    await b.append('case-1', [newEvent()], 0n);
    await expect(a.append('case-1', [newEvent()], 0n)).rejects.toBeInstanceOf(WrongExpectedRevision);
    const r = await a.append('case-1', [newEvent()], 1n);
    expect(r.nextExpectedRevision).toBe(2n);
    const events = await collect(a.readStream('case-1'));
    expect(events.map((e) => e.prevStreamLeafHash)).toEqual([null, events[0].leafHash, events[1].leafHash]);
  });

  it('answers a retry queued in the same group as its original, and keeps positions consecutive', async () => {
    const store = await openStore();
    const ev = newEvent();
    const results = await Promise.all([
      store.append('case-1', [ev], 'no-stream'),
      store.append('case-2', [newEvent()], 'no-stream'),
      store.append('case-1', [ev], 'no-stream'),
      store.append('case-2', [newEvent()], 0n),
    ]);
    expect(results.map((r) => r.idempotentReplay)).toEqual([false, false, true, false]);
    expect(results[2].positions).toEqual(results[0].positions);
    const all = await collect(store.readAll());
    expect(all.map((e) => [e.stream, e.revision])).toEqual([
      ['case-1', 0n],
      ['case-2', 0n],
      ['case-2', 1n],
    ]);
    expect(all.map((e) => Number(e.position))).toEqual([1, 2, 3]);
  });

  it('fails only the bad append of a group and writes the others', async () => {
    const store = await openStore();
    const stored = newEvent();
    await store.append('case-1', [stored], 'no-stream');
    const outcomes = await Promise.allSettled([
      store.append('case-2', [newEvent()], 'no-stream'),
      store.append('case-3', [newEvent(), stored], 'no-stream'),
      store.append('case-1', [newEvent()], 5n),
      store.append('case-4', [newEvent()], 'no-stream'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(IdempotencyConflict);
    expect((outcomes[2] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevision);
    expect((await collect(store.readAll())).map((e) => e.stream)).toEqual(['case-1', 'case-2', 'case-4']);
  });

  it('commits a group off the event loop: this thread runs while the group waits for the write lock', async () => {
    const store = await openStore();
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    const group = Promise.all([
      store.append('case-1', [newEvent()], 'no-stream'),
      store.append('case-2', [newEvent()], 'no-stream'),
    ]);
    // Queued after the store's flush: it runs only if the flush left the event loop free.
    await new Promise((resolve) => setImmediate(resolve));
    other.exec('COMMIT');
    other.close();
    expect((await group).map((r) => r.nextExpectedRevision)).toEqual([0n, 0n]);
  });

  it('answers every queued append before close() returns, groups out on the writer thread included', async () => {
    const store = await openStore();
    const append = (i: number) => store.append(`case-${i % 5}`, [newEvent()], 'any');
    const appends = Array.from({ length: 20 }, (_, i) => append(i));
    // The store's flush has sent those as a group to the writer thread; these wait in the queue.
    await new Promise((resolve) => setImmediate(resolve));
    appends.push(...Array.from({ length: 20 }, (_, i) => append(i)));
    await store.close();
    const results = await Promise.all(appends);
    const reopened = await openStore();
    const stored = await collect(reopened.readAll());
    expect(stored.map((e) => e.position)).toEqual(results.flatMap((r) => r.positions));
  });

  it('stores the same entry bytes for an event written in a group on the writer thread as written alone', async () => {
    const data = { z: [1e21, 0.1, -0, { b: null, a: 'é\u2028\ud800"\\' }], a: { y: true, x: 'ünïcode 🎉' } };
    const ev = newEvent(data);
    const alone = await openStore();
    const [aloneEvent] = (await alone.append('case-1', [ev], 'no-stream')).events;
    file = join(dir, 'other.sqlite');
    const grouped = await openStore();
    const [r] = await Promise.all([
      grouped.append('case-1', [ev], 'no-stream'),
      grouped.append('case-2', [newEvent()], 'no-stream'),
    ]);
    const [stored] = await collect(grouped.readStream('case-1'));
    expect(r.events[0].entryBytes.equals(aloneEvent.entryBytes)).toBe(true);
    expect(stored.entryBytes.equals(aloneEvent.entryBytes)).toBe(true);
    expect([r.events[0].leafHash, stored.leafHash]).toEqual([aloneEvent.leafHash, aloneEvent.leafHash]);
    expect(r.events[0].data).toBe(data);
  });
});
