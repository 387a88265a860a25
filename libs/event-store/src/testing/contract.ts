/**
 * The one contract every EventStore adapter must pass (DESIGN.md "The event-store port").
 * Positions are treated as opaque: compared only through comparePositions.
 *
 *   runEventStoreContract('sqlite', async () => ({ store, cleanup }))
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { NewEvent, RecordedEvent } from '../envelope';
import { IdempotencyConflict, InvalidAppend, WrongExpectedRevision } from '../errors';
import type { EventStore } from '../port';
import { collect, meta, newEvent } from './fixtures';

export type OpenStore = () => Promise<{ store: EventStore; cleanup: () => Promise<void> }>;

export function runEventStoreContract(name: string, open: OpenStore): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    let cleanup: () => Promise<void>;
    let n = 0;
    const s = (label = 'case') => `contract-${label}:${Date.now().toString(36)}-${++n}`;

    beforeEach(async () => {
      ({ store, cleanup } = await open());
    });
    afterEach(async () => {
      await store.close();
      await cleanup();
    });

    async function snapshot() {
      return (await collect(store.readAll())).map((e) => `${e.position}|${e.eventId}|${e.leafHash}`);
    }

    describe('append and revisions', () => {
      it('numbers the first event of a stream revision 0 and chains leaf hashes', async () => {
        const stream = s();
        const r1 = await store.append(stream, [newEvent({ a: 1 }), newEvent({ a: 2 })], 'no-stream');
        expect(r1.nextExpectedRevision).toBe(1n);
        expect(r1.events.map((e) => e.revision)).toEqual([0n, 1n]);
        expect(r1.idempotentReplay).toBe(false);
        const r2 = await store.append(stream, [newEvent({ a: 3 })], 1n);
        expect(r2.nextExpectedRevision).toBe(2n);
        const read = await collect(store.readStream(stream));
        expect(read.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
        expect(read[0].prevStreamLeafHash).toBeNull();
        expect(read[1].prevStreamLeafHash).toBe(read[0].leafHash);
        expect(read[2].prevStreamLeafHash).toBe(read[1].leafHash);
      });

      it('stores RFC 8785 canonical entry bytes and leafHash = SHA-256(0x00 || bytes)', async () => {
        const stream = s();
        const ev = newEvent({ z: 1, a: 'é', n: 1.5e3, nested: { b: [3, 2, 1], a: null } });
        await store.append(stream, [ev], 'no-stream');
        const [rec] = await collect(store.readStream(stream));
        const { revision: _r, position: _p, leafHash: _l, entryBytes: _b, ...entry } = rec;
        expect(rec.entryBytes.toString('utf8')).toBe(canonicalize(entry));
        expect(rec.leafHash).toBe(
          createHash('sha256')
            .update(Buffer.concat([Buffer.from([0]), rec.entryBytes]))
            .digest('hex'),
        );
        expect(rec.data).toEqual(ev.data);
        expect(rec.metadata).toEqual(ev.metadata);
        expect(rec.stream).toBe(stream);
        expect(rec.streamRevision).toBe(0);
      });

      it('assigns positions in increasing global order', async () => {
        const a = s('a');
        const b = s('b');
        const r1 = await store.append(a, [newEvent()], 'any');
        const r2 = await store.append(b, [newEvent(), newEvent()], 'any');
        const r3 = await store.append(a, [newEvent()], 'any');
        const ps = [...r1.positions, ...r2.positions, ...r3.positions];
        for (let i = 1; i < ps.length; i++) expect(store.comparePositions(ps[i - 1], ps[i])).toBeLessThan(0);
        expect(store.comparePositions(ps[0], ps[0])).toBe(0);
        expect(await store.headPosition()).toBe(ps[ps.length - 1]);
      });

      it.each([
        ['no-stream on an existing stream', 'no-stream' as const, 0n],
        ['a stale revision', 5n, 0n],
        ['a revision ahead', 1n, 0n],
      ])('rejects %s with WrongExpectedRevision carrying the actual revision', async (_label, expected, actual) => {
        const stream = s();
        await store.append(stream, [newEvent()], 'no-stream');
        const before = await snapshot();
        const err = await store.append(stream, [newEvent()], expected).catch((e) => e);
        expect(err).toBeInstanceOf(WrongExpectedRevision);
        expect((err as WrongExpectedRevision).actual).toBe(actual);
        expect((err as WrongExpectedRevision).stream).toBe(stream);
        expect(await snapshot()).toEqual(before);
      });

      it("rejects 'exists' and exact revisions on a missing stream, with actual null", async () => {
        for (const expected of ['exists' as const, 0n]) {
          const err = await store.append(s(), [newEvent()], expected).catch((e) => e);
          expect(err).toBeInstanceOf(WrongExpectedRevision);
          expect((err as WrongExpectedRevision).actual).toBeNull();
        }
      });

      it("accepts 'any' and 'exists' when they hold", async () => {
        const stream = s();
        await store.append(stream, [newEvent()], 'any');
        const r = await store.append(stream, [newEvent()], 'exists');
        expect(r.nextExpectedRevision).toBe(1n);
      });

      it('lets exactly one of two racing appends with the same expected revision win', async () => {
        const stream = s();
        await store.append(stream, [newEvent()], 'no-stream');
        const results = await Promise.allSettled([
          store.append(stream, [newEvent({ w: 1 })], 0n),
          store.append(stream, [newEvent({ w: 2 })], 0n),
        ]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
        expect(rejected.reason).toBeInstanceOf(WrongExpectedRevision);
        expect(await collect(store.readStream(stream))).toHaveLength(2);
      });

      it('fails only the conflicting append among many concurrent ones', async () => {
        const streams = Array.from({ length: 20 }, () => s('many'));
        const results = await Promise.allSettled(
          streams.map((st, i) => store.append(st, [newEvent({ i })], i === 7 ? 3n : 'no-stream')),
        );
        expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
        expect((results[7] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevision);
        for (const [i, st] of streams.entries())
          expect(await collect(store.readStream(st))).toHaveLength(i === 7 ? 0 : 1);
      });
    });

    describe('idempotency by event id', () => {
      it('returns the original result and writes nothing when the same append is repeated', async () => {
        const stream = s();
        const events = [newEvent({ a: 1 }), newEvent({ a: 2 })];
        const first = await store.append(stream, events, 'no-stream');
        const before = await snapshot();
        const again = await store.append(
          stream,
          events.map((e) => ({ ...e, metadata: { ...e.metadata, recordedAt: '2014-01-01T00:00:00.000Z' } })),
          'no-stream',
        );
        expect(again.idempotentReplay).toBe(true);
        expect(again.positions).toEqual(first.positions);
        expect(again.nextExpectedRevision).toBe(first.nextExpectedRevision);
        expect(again.events.map((e) => e.leafHash)).toEqual(first.events.map((e) => e.leafHash));
        expect(await snapshot()).toEqual(before);
      });

      it('rejects the same id with different content', async () => {
        const stream = s();
        const ev = newEvent({ a: 1 });
        await store.append(stream, [ev], 'no-stream');
        const before = await snapshot();
        await expect(store.append(stream, [{ ...ev, data: { a: 2 } }], 'any')).rejects.toBeInstanceOf(
          IdempotencyConflict,
        );
        await expect(store.append(s('other'), [ev], 'any')).rejects.toBeInstanceOf(IdempotencyConflict);
        expect(await snapshot()).toEqual(before);
      });

      it('rejects an append that repeats only some of its ids, writing nothing', async () => {
        const stream = s();
        const ev = newEvent();
        await store.append(stream, [ev], 'no-stream');
        const before = await snapshot();
        await expect(store.append(stream, [newEvent(), ev], 'any')).rejects.toBeInstanceOf(IdempotencyConflict);
        await expect(store.append(stream, [ev, newEvent()], 'any')).rejects.toBeInstanceOf(IdempotencyConflict);
        expect(await snapshot()).toEqual(before);
      });
    });

    describe('bad input gets a typed error and leaves the store unchanged', () => {
      const huge = 'x'.repeat(1024 * 1024 + 10);
      const cyclic: Record<string, unknown> = { a: 1 };
      cyclic.self = cyclic;
      const cases: Array<[string, () => [string, NewEvent[], unknown]]> = [
        ['an empty stream name', () => ['', [newEvent()], 'any']],
        ['an over-long stream name', () => ['s'.repeat(201), [newEvent()], 'any']],
        ['a stream name with control characters', () => ['bad\nstream', [newEvent()], 'any']],
        ['a BigInt in data', () => [s(), [newEvent({ a: 1n as unknown as number })], 'any']],
        ['a function in data', () => [s(), [newEvent({ f: (() => 1) as unknown as number })], 'any']],
        ['NaN in data', () => [s(), [newEvent({ x: NaN })], 'any']],
        ['a Date object in data', () => [s(), [newEvent({ d: new Date() as unknown as string })], 'any']],
        ['a cycle in data', () => [s(), [newEvent(cyclic)], 'any']],
        ['undefined in data', () => [s(), [newEvent({ u: undefined as unknown as null })], 'any']],
        ['an event over 1 MiB', () => [s(), [newEvent({ big: huge })], 'any']],
        // EventStoreDB's default limit on a whole append; every backend enforces it, so the port behaves the same on each.
        [
          'events totalling over 1 MiB',
          () => [s(), Array.from({ length: 1000 }, (_, i) => newEvent({ i, pad: 'x'.repeat(1500) })), 'any'],
        ],
        ['a negative expected revision', () => [s(), [newEvent()], -1n]],
        ['a number instead of a bigint revision', () => [s(), [newEvent()], 3]],
        ['an unknown expected-revision word', () => [s(), [newEvent()], 'latest']],
        [
          'duplicate event ids in one append',
          () => {
            const e = newEvent();
            return [s(), [e, { ...e }], 'any'];
          },
        ],
        ['no events', () => [s(), [], 'any']],
        ['a malformed event id', () => [s(), [newEvent({}, { eventId: 'not-a-uuid' })], 'any']],
        ['a missing actor', () => [s(), [newEvent({}, { metadata: { ...meta(), actor: undefined as never } })], 'any']],
        [
          'an invalid classification',
          () => [s(), [newEvent({}, { metadata: meta({ classification: 'secret' }) })], 'any'],
        ],
        [
          'an invalid effectiveAt',
          () => [s(), [newEvent({}, { metadata: meta({ effectiveAt: '31/02/2013' }) })], 'any'],
        ],
      ];
      it.each(cases)('rejects %s', async (_label, make) => {
        const seed = s('seed');
        await store.append(seed, [newEvent()], 'no-stream');
        const before = await snapshot();
        const [stream, events, expected] = make();
        const err = await store.append(stream, events, expected as never).catch((e) => e);
        expect(err).toBeInstanceOf(InvalidAppend);
        expect((err as InvalidAppend).field.length).toBeGreaterThan(0);
        expect(await snapshot()).toEqual(before);
      });

      it('rejects malformed read options with a typed error', async () => {
        await expect(collect(store.readStream(s(), { limit: 0 }))).rejects.toBeInstanceOf(InvalidAppend);
        await expect(collect(store.readStream(s(), { from: -1n }))).rejects.toBeInstanceOf(InvalidAppend);
        await expect(collect(store.readAll({ limit: -5 }))).rejects.toBeInstanceOf(InvalidAppend);
      });
    });

    describe('reading', () => {
      it('reads a stream forwards and backwards with from and limit', async () => {
        const stream = s();
        await store.append(
          stream,
          Array.from({ length: 10 }, (_, i) => newEvent({ i })),
          'no-stream',
        );
        const rev = (es: RecordedEvent[]) => es.map((e) => Number(e.revision));
        expect(rev(await collect(store.readStream(stream)))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        expect(rev(await collect(store.readStream(stream, { from: 3n, limit: 4 })))).toEqual([3, 4, 5, 6]);
        expect(rev(await collect(store.readStream(stream, { direction: 'backwards', limit: 3 })))).toEqual([9, 8, 7]);
        expect(rev(await collect(store.readStream(stream, { direction: 'backwards', from: 2n })))).toEqual([2, 1, 0]);
        expect(await collect(store.readStream(s('missing')))).toEqual([]);
      });

      it('reads the whole log in global order from an opaque position', async () => {
        const a = s('a');
        const b = s('b');
        await store.append(a, [newEvent({ k: 'a0' })], 'any');
        await store.append(b, [newEvent({ k: 'b0' })], 'any');
        await store.append(a, [newEvent({ k: 'a1' })], 'any');
        const all = (await collect(store.readAll())).filter((e) => e.stream === a || e.stream === b);
        expect(all.map((e) => e.data.k)).toEqual(['a0', 'b0', 'a1']);
        const after = await collect(store.readAll({ after: all[0].position }));
        expect(after.map((e) => e.eventId)).toContain(all[1].eventId);
        expect(after.map((e) => e.eventId)).not.toContain(all[0].eventId);
        expect(await collect(store.readAll({ after: all[0].position, limit: 1 }))).toHaveLength(1);
      });

      it('pages through more events than one internal page', async () => {
        const stream = s('long');
        for (let i = 0; i < 3; i++)
          await store.append(
            stream,
            Array.from({ length: 400 }, (_, j) => newEvent({ i, j })),
            'any',
          );
        expect(await collect(store.readStream(stream))).toHaveLength(1200);
        const all = await collect(store.readAll());
        expect(all.filter((e) => e.stream === stream)).toHaveLength(1200);
        for (let i = 1; i < all.length; i++)
          expect(store.comparePositions(all[i - 1].position, all[i].position)).toBeLessThan(0);
      });
    });

    describe('subscribe', () => {
      it('catches up, then follows live, with no gap and no duplicate', async () => {
        const stream = s('sub');
        await store.append(stream, [newEvent({ i: 0 }), newEvent({ i: 1 })], 'no-stream');
        const start = await store.headPosition();
        const base = (await collect(store.readAll())).length;
        const sub = store.subscribe({ batchSize: 3 });
        const seen: RecordedEvent[] = [];
        const done = (async () => {
          for await (const e of sub) {
            seen.push(e);
            if (seen.length === base + 30) break;
          }
        })();
        for (let i = 2; i < 32; i++) await store.append(stream, [newEvent({ i })], 'any');
        await done;
        await sub.stop();
        expect(seen).toHaveLength(base + 30);
        expect(new Set(seen.map((e) => e.eventId)).size).toBe(seen.length);
        for (let i = 1; i < seen.length; i++)
          expect(store.comparePositions(seen[i - 1].position, seen[i].position)).toBeLessThan(0);
        const mine = seen.filter((e) => e.stream === stream).map((e) => e.data.i);
        expect(mine).toEqual(Array.from({ length: 32 }, (_, i) => i));
        expect(start).not.toBeNull();
      });

      it('starts strictly after the given position', async () => {
        const stream = s('sub2');
        const r = await store.append(stream, [newEvent({ i: 0 }), newEvent({ i: 1 }), newEvent({ i: 2 })], 'no-stream');
        const sub = store.subscribe({ after: r.positions[0] });
        const got: unknown[] = [];
        for await (const e of sub) {
          if (e.stream === stream) got.push(e.data.i);
          if (got.length === 2) break;
        }
        await sub.stop();
        expect(got).toEqual([1, 2]);
      });
    });
  });
}
