import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { buildEntry } from '../entry';
import type { Position } from '../envelope';
import { CorruptEntry, InvalidAppend, WrongExpectedRevision } from '../errors';
import { newEvent } from '../testing/fixtures';
import {
  ENTRY_CONTENT_TYPE,
  LEDGER_EVENT_TYPE_REGEX,
  RESERVATION_TYPE,
  checkExpected,
  classifyAppendError,
  compareEsdbPositions,
  decodePosition,
  encodePosition,
  fromCurrentRevision,
  fromEsdbRecord,
  isLedgerRecord,
  ledgerFilter,
  reservationEventId,
  reservationStream,
  toEventData,
  wireExpectedRevision,
  type EsdbRecord,
} from './codec';

const head = (revision: bigint) => ({ revision, leafHash: 'ab'.repeat(32), position: 'C:1/P:1' as Position });

describe('EventStoreDB codec: expected revisions', () => {
  it.each([
    ['any', null, null],
    ['any', 4n, null],
    ['no-stream', null, null],
    ['no-stream', 0n, 0n],
    ['exists', 2n, null],
    ['exists', null, null],
    [3n, 3n, null],
    [3n, 2n, 2n],
    [0n, null, null],
  ] as const)('expected %s on head %s', (expected, h, actualInError) => {
    const err = checkExpected('s-1', expected, h === null ? null : head(h));
    const holds =
      expected === 'any' ||
      (expected === 'no-stream' && h === null) ||
      (expected === 'exists' && h !== null) ||
      expected === h;
    if (holds) {
      expect(err).toBeNull();
    } else {
      expect(err).toBeInstanceOf(WrongExpectedRevision);
      expect(err?.actual).toBe(actualInError);
      expect(err?.stream).toBe('s-1');
    }
  });

  it("sends NO_STREAM and exact revisions as such, and 'any'/'exists' as the exact head the entries were built on", () => {
    expect(wireExpectedRevision('no-stream', null)).toBe(NO_STREAM);
    expect(wireExpectedRevision(7n, head(7n))).toBe(7n);
    expect(wireExpectedRevision('any', null)).toBe(NO_STREAM);
    expect(wireExpectedRevision('any', head(12n))).toBe(12n);
    expect(wireExpectedRevision('exists', head(0n))).toBe(0n);
    for (const e of ['any', 'exists', 'no-stream', 5n] as const) {
      for (const h of [null, head(5n)]) expect([ANY, STREAM_EXISTS]).not.toContain(wireExpectedRevision(e, h));
    }
  });

  it("maps the client's current revision to the port's actual revision", () => {
    expect(fromCurrentRevision(NO_STREAM)).toBeNull();
    expect(fromCurrentRevision(0n)).toBe(0n);
    expect(fromCurrentRevision(41n)).toBe(41n);
  });
});

describe('EventStoreDB codec: append errors', () => {
  const wev = (expected: bigint | typeof NO_STREAM, current: bigint | typeof NO_STREAM) =>
    new WrongExpectedVersionError(undefined, { streamName: 's-1', expected, current });

  it('turns WrongExpectedVersionError into WrongExpectedRevision with the actual revision for exact and no-stream expectations', () => {
    const a = classifyAppendError(wev(3n, 5n), 's-1', 3n);
    expect(a.kind).toBe('fail');
    const e = (a as { error: WrongExpectedRevision }).error;
    expect(e).toBeInstanceOf(WrongExpectedRevision);
    expect(e.actual).toBe(5n);
    expect(e.expected).toBe('3');
    const b = classifyAppendError(wev(NO_STREAM, 0n), 's-1', 'no-stream');
    expect((b as { error: WrongExpectedRevision }).error.actual).toBe(0n);
    const c = classifyAppendError(wev(0n, NO_STREAM), 's-1', 0n);
    expect((c as { error: WrongExpectedRevision }).error.actual).toBeNull();
  });

  it("treats a refusal of an 'any' or 'exists' append as a stale head to rebuild on, not as the caller's conflict", () => {
    expect(classifyAppendError(wev(4n, 6n), 's-1', 'any')).toEqual({ kind: 'stale' });
    expect(classifyAppendError(wev(NO_STREAM, 0n), 's-1', 'any')).toEqual({ kind: 'stale' });
    expect(classifyAppendError(wev(4n, 6n), 's-1', 'exists')).toEqual({ kind: 'stale' });
    const gone = classifyAppendError(wev(4n, NO_STREAM), 's-1', 'exists');
    expect((gone as { error: WrongExpectedRevision }).error).toBeInstanceOf(WrongExpectedRevision);
  });

  it('passes other errors through unchanged', () => {
    const down = new UnavailableError();
    expect(classifyAppendError(down, 's-1', 'any')).toEqual({ kind: 'fail', error: down });
    const missing = new StreamNotFoundError(undefined, 's-1');
    expect(classifyAppendError(missing, 's-1', 2n)).toEqual({ kind: 'fail', error: missing });
  });
});

describe('EventStoreDB codec: positions', () => {
  it('encodes $all positions as opaque C:/P: strings and decodes them back', () => {
    const p = { commit: 18446744073709551615n, prepare: 12n };
    const s = encodePosition(p);
    expect(s).toBe('C:18446744073709551615/P:12');
    expect(decodePosition(s, 'after')).toEqual(p);
    expect(s).not.toMatch(/^[0-9]+$/);
  });

  it('orders by commit, then prepare', () => {
    const ps = [
      { commit: 0n, prepare: 0n },
      { commit: 100n, prepare: 90n },
      { commit: 100n, prepare: 100n },
      { commit: 101n, prepare: 20n },
      { commit: 2000n, prepare: 2000n },
    ];
    for (let i = 0; i < ps.length; i++) {
      for (let j = 0; j < ps.length; j++) expect(Math.sign(compareEsdbPositions(ps[i], ps[j]))).toBe(Math.sign(i - j));
    }
  });

  it.each(['', '42', 'C:1/P:', 'C:-1/P:0', 'C:01/P:1', 'c:1/p:1', 'C:1/P:1 ', null, 7])(
    'rejects %p with a typed error',
    (bad) => {
      expect(() => decodePosition(bad, 'after')).toThrow(InvalidAppend);
    },
  );
});

describe('EventStoreDB codec: entry bytes', () => {
  function stored(bytes: Buffer, leafHash: string, extra: Partial<EsdbRecord> = {}): EsdbRecord {
    // What the server returns for a binary event: the same bytes, isJson false, metadata parsed from JSON.
    const data = toEventData('11111111-1111-4111-8111-111111111111', 'TestHappened', bytes, leafHash);
    return {
      streamId: 'case-1',
      id: data.id,
      revision: 0n,
      type: data.type,
      isJson: data.contentType === 'application/json',
      data: new Uint8Array(data.data as Uint8Array),
      metadata: JSON.parse(JSON.stringify(data.metadata)),
      position: { commit: 1234n, prepare: 1234n },
      ...extra,
    };
  }

  it('stores the canonical entry bytes unchanged and reads back identical bytes and leaf hash', () => {
    const ev = newEvent(
      { '9': 'nine', '10': 'ten', z: 1, a: 'é', n: 1.5e3, nested: { b: [3, 2, 1], a: null } },
      { eventId: '11111111-1111-4111-8111-111111111111' },
    );
    const { entryBytes, leafHash } = buildEntry('case-1', 0n, null, ev);
    const data = toEventData(ev.eventId, ev.type, entryBytes, leafHash.toString('hex'));
    expect(data.contentType).toBe(ENTRY_CONTENT_TYPE);
    expect(data.id).toBe(ev.eventId);
    const rec = fromEsdbRecord(stored(entryBytes, leafHash.toString('hex')));
    expect(rec.entryBytes.equals(entryBytes)).toBe(true);
    expect(rec.leafHash).toBe(
      createHash('sha256')
        .update(Buffer.concat([Buffer.from([0]), entryBytes]))
        .digest('hex'),
    );
    expect(rec.position).toBe('C:1234/P:1234');
    expect(rec.revision).toBe(0n);
    expect(rec.data).toEqual(ev.data);
    const { revision: _r, position: _p, leafHash: _l, entryBytes: _b, ...entry } = rec;
    expect(rec.entryBytes.toString('utf8')).toBe(canonicalize(entry));
  });

  it('would not survive as a JSON event: a parse/stringify round trip reorders integer-like keys', () => {
    const { entryBytes } = buildEntry('case-1', 0n, null, newEvent({ '9': 'nine', '10': 'ten' }));
    expect(JSON.stringify(JSON.parse(entryBytes.toString('utf8')))).not.toBe(entryBytes.toString('utf8'));
  });

  it('throws CorruptEntry when the bytes, the metadata or the server fields disagree', () => {
    const ev = newEvent({ a: 1 }, { eventId: '11111111-1111-4111-8111-111111111111' });
    const { entryBytes, leafHash } = buildEntry('case-1', 0n, null, ev);
    const hex = leafHash.toString('hex');
    const flipped = Buffer.from(entryBytes);
    flipped[flipped.length - 3] ^= 1;
    expect(() => fromEsdbRecord(stored(flipped, hex))).toThrow(CorruptEntry);
    expect(() => fromEsdbRecord(stored(entryBytes, hex, { revision: 1n }))).toThrow(CorruptEntry);
    expect(() => fromEsdbRecord(stored(entryBytes, hex, { streamId: 'case-2' }))).toThrow(CorruptEntry);
    expect(() =>
      fromEsdbRecord(stored(entryBytes, hex, { isJson: true, data: JSON.parse(entryBytes.toString()) })),
    ).toThrow(CorruptEntry);
    expect(() => fromEsdbRecord(stored(entryBytes, hex, { metadata: undefined }))).toThrow(CorruptEntry);
    expect(() => fromEsdbRecord(stored(entryBytes, hex, { position: undefined }))).toThrow(CorruptEntry);
  });
});

describe('EventStoreDB codec: filter and reservations', () => {
  it('filters $all server-side to ledger event types, excluding system events and reservations', () => {
    const f = ledgerFilter();
    expect(f).toMatchObject({ filterOn: 'eventType', regex: LEDGER_EVENT_TYPE_REGEX });
    const re = new RegExp(LEDGER_EVENT_TYPE_REGEX);
    for (const t of ['ReportRequested', 'Test.Happened', 'PreceptVetoed']) expect(re.test(t)).toBe(true);
    for (const t of ['$metadata', '$>', '$statsCollected', '$streamDeleted', RESERVATION_TYPE])
      expect(re.test(t)).toBe(false);
    expect(isLedgerRecord({ streamId: 'case-1', type: 'ReportRequested' })).toBe(true);
    expect(isLedgerRecord({ streamId: '$$case-1', type: 'ReportRequested' })).toBe(false);
    expect(isLedgerRecord({ streamId: reservationStream('11111111-1111-4111-8111-111111111111'), type: 'X' })).toBe(
      false,
    );
    expect(isLedgerRecord({ streamId: 'case-1', type: '$metadata' })).toBe(false);
  });

  it('derives one reservation event id per (stream, event id), as a UUID', () => {
    const id = '11111111-1111-4111-8111-111111111111';
    const a = reservationEventId('case-1', id);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(reservationEventId('case-1', id)).toBe(a);
    expect(reservationEventId('case-2', id)).not.toBe(a);
    expect(reservationStream(id)).toMatch(/^_/);
  });
});
