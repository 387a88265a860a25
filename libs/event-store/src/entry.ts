import { createHash, hash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type {
  AppendResult,
  Entry,
  EventMetadata,
  ExpectedRevision,
  JsonObject,
  NewEvent,
  RecordedEvent,
  Position,
} from './envelope';
import { CorruptEntry, InvalidAppend } from './errors';
import { type EntryText, canonicalEntry, entryText, fillEntryText } from './canonical-entry';

/**
 * Largest append, summed over its events as a backend stores them. It is EventStoreDB's
 * default MaxAppendSize (data + metadata + 2 bytes per character of the type, summed), and
 * every backend enforces it, so an append one backend takes, every backend takes.
 */
export const MAX_APPEND_BYTES = 1024 * 1024;
/**
 * What a backend stores per event beside the entry bytes, counted against MAX_APPEND_BYTES:
 * in EventStoreDB 2 bytes per character of the type (at most 200) and the leaf-hash
 * metadata (under 100 bytes).
 */
const EVENT_OVERHEAD_BYTES = 320;
/** Largest entry (canonical bytes): one event alone must fit in an append. */
export const MAX_ENTRY_BYTES = MAX_APPEND_BYTES - EVENT_OVERHEAD_BYTES;
/** Widest values of the fields the store fills in, for an upper bound of an entry's size before it is built. */
const WIDEST_REVISION = Number.MAX_SAFE_INTEGER;
const WIDEST_LEAF_HASH = 'f'.repeat(64);
/** Bytes of those widest values as written in an entry: the quoted hash and the revision. */
const WIDEST_FILLED_BYTES = WIDEST_LEAF_HASH.length + 2 + String(WIDEST_REVISION).length;
const MAX_STREAM_LENGTH = 200;
const MAX_EVENTS_PER_APPEND = 1000;
const STREAM_RE = /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TYPE_RE = /^[A-Za-z][A-Za-z0-9.]{0,99}$/;

export function leafHashOf(entryBytes: Uint8Array): Buffer {
  return createHash('sha256')
    .update(Buffer.from([0]))
    .update(entryBytes)
    .digest();
}

export function validateStream(stream: unknown): string {
  if (typeof stream !== 'string' || stream.length === 0)
    throw new InvalidAppend('stream', 'must be a non-empty string');
  if (stream.length > MAX_STREAM_LENGTH)
    throw new InvalidAppend('stream', `must be at most ${MAX_STREAM_LENGTH} characters`);
  if (!STREAM_RE.test(stream))
    throw new InvalidAppend(
      'stream',
      'may contain only letters, digits and . _ : @ / - and must start with a letter or digit',
    );
  return stream;
}

function validateExpected(expected: unknown): ExpectedRevision {
  if (expected === 'any' || expected === 'no-stream' || expected === 'exists') return expected;
  if (typeof expected === 'bigint' && expected >= 0n) return expected;
  throw new InvalidAppend(
    'expectedRevision',
    `must be 'any', 'no-stream', 'exists' or a non-negative bigint revision, got ${describe(expected)}`,
  );
}

export function describeExpected(expected: ExpectedRevision): string {
  return typeof expected === 'bigint' ? expected.toString() : expected;
}

/**
 * Whether a value is plain JSON as assertPlainJson defines it, without building paths:
 * the common case of a valid payload costs one walk. Deep nesting (which might be a cycle)
 * answers false, and assertPlainJson then finds the problem, or none, and names its path.
 */
function isPlainJson(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (depth > MAX_FAST_DEPTH) return false;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!isPlainJson(value[i], depth + 1)) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      const obj = value as Record<string, unknown>;
      for (const k of Object.keys(obj)) {
        const v = obj[k];
        if (v === undefined || !isPlainJson(v, depth + 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** Deeper than this the fast check gives up and the full check (with cycle detection) runs. */
const MAX_FAST_DEPTH = 64;

function checkPlainJson(value: unknown, path: string): void {
  if (!isPlainJson(value, 0)) assertPlainJson(value, path);
}

/**
 * Checks a JSON value is plain JSON that round-trips: no undefined, functions, symbols,
 * bigints, NaN/Infinity, cycles, or non-plain objects (Date, Map, class instances).
 */
function assertPlainJson(value: unknown, path: string, seen: Set<object> = new Set()): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value))
        throw new InvalidAppend(path, 'numbers must be finite (RFC 8785 has no NaN or Infinity)');
      return;
    case 'object': {
      if (value === null) return;
      if (seen.has(value)) throw new InvalidAppend(path, 'contains a cycle');
      seen.add(value);
      if (Array.isArray(value)) {
        value.forEach((v, i) => assertPlainJson(v, `${path}[${i}]`, seen));
      } else {
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null)
          throw new InvalidAppend(path, `must be a plain object, got ${proto?.constructor?.name ?? 'exotic object'}`);
        for (const [k, v] of Object.entries(value)) {
          if (v === undefined) throw new InvalidAppend(`${path}.${k}`, 'is undefined; omit the key or use null');
          assertPlainJson(v, `${path}.${k}`, seen);
        }
      }
      seen.delete(value);
      return;
    }
    default:
      throw new InvalidAppend(path, `cannot be serialised as JSON (${typeof value})`);
  }
}

function describe(v: unknown): string {
  if (typeof v === 'bigint') return `${v}n`;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function validateMetadata(m: unknown, path: string): asserts m is EventMetadata {
  if (typeof m !== 'object' || m === null) throw new InvalidAppend(path, 'is required');
  const md = m as Record<string, unknown>;
  const actor = md.actor as Record<string, unknown> | undefined;
  if (!actor || typeof actor !== 'object') throw new InvalidAppend(`${path}.actor`, 'is required');
  for (const k of ['id', 'name', 'role', 'body']) {
    if (typeof actor[k] !== 'string' || (actor[k] as string).length === 0)
      throw new InvalidAppend(`${path}.actor.${k}`, 'must be a non-empty string');
  }
  for (const k of ['effectiveAt', 'recordedAt']) {
    if (typeof md[k] !== 'string' || Number.isNaN(Date.parse(md[k] as string)))
      throw new InvalidAppend(`${path}.${k}`, 'must be an ISO 8601 date or date-time');
  }
  if (typeof md.correlationId !== 'string' || md.correlationId.length === 0)
    throw new InvalidAppend(`${path}.correlationId`, 'must be a non-empty string');
  if (md.causationId !== null && typeof md.causationId !== 'string')
    throw new InvalidAppend(`${path}.causationId`, 'must be a string or null');
  if (md.legalBasis !== null && typeof md.legalBasis !== 'string')
    throw new InvalidAppend(`${path}.legalBasis`, 'must be a string or null');
  if (typeof md.classification !== 'string' || !/^(open|personal|exempt:[0-9]+(,[0-9]+)*)$/.test(md.classification)) {
    throw new InvalidAppend(
      `${path}.classification`,
      "must be 'open', 'personal' or 'exempt:<Sch 12A paras>' e.g. 'exempt:1,2'",
    );
  }
}

/**
 * Validates one append request completely before anything is written. Throws
 * InvalidAppend naming the offending field.
 */
export function validateAppend(stream: unknown, events: unknown, expected: unknown): ValidAppend {
  const s = validateStream(stream);
  const e = validateExpected(expected);
  if (!Array.isArray(events) || events.length === 0) throw new InvalidAppend('events', 'must be a non-empty array');
  if (events.length > MAX_EVENTS_PER_APPEND)
    throw new InvalidAppend('events', `at most ${MAX_EVENTS_PER_APPEND} events per append`);
  const ids = new Set<string>();
  events.forEach((ev: unknown, i: number) => {
    const p = `events[${i}]`;
    if (typeof ev !== 'object' || ev === null) throw new InvalidAppend(p, 'must be an object');
    const x = ev as Record<string, unknown>;
    if (typeof x.eventId !== 'string' || !UUID_RE.test(x.eventId))
      throw new InvalidAppend(`${p}.eventId`, 'must be a lower-case UUID');
    if (ids.has(x.eventId)) throw new InvalidAppend(`${p}.eventId`, `duplicate event id ${x.eventId} in one append`);
    ids.add(x.eventId);
    if (typeof x.type !== 'string' || !TYPE_RE.test(x.type))
      throw new InvalidAppend(`${p}.type`, 'must be an identifier of at most 100 characters');
    if (!Number.isInteger(x.schemaVersion) || (x.schemaVersion as number) < 1)
      throw new InvalidAppend(`${p}.schemaVersion`, 'must be a positive integer');
    if (typeof x.data !== 'object' || x.data === null || Array.isArray(x.data))
      throw new InvalidAppend(`${p}.data`, 'must be a JSON object');
    checkPlainJson(x.data, `${p}.data`);
    validateMetadata(x.metadata, `${p}.metadata`);
    checkPlainJson(x.metadata, `${p}.metadata`);
  });
  const texts = checkAppendSize(s, events as NewEvent[]);
  return { stream: s, events: events as NewEvent[], expected: e, texts };
}

export interface ValidAppend {
  stream: string;
  events: NewEvent[];
  expected: ExpectedRevision;
  /** Each event's entry text without the fields filled in on the head (buildEntry's `text`). */
  texts: (EntryText | undefined)[];
}

/**
 * Rejects an append larger than MAX_APPEND_BYTES before anything is written: each entry is
 * measured at its widest (the revision and previous leaf hash it will get can only be
 * narrower), plus EVENT_OVERHEAD_BYTES.
 */
function checkAppendSize(stream: string, events: NewEvent[]): (EntryText | undefined)[] {
  let total = 0;
  const texts = events.map((ev, i) => {
    const t = entryText({ ...ev, stream });
    const widest = t
      ? Buffer.byteLength(t.head) + Buffer.byteLength(t.middle) + Buffer.byteLength(t.tail) + WIDEST_FILLED_BYTES
      : encodeEntry(entryOf(stream, BigInt(WIDEST_REVISION), WIDEST_LEAF_HASH, ev), `events[${i}]`).length;
    if (widest > MAX_ENTRY_BYTES)
      throw new InvalidAppend(`events[${i}]`, `entry is ${widest} bytes; the limit is ${MAX_ENTRY_BYTES}`);
    total += widest + EVENT_OVERHEAD_BYTES;
    return t;
  });
  if (total > MAX_APPEND_BYTES) {
    throw new InvalidAppend(
      'events',
      `the append is up to ${total} bytes as stored; the limit is ${MAX_APPEND_BYTES} (split it into several appends, or store large content elsewhere and record its hash)`,
    );
  }
  return texts;
}

/**
 * RFC 8785 canonical bytes of the entry (from its EntryText when there is one), preceded
 * by the leaf-hash domain byte 0x00: the leaf hash is one SHA-256 over this buffer, and
 * the entry is the view after its first byte, so the text is encoded and copied once.
 */
function encodeFramedEntry(entry: Entry, field = 'event', t?: EntryText): Buffer {
  const text = t ? fillEntryText(t, entry.prevStreamLeafHash, entry.streamRevision) : canonicalEntry(entry);
  if (text === undefined) throw new InvalidAppend(field, 'cannot be canonicalised');
  const framed = Buffer.from('\0' + text, 'utf8');
  if (framed.length - 1 > MAX_ENTRY_BYTES)
    throw new InvalidAppend(field, `entry is ${framed.length - 1} bytes; the limit is ${MAX_ENTRY_BYTES}`);
  return framed;
}

/** RFC 8785 canonical bytes of the entry. */
function encodeEntry(entry: Entry, field = 'event', t?: EntryText): Buffer {
  return encodeFramedEntry(entry, field, t).subarray(1);
}

/**
 * The entry of `ev` at `revision` on `prevStreamLeafHash`, its bytes and leaf hash. `text`,
 * from validateAppend for this event and stream, saves serialising the payload again.
 */
export function buildEntry(
  stream: string,
  revision: bigint,
  prevStreamLeafHash: string | null,
  ev: NewEvent,
  field = 'event',
  text?: EntryText,
): { entry: Entry; entryBytes: Buffer; leafHash: Buffer } {
  if (revision > BigInt(Number.MAX_SAFE_INTEGER)) throw new InvalidAppend('revision', 'stream is too long');
  const entry = entryOf(stream, revision, prevStreamLeafHash, ev);
  const framed = encodeFramedEntry(entry, field, text);
  return { entry, entryBytes: framed.subarray(1), leafHash: hash('sha256', framed, 'buffer') };
}

function entryOf(stream: string, revision: bigint, prevStreamLeafHash: string | null, ev: NewEvent): Entry {
  return {
    eventId: ev.eventId,
    stream,
    streamRevision: Number(revision),
    prevStreamLeafHash,
    type: ev.type,
    schemaVersion: ev.schemaVersion,
    data: ev.data,
    metadata: ev.metadata,
  };
}

/** An entry from its stored text, checked to be an entry envelope; a reader that owns the text may add to it. */
export function parseEntry(text: string, position: string): Entry {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new CorruptEntry(position, `not JSON (${(e as Error).message})`);
  }
  const x = parsed as Entry;
  if (
    typeof x !== 'object' ||
    x === null ||
    typeof x.eventId !== 'string' ||
    typeof x.stream !== 'string' ||
    typeof x.streamRevision !== 'number'
  ) {
    throw new CorruptEntry(position, 'not an entry envelope');
  }
  return x;
}

/** The answer to an append whose events (in stream order) are `events`. */
export function appendResult(stream: string, events: RecordedEvent[], idempotentReplay: boolean): AppendResult {
  const nextExpectedRevision = events[events.length - 1].revision;
  return { stream, nextExpectedRevision, positions: events.map((e) => e.position), events, idempotentReplay };
}

export function toRecorded(entryBytes: Buffer, leafHashHex: string, position: Position): RecordedEvent {
  return recordedOf(entryBytes.toString('utf8'), entryBytes, leafHashHex, position);
}

/**
 * The recorded event of an entry whose text (`text`, the UTF-8 reading of `entryBytes`) was
 * just parsed: the parsed object is the reader's own, so the store's fields are added to it
 * (the same keys in the same order as a copy with them after the entry's, without the copy).
 */
export function recordedOf(text: string, entryBytes: Buffer, leafHashHex: string, position: Position): RecordedEvent {
  const rec = parseEntry(text, position) as RecordedEvent;
  rec.revision = BigInt(rec.streamRevision);
  rec.position = position;
  rec.leafHash = leafHashHex;
  rec.entryBytes = entryBytes;
  return rec;
}

/**
 * Content fingerprint for idempotency: everything the caller supplied except recordedAt
 * (a retry happens later by definition) and the fields the store assigns.
 */
function contentKey(stream: string, ev: Pick<NewEvent, 'type' | 'schemaVersion' | 'data' | 'metadata'>): string {
  const { recordedAt: _r, ...metadata } = ev.metadata;
  return canonicalize({ stream, type: ev.type, schemaVersion: ev.schemaVersion, data: ev.data, metadata }) as string;
}

export function sameContent(stream: string, stored: Entry, incoming: NewEvent): boolean {
  return contentKey(stored.stream, stored) === contentKey(stream, incoming);
}

export type { JsonObject };
