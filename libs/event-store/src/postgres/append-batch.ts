import type { EntryText } from '../canonical-entry';
import type { ExpectedRevision, NewEvent, RecordedEvent } from '../envelope';
import { buildEntry } from '../entry';
import { type Head, isoDate } from './postgres-values';

/** One append, with its entry bytes already built on `baseRevision` / `baseLeafHash`. */
export interface BatchAppend {
  stream: string;
  expected: ExpectedRevision;
  /** Head revision the entries were built on; -1n when built for a new stream. */
  baseRevision: bigint;
  baseLeafHash: Buffer | null;
  events: {
    eventId: string;
    type: string;
    effectiveAt: string;
    recordedAt: string;
    entryBytes: Buffer;
    leafHash: Buffer;
  }[];
}

export type BatchRow =
  | { status: 'ok'; first: bigint; headRevision: bigint; headLeafHash: Buffer }
  | { status: 'existing'; positions: string[] }
  | { status: 'wrong' | 'stale'; headRevision: bigint; headLeafHash: Buffer | null };

/** SQL text of the one round trip that appends a batch. */
export function appendBatchSql(quotedSchema: string): string {
  return `SELECT r_status, r_first::text, r_head_rev::text, r_head_hash, r_existing::text[]
          FROM ${quotedSchema}.append_batch($1::text[], $2::text[], $3::bigint[], $4::bytea[], $5::int[], $6::uuid[], $7::text[],
                                            $8::timestamptz[], $9::timestamptz[], $10::int[], $11::int[], $12::bytea, $13::bytea)`;
}

/**
 * Parameters for append_batch. Entry bytes and leaf hashes travel as two concatenated
 * binary parameters (node-pg sends a Buffer parameter in binary format), so a 1 MiB entry
 * costs 1 MiB on the wire rather than 2 MiB of hex.
 */
export function appendBatchParams(appends: BatchAppend[]): unknown[] {
  const streams: string[] = [];
  const expected: string[] = [];
  const baseRev: string[] = [];
  const baseHash: (Buffer | null)[] = [];
  const counts: number[] = [];
  const ids: string[] = [];
  const types: string[] = [];
  const effective: string[] = [];
  const recorded: string[] = [];
  const offs: number[] = [];
  const lens: number[] = [];
  const entries: Buffer[] = [];
  const leaves: Buffer[] = [];
  let off = 0;
  for (const a of appends) {
    streams.push(a.stream);
    expected.push(typeof a.expected === 'bigint' ? a.expected.toString() : a.expected);
    baseRev.push(a.baseRevision.toString());
    baseHash.push(a.baseLeafHash);
    counts.push(a.events.length);
    for (const e of a.events) {
      ids.push(e.eventId);
      types.push(e.type);
      effective.push(e.effectiveAt);
      recorded.push(e.recordedAt);
      offs.push(off);
      lens.push(e.entryBytes.length);
      off += e.entryBytes.length;
      entries.push(e.entryBytes);
      leaves.push(e.leafHash);
    }
  }
  return [
    streams,
    expected,
    baseRev,
    baseHash,
    counts,
    ids,
    types,
    effective,
    recorded,
    offs,
    lens,
    Buffer.concat(entries, off),
    Buffer.concat(leaves),
  ];
}

interface RawRow {
  r_status: string;
  r_first: string | null;
  r_head_rev: string | null;
  r_head_hash: Buffer | null;
  r_existing: string[] | null;
}

export function parseBatchRow(r: RawRow): BatchRow {
  switch (r.r_status) {
    case 'ok':
      return {
        status: 'ok',
        first: BigInt(r.r_first as string),
        headRevision: BigInt(r.r_head_rev as string),
        headLeafHash: r.r_head_hash as Buffer,
      };
    case 'existing':
      return { status: 'existing', positions: r.r_existing ?? [] };
    case 'wrong':
    case 'stale':
      return { status: r.r_status, headRevision: BigInt(r.r_head_rev as string), headLeafHash: r.r_head_hash };
    default:
      throw new Error(`append_batch returned an unknown status ${JSON.stringify(r.r_status)}`);
  }
}

/** An append ready to send, and the recorded events it becomes once positions are known. */
export interface BuiltAppend {
  append: BatchAppend;
  recorded: Omit<RecordedEvent, 'position'>[];
  bytes: number;
}

/** An append's entries built on `base`, with what the caller is answered once positions are known. */
export function buildAppend(
  stream: string,
  evs: NewEvent[],
  texts: (EntryText | undefined)[],
  base: Head,
): BuiltAppend {
  const events: BatchAppend['events'] = [];
  const recorded: BuiltAppend['recorded'] = [];
  let prev = base.leafHash;
  let bytes = 0;
  evs.forEach((ev, k) => {
    const revision = base.revision + 1n + BigInt(k);
    const { entry, entryBytes, leafHash } = buildEntry(
      stream,
      revision,
      prev ? prev.toString('hex') : null,
      ev,
      'event',
      texts[k],
    );
    events.push({
      eventId: ev.eventId,
      type: ev.type,
      effectiveAt: isoDate(ev.metadata.effectiveAt, 'effectiveAt'),
      recordedAt: isoDate(ev.metadata.recordedAt, 'recordedAt'),
      entryBytes,
      leafHash,
    });
    recorded.push({ ...entry, revision, leafHash: leafHash.toString('hex'), entryBytes });
    prev = leafHash;
    bytes += entryBytes.length;
  });
  // expected is the caller's, filled in at dispatch.
  return {
    append: { stream, expected: 'any', baseRevision: base.revision, baseLeafHash: base.leafHash, events },
    recorded,
    bytes,
  };
}

/** Whether an append's entries were built on this head. */
export function sameHead(a: BatchAppend, h: Head): boolean {
  if (a.baseRevision !== h.revision) return false;
  return a.baseLeafHash === null || h.leafHash === null
    ? a.baseLeafHash === h.leafHash
    : a.baseLeafHash.equals(h.leafHash);
}
