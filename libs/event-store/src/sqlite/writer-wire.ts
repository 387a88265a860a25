import Database from 'better-sqlite3';
import type { AppendResult, ExpectedRevision, NewEvent, Position, RecordedEvent } from '../envelope';
import { entryText } from '../canonical-entry';
import { appendResult } from '../entry';
import { CorruptEntry, IdempotencyConflict, InvalidAppend, WrongExpectedRevision } from '../errors';
import type { Outcome, WriteAppend } from './batch-writer';

/**
 * What the store and its writer thread send each other. A group's events cross once, to
 * the thread, as one JSON text: validateAppend has checked they are plain JSON, so the text
 * gives back the same values, and it costs a fraction of a structured clone of the objects.
 * The thread builds each event's entry text again from them (the same text: it depends only
 * on the JSON value). The answer carries only what the store does not have (positions,
 * revisions, leaf hashes, the previous leaf hash and the entry bytes, all bytes in one
 * transferred buffer), and the store builds the same RecordedEvents the writer built.
 */
export type WriteRequest = { streams: string[]; expected: ExpectedRevision[]; events: string } | { close: true };

export function encodeRequest(batch: WriteAppend[]): WriteRequest {
  return {
    streams: batch.map((p) => p.stream),
    expected: batch.map((p) => p.expected),
    events: JSON.stringify(batch.map((p) => p.events)),
  };
}

export function decodeRequest(req: Extract<WriteRequest, { events: string }>): WriteAppend[] {
  const events = JSON.parse(req.events) as NewEvent[][];
  return req.streams.map((stream, i) => ({
    stream,
    events: events[i],
    expected: req.expected[i],
    texts: events[i].map((ev) => entryText({ ...ev, stream })),
  }));
}

export type WriteResponse = { ok: true; outcomes: WireOutcome[]; bytes: ArrayBuffer } | { ok: false; error: WireError };

type WireOutcome =
  | { kind: 'appended'; position: number; revision: number; prev: string | null; hashes: string[]; sizes: number[] }
  | { kind: 'replay'; result: AppendResult }
  | { kind: 'failed'; error: WireError };

interface WireError {
  name: string;
  message: string;
  stack?: string;
  props: Record<string, unknown>;
}

/** Errors that keep their class across the thread boundary; any other arrives as an Error with the same message, stack and fields. */
const CLASSES: Record<string, { prototype: object }> = {
  WrongExpectedRevision,
  IdempotencyConflict,
  InvalidAppend,
  CorruptEntry,
  SqliteError: Database.SqliteError,
};

export function toWireError(e: unknown): WireError {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e), props: {} };
  return { name: e.name, message: e.message, stack: e.stack, props: { ...e } };
}

export function fromWireError(w: WireError): Error {
  const e = Object.create((CLASSES[w.name] ?? Error).prototype) as Error;
  Object.defineProperty(e, 'message', { value: w.message, writable: true, configurable: true });
  if (w.stack !== undefined) Object.defineProperty(e, 'stack', { value: w.stack, writable: true, configurable: true });
  return Object.assign(e, w.props);
}

/** The writer's outcomes for the wire (on the writer thread). */
export function encodeOutcomes(outcomes: Outcome[]): WriteResponse {
  let total = 0;
  for (const o of outcomes)
    if (o.ok && !o.result.idempotentReplay) for (const e of o.result.events) total += e.entryBytes.length;
  // Its own memory, not a slice of Buffer's shared pool, so it can be transferred.
  const bytes = Buffer.allocUnsafeSlow(total);
  let at = 0;
  const wire = outcomes.map((o): WireOutcome => {
    if (!o.ok) return { kind: 'failed', error: toWireError(o.error) };
    const r = o.result;
    if (r.idempotentReplay) return { kind: 'replay', result: r };
    for (const e of r.events) at += e.entryBytes.copy(bytes, at);
    return {
      kind: 'appended',
      position: Number(r.events[0].position),
      revision: Number(r.events[0].revision),
      prev: r.events[0].prevStreamLeafHash,
      hashes: r.events.map((e) => e.leafHash),
      sizes: r.events.map((e) => e.entryBytes.length),
    };
  });
  return { ok: true, outcomes: wire, bytes: bytes.buffer as ArrayBuffer };
}

/** The outcomes of `batch` from the wire (on the store's thread). */
export function decodeOutcomes(
  batch: { stream: string; events: NewEvent[] }[],
  res: Extract<WriteResponse, { ok: true }>,
): Outcome[] {
  let at = 0;
  return res.outcomes.map((o, i): Outcome => {
    if (o.kind === 'failed') return { ok: false, error: fromWireError(o.error) };
    if (o.kind === 'replay') {
      for (const e of o.result.events) e.entryBytes = Buffer.from(e.entryBytes);
      return { ok: true, result: o.result };
    }
    const { stream, events: evs } = batch[i];
    let prev = o.prev;
    const events = evs.map((ev, k): RecordedEvent => {
      const entryBytes = Buffer.from(res.bytes, at, o.sizes[k]);
      at += o.sizes[k];
      const rec: RecordedEvent = {
        eventId: ev.eventId,
        stream,
        streamRevision: o.revision + k,
        prevStreamLeafHash: prev,
        type: ev.type,
        schemaVersion: ev.schemaVersion,
        data: ev.data,
        metadata: ev.metadata,
        revision: BigInt(o.revision + k),
        leafHash: o.hashes[k],
        entryBytes,
        position: String(o.position + k) as Position,
      };
      prev = o.hashes[k];
      return rec;
    });
    return { ok: true, result: appendResult(stream, events, false) };
  });
}
