/**
 * Pure translations between the port and @eventstore/db-client: expected revisions,
 * errors, $all positions and the stored form of an entry. No I/O here, so all of it is
 * unit-tested without a server (codec.spec.ts).
 */
import { createHash } from 'node:crypto';
import {
  MaxAppendSizeExceededError,
  NO_STREAM,
  StreamDeletedError,
  WrongExpectedVersionError,
  binaryEvent,
  eventTypeFilter,
  type AppendExpectedRevision,
  type CurrentRevision,
  type EventData,
  type Position as EsdbPosition,
  type RegexFilter,
} from '@eventstore/db-client';
import type { ExpectedRevision, Position, RecordedEvent } from '../envelope';
import { MAX_APPEND_BYTES, describeExpected, leafHashOf, toRecorded } from '../entry';
import { CorruptEntry, InvalidAppend, StreamDeleted, WrongExpectedRevision } from '../errors';

// ------------------------------------------------------------------ revisions

/** A stream head as the adapter read it: the last event's revision and leaf hash, or null (no stream). */
export interface Head {
  revision: bigint;
  leafHash: string;
  /** The last event's $all position. */
  position: Position;
}

/**
 * Checks the caller's expectation against the head the adapter just read. Returns the
 * error to throw, or null when the expectation holds.
 */
export function checkExpected(
  stream: string,
  expected: ExpectedRevision,
  head: Head | null,
): WrongExpectedRevision | null {
  const actual = head ? head.revision : null;
  const holds =
    expected === 'any' ||
    (expected === 'no-stream' ? actual === null : expected === 'exists' ? actual !== null : actual === expected);
  return holds ? null : new WrongExpectedRevision(stream, describeExpected(expected), actual);
}

/**
 * The expectedRevision sent with the append. The port's words map to the client's as
 * 'no-stream' → NO_STREAM and n → n. 'any' and 'exists' (ANY and STREAM_EXISTS in the
 * client) are NOT sent as such: the entry bytes embed streamRevision and
 * prevStreamLeafHash, so the events must land exactly on the head they were built on. The
 * adapter checks 'any'/'exists' itself against the head it read (checkExpected) and sends
 * that head's exact revision (or NO_STREAM), so a concurrent writer makes the server refuse
 * the append instead of storing a broken chain; the adapter then re-reads the head and
 * rebuilds. A side effect: every append carries an exact expected revision, which is the
 * case in which the server's own event-id idempotency is guaranteed.
 */
export function wireExpectedRevision(expected: ExpectedRevision, head: Head | null): AppendExpectedRevision {
  if (expected === 'no-stream') return NO_STREAM;
  if (typeof expected === 'bigint') return expected;
  return head ? head.revision : NO_STREAM;
}

/** The client's CurrentRevision (NO_STREAM or a bigint) as the port's actual revision. */
export function fromCurrentRevision(r: CurrentRevision): bigint | null {
  return r === NO_STREAM ? null : r;
}

/**
 * What a WrongExpectedVersionError from the server means for the caller's append:
 * - 'no-stream' or an exact revision: the caller's expectation failed → WrongExpectedRevision
 *   with the server's actual revision;
 * - 'any' or 'exists': only the head the entries were built on is gone (another writer got
 *   in first) → 'stale': re-read the head, rebuild the entry bytes, send again. For 'exists'
 *   on a stream that is now absent (impossible in the ledger, which never deletes) it is a
 *   WrongExpectedRevision too.
 * Any other error is not a revision conflict and is returned unchanged (rethrown).
 */
export function classifyAppendError(
  err: unknown,
  stream: string,
  expected: ExpectedRevision,
): { kind: 'stale' } | { kind: 'fail'; error: unknown } {
  if (err instanceof MaxAppendSizeExceededError) {
    return {
      kind: 'fail',
      error: new InvalidAppend(
        'events',
        `the server's maxAppendSize (${err.maxAppendSize} bytes) is below the ledger's ${MAX_APPEND_BYTES}; raise it`,
      ),
    };
  }
  if (err instanceof StreamDeletedError) return { kind: 'fail', error: new StreamDeleted(stream, 'tombstoned') };
  if (!(err instanceof WrongExpectedVersionError)) return { kind: 'fail', error: err };
  const actual = fromCurrentRevision(err.actualVersion);
  if (expected === 'any' || (expected === 'exists' && actual !== null)) return { kind: 'stale' };
  return { kind: 'fail', error: new WrongExpectedRevision(stream, describeExpected(expected), actual) };
}

// ------------------------------------------------------------------ positions

const POSITION_RE = /^C:(0|[1-9][0-9]{0,19})\/P:(0|[1-9][0-9]{0,19})$/;

/**
 * A $all position as the port's opaque string, in EventStoreDB's own notation
 * `C:<commit>/P:<prepare>`. Never numeric-only, so code that treats decimal positions as
 * event counts (the projections' lag estimate) knows not to.
 */
export function encodePosition(p: EsdbPosition): Position {
  if (p.commit < 0n || p.prepare < 0n) throw new RangeError(`negative $all position C:${p.commit}/P:${p.prepare}`);
  return `C:${p.commit}/P:${p.prepare}` as Position;
}

export function decodePosition(p: unknown, field: string): EsdbPosition {
  const m = typeof p === 'string' ? POSITION_RE.exec(p) : null;
  if (!m) throw new InvalidAppend(field, `not a position of this store: ${JSON.stringify(p)}`);
  return { commit: BigInt(m[1]), prepare: BigInt(m[2]) };
}

/** $all order: by commit position, then prepare position (events of one commit share it). */
export function compareEsdbPositions(a: EsdbPosition, b: EsdbPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  return a.prepare < b.prepare ? -1 : a.prepare > b.prepare ? 1 : 0;
}

// ------------------------------------------------------------------ stored form

/** Content type of ledger events: the entry bytes, stored as they are. */
export const ENTRY_CONTENT_TYPE = 'application/octet-stream';
/** Marker in every ledger event's metadata; reads check the leaf hash against the bytes. */
const ENTRY_FORMAT = 'ledger-entry/v1';

export interface EntryMetadata {
  format: typeof ENTRY_FORMAT;
  leafHash: string;
}

/**
 * A ledger event as the client writes it: id = the envelope's event id (so the server's
 * own duplicate check sees it), type = the stored type name, data = the canonical entry
 * bytes unchanged (binary, so neither the client nor the server parses or re-serialises
 * them; JSON would not survive a parse/stringify round trip byte for byte), metadata =
 * the leaf hash.
 */
export function toEventData(eventId: string, type: string, entryBytes: Buffer, leafHashHex: string): EventData {
  const metadata: EntryMetadata = { format: ENTRY_FORMAT, leafHash: leafHashHex };
  return binaryEvent({ id: eventId, type, data: entryBytes, metadata });
}

/** The fields of the client's RecordedEvent this adapter reads (real ones satisfy it). */
export interface EsdbRecord {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  isJson: boolean;
  data: unknown;
  metadata?: unknown;
  position?: EsdbPosition;
}

/** Stream names the ledger writes (validateStream's grammar); everything else in $all is not ours. */
const LEDGER_STREAM_RE = /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/;
/** Event types the ledger writes (validateAppend's grammar). */
const LEDGER_TYPE_RE = /^[A-Za-z][A-Za-z0-9.]*$/;

/**
 * The server-side $all filter: event types the ledger can write. It excludes every
 * system event (their types start with `$`) and the adapter's own event-id reservations
 * (type `ledger-event-id`, whose `-` no ledger type may contain).
 */
export const LEDGER_EVENT_TYPE_REGEX = '^[A-Za-z][A-Za-z0-9.]*$';

export function ledgerFilter(): RegexFilter {
  return eventTypeFilter({ regex: LEDGER_EVENT_TYPE_REGEX });
}

/** Client-side twin of the filter (reads of $all through readAll, which has no server filter in this client). */
export function isLedgerRecord(r: Pick<EsdbRecord, 'streamId' | 'type'>): boolean {
  return LEDGER_TYPE_RE.test(r.type) && LEDGER_STREAM_RE.test(r.streamId);
}

/**
 * The port's RecordedEvent from a stored ledger event. Checks that the bytes are binary,
 * hash to the leaf hash in the metadata, and agree with the server's stream, revision,
 * id and type; throws CorruptEntry otherwise.
 */
export function fromEsdbRecord(r: EsdbRecord): RecordedEvent {
  if (!r.position)
    throw new CorruptEntry(
      `${r.streamId}@${r.revision}`,
      'the server returned no $all position (EventStoreDB 22.6 or later is required)',
    );
  const position = encodePosition(r.position);
  if (r.isJson || !(r.data instanceof Uint8Array))
    throw new CorruptEntry(position, `event ${r.id} is not stored as ${ENTRY_CONTENT_TYPE} entry bytes`);
  const bytes = Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength);
  const leafHash = leafHashOf(bytes).toString('hex');
  const md = r.metadata as Partial<EntryMetadata> | undefined;
  if (!md || typeof md !== 'object' || md.format !== ENTRY_FORMAT)
    throw new CorruptEntry(position, `event ${r.id} has no ${ENTRY_FORMAT} metadata`);
  if (md.leafHash !== leafHash) throw new CorruptEntry(position, 'entry bytes do not match the stored leaf hash');
  const ev = toRecorded(bytes, leafHash, position);
  if (ev.stream !== r.streamId || ev.revision !== r.revision || ev.eventId !== r.id || ev.type !== r.type) {
    throw new CorruptEntry(position, 'entry does not match the stream, revision, id or type the server recorded');
  }
  return ev;
}

export function headOf(e: RecordedEvent): Head {
  return { revision: e.revision, leafHash: e.leafHash, position: e.position };
}

// ------------------------------------------------------------------ event-id reservations

/** Type of the events in reservation streams. Not a ledger type, so filtered out of $all. */
export const RESERVATION_TYPE = 'ledger-event-id';

/**
 * The reservation stream of an event id. It starts with `_`, which no ledger stream name
 * may, so it can never be a ledger stream.
 */
export function reservationStream(eventId: string): string {
  return `_ledger-event-id-${eventId}`;
}

/**
 * The reservation's own event id: derived from (stream, eventId), so a repeated reservation
 * for the same stream is the same event (the server treats the retry as a duplicate) and a
 * reservation for another stream is a different one (the server refuses it: NO_STREAM).
 */
export function reservationEventId(stream: string, eventId: string): string {
  const h = createHash('sha256').update(`ledger/event-id-reservation/v1\n${stream}\n${eventId}`).digest();
  h[6] = (h[6] & 0x0f) | 0x80; // version 8 (custom)
  h[8] = (h[8] & 0x3f) | 0x80; // RFC 4122 variant
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** The stream a reservation event names, or null when it is not a reservation. */
export function reservedStream(r: Pick<EsdbRecord, 'type' | 'data'>): string | null {
  if (r.type !== RESERVATION_TYPE) return null;
  const d = r.data as { stream?: unknown } | null;
  return d && typeof d === 'object' && typeof d.stream === 'string' ? d.stream : null;
}
