import canonicalize from 'canonicalize';
import type { Entry } from './envelope';

/** Marks a value the fast writer leaves to `canonicalize` (non-finite numbers, toJSON, functions, ...). */
const ODD = Symbol('odd');

/**
 * RFC 8785 text of plain JSON, as `canonicalize` writes it: primitives with JSON.stringify,
 * object keys sorted by UTF-16 code units (the sort is skipped when they already are).
 * Returns ODD for anything but finite numbers, strings, booleans, null, arrays and plain objects.
 */
function write(v: unknown): string | typeof ODD {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? JSON.stringify(v) : ODD;
    case 'object': {
      if (v === null) return 'null';
      if (Array.isArray(v)) {
        let out = '[';
        for (let i = 0; i < v.length; i++) {
          const x = write(v[i]);
          if (x === ODD) return ODD;
          out += i === 0 ? x : ',' + x;
        }
        return out + ']';
      }
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return ODD;
      const obj = v as Record<string, unknown>;
      if ('toJSON' in obj) return ODD;
      return writeObject(obj, Object.keys(obj));
    }
    default:
      return ODD;
  }
}

/**
 * The envelope's own objects (metadata and its actor) have a fixed set of keys, which
 * callers write in their own order: when an object has exactly those keys, their sorted
 * order is known and the sort is skipped. Any other key set is sorted as usual. (Same
 * count and every shape key own and enumerable means the same key set as Object.keys.)
 */
const KNOWN_SHAPES: readonly (readonly string[])[] = [
  ['actor', 'causationId', 'classification', 'correlationId', 'effectiveAt', 'legalBasis', 'recordedAt'],
  ['body', 'id', 'name', 'role'],
];

function sortedKeys(obj: Record<string, unknown>, keys: string[]): readonly string[] {
  for (const shape of KNOWN_SHAPES) {
    if (shape.length !== keys.length) continue;
    let all = true;
    for (const k of shape) {
      if (!Object.prototype.propertyIsEnumerable.call(obj, k)) {
        all = false;
        break;
      }
    }
    if (all) return shape;
  }
  for (let i = 1; i < keys.length; i++) {
    if (!(keys[i - 1] < keys[i])) return keys.sort();
  }
  return keys;
}

function writeObject(obj: Record<string, unknown>, own: string[]): string | typeof ODD {
  const keys = sortedKeys(obj, own);
  let out = '{';
  let first = true;
  for (const k of keys) {
    const val = obj[k];
    if (val === undefined) continue;
    const x = write(val);
    if (x === ODD) return ODD;
    out += (first ? '"' : ',"') + (needsEscape(k) ? JSON.stringify(k).slice(1, -1) : k) + '":' + x;
    first = false;
  }
  return out + '}';
}

/** Keys made of printable ASCII other than `"` and `\` are written as they are. */
function needsEscape(k: string): boolean {
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return true;
  }
  return false;
}

/**
 * An entry's RFC 8785 text around the two fields the store fills in last (the previous leaf
 * hash and the stream revision): text = head + prev + middle + revision + tail. Built once
 * per event when an append is validated, so sizing the entry and building it on the
 * actual head serialise the payload once.
 */
export interface EntryText {
  head: string;
  middle: string;
  tail: string;
}

/** The envelope's keys are fixed, so they are written in their sorted order directly; undefined for anything unusual. */
export function entryText(e: Omit<Entry, 'prevStreamLeafHash' | 'streamRevision'>): EntryText | undefined {
  const data = write(e.data);
  const metadata = write(e.metadata);
  const fixed = [e.eventId, e.stream, e.type].every((s) => typeof s === 'string') && Number.isFinite(e.schemaVersion);
  if (data === ODD || metadata === ODD || !fixed) return undefined;
  return {
    head: `{"data":${data},"eventId":${JSON.stringify(e.eventId)},"metadata":${metadata},"prevStreamLeafHash":`,
    middle: `,"schemaVersion":${JSON.stringify(e.schemaVersion)},"stream":${JSON.stringify(e.stream)},"streamRevision":`,
    tail: `,"type":${JSON.stringify(e.type)}}`,
  };
}

/** The text of an entry from its EntryText and the two fields filled in last. */
export function fillEntryText(t: EntryText, prevStreamLeafHash: string | null, streamRevision: number): string {
  const prev = prevStreamLeafHash === null ? 'null' : JSON.stringify(prevStreamLeafHash);
  return t.head + prev + t.middle + JSON.stringify(streamRevision) + t.tail;
}

/**
 * RFC 8785 text of an entry, byte for byte what canonicalize(entry) gives (checked by a
 * property test in canonical-json.spec.ts); anything unusual goes to `canonicalize`.
 */
export function canonicalEntry(e: Entry): string | undefined {
  const prevOk = e.prevStreamLeafHash === null || typeof e.prevStreamLeafHash === 'string';
  const t = prevOk && Number.isFinite(e.streamRevision) ? entryText(e) : undefined;
  return t ? fillEntryText(t, e.prevStreamLeafHash, e.streamRevision) : canonicalize(e);
}
