/**
 * The EventStoreDB adapter's append (docs/event-store.md, "EventStoreDB"). In short: read
 * the stream head, reserve each event id for the stream, build the entries on the head,
 * append with the head's exact revision, read the events back for their positions.
 */
import {
  BACKWARDS,
  END,
  FORWARDS,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  jsonEvent,
  type Position as EsdbPosition,
} from '@eventstore/db-client';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AppendResult, ExpectedRevision, NewEvent, RecordedEvent } from '../envelope';
import { appendResult, buildEntry, sameContent } from '../entry';
import { IdempotencyConflict, StreamDeleted } from '../errors';
import {
  type Head,
  RESERVATION_TYPE,
  checkExpected,
  classifyAppendError,
  compareEsdbPositions,
  decodePosition,
  headOf,
  reservationEventId,
  reservationStream,
  reservedStream,
  toEventData,
  wireExpectedRevision,
} from './codec';
import { ON_LEADER, collectStream, onLeader, reading, type EsdbClient, type StreamReadOptions } from './esdb-io';

/** The search for a repeat reads pages growing from the first to the last size: most repeats are near the head. */
const SCAN_PAGES = [16, 64, 256];
const MAX_STALE_RETRIES = 50;

/** Waits between stale-head retries: full jitter over an exponentially growing cap. */
export interface StaleRetryBackoff {
  initialMs?: number;
  maxMs?: number;
}

export interface AppendCounters {
  appends: number;
  staleRetries: number;
  staleRetryWaitMs: number;
  replays: number;
  leaderRetries: number;
}

interface Built {
  eventId: string;
  type: string;
  entryBytes: Buffer;
  leafHash: string;
}

export class EsdbAppender {
  private readonly initialMs: number;
  private readonly maxMs: number;

  constructor(
    private readonly client: EsdbClient,
    private readonly counters: AppendCounters,
    private readonly assertOpen: () => void,
    backoff: StaleRetryBackoff = {},
  ) {
    this.initialMs = backoff.initialMs ?? 2;
    this.maxMs = backoff.maxMs ?? 250;
  }

  append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return onLeader(
      () => this.attempts(stream, events, expected),
      () => this.counters.leaderRetries++,
    );
  }

  /**
   * 'any' and 'exists' reserve the ids while the head is read (one round trip); 'no-stream'
   * and exact revisions check the expectation first, so a wrong one reserves nothing. Ids
   * reserved in one attempt are not reserved (or looked up) again in the next.
   */
  private async attempts(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const reserved = new Map<string, EsdbPosition>();
    const early = expected === 'any' || expected === 'exists';
    for (let attempt = 1; ; attempt++) {
      this.assertOpen();
      const todo = () => events.filter((e) => !reserved.has(e.eventId));
      const [head] = await Promise.all([
        this.readHead(stream),
        early && todo().length ? this.reserve(stream, todo(), reserved) : null,
      ]);
      if (!early) {
        const wrong = checkExpected(stream, expected, head);
        if (wrong) {
          // A retry of an append that went through carries the expectation its first attempt made false.
          const replay = await this.findRepeat(stream, events, head, await this.readReservations(stream, events));
          if (replay) return replay;
          throw wrong;
        }
        if (todo().length) await this.reserve(stream, todo(), reserved);
      }
      const replay = await this.findRepeat(stream, events, head, reserved);
      if (replay) return replay;
      const wrong = checkExpected(stream, expected, head);
      if (wrong) throw wrong;

      const built = build(stream, events, head);
      let written: bigint;
      try {
        const r = await this.client.appendToStream(
          stream,
          built.map((b) => toEventData(b.eventId, b.type, b.entryBytes, b.leafHash)),
          { expectedRevision: wireExpectedRevision(expected, head), ...ON_LEADER },
        );
        written = r.nextExpectedRevision;
      } catch (err) {
        const c = classifyAppendError(err, stream, expected);
        if (c.kind === 'fail') throw c.error;
        this.counters.staleRetries++;
        if (attempt >= MAX_STALE_RETRIES)
          throw new Error(`append to ${stream}: stream head kept moving; gave up after ${attempt} attempts`);
        await this.pause(attempt);
        continue;
      }
      this.counters.appends++;
      // NO_STREAM on a soft-deleted stream is accepted and lands after its old last revision
      // (IndexWriter.CheckCommit); the entries, built for revision 0, then disagree with the server.
      if (written !== (head ? head.revision : -1n) + BigInt(events.length))
        throw new StreamDeleted(stream, 'soft-deleted');
      return this.readBack(stream, events, built, head);
    }
  }

  private collect(stream: string, options: StreamReadOptions): Promise<RecordedEvent[]> {
    return collectStream(this.client, stream, options, () => this.counters.leaderRetries++);
  }

  private async pause(attempt: number): Promise<void> {
    const cap = Math.min(this.maxMs, this.initialMs * 2 ** Math.min(attempt - 1, 20));
    const ms = Math.random() * cap;
    this.counters.staleRetryWaitMs += ms;
    await sleep(ms);
  }

  /**
   * The head: the last event, read backwards. A stream that reads as missing may have been
   * soft-deleted (its metadata then has $tb), and a NO_STREAM append would recreate it after
   * its old last revision; that is refused here. One more read, for new streams only.
   */
  private async readHead(stream: string): Promise<Head | null> {
    const [last] = await this.collect(stream, { fromRevision: END, direction: BACKWARDS, maxCount: 1 });
    if (last) return headOf(last);
    const meta = await this.client.getStreamMetadata(stream, ON_LEADER);
    if (meta.metadata?.truncateBefore !== undefined) throw new StreamDeleted(stream, 'soft-deleted');
    return null;
  }

  /**
   * Reserves each event id for this stream: one event in the id's own stream, written with
   * NO_STREAM, its id derived from (stream, event id). The same reservation again is a
   * duplicate the server accepts, answering with the original's position; a reservation
   * for another stream is refused, and that is an IdempotencyConflict. Records where each
   * reservation is in $all: an event can only be in the stream after its reservation.
   */
  private async reserve(stream: string, events: NewEvent[], reserved: Map<string, EsdbPosition>): Promise<void> {
    await Promise.all(
      events.map(async (e) => {
        const reservation = jsonEvent({
          id: reservationEventId(stream, e.eventId),
          type: RESERVATION_TYPE,
          data: { stream, eventId: e.eventId },
        });
        try {
          const r = await this.client.appendToStream(reservationStream(e.eventId), reservation, {
            expectedRevision: NO_STREAM,
            ...ON_LEADER,
          });
          if (r.position) return void reserved.set(e.eventId, r.position);
        } catch (err) {
          if (!(err instanceof WrongExpectedVersionError)) throw err;
        }
        const owner = await this.readOwner(e.eventId);
        if (owner?.stream !== stream)
          throw new IdempotencyConflict(e.eventId, `it was appended to stream "${owner?.stream ?? '?'}"`);
        reserved.set(e.eventId, owner.position);
      }),
    );
  }

  /** Where each id is reserved for this stream; IdempotencyConflict if one is reserved for another. */
  private async readReservations(stream: string, events: NewEvent[]): Promise<Map<string, EsdbPosition>> {
    const mine = new Map<string, EsdbPosition>();
    await Promise.all(
      events.map(async (e) => {
        const owner = await this.readOwner(e.eventId);
        if (owner === null) return;
        if (owner.stream !== stream)
          throw new IdempotencyConflict(e.eventId, `it was appended to stream "${owner.stream}"`);
        mine.set(e.eventId, owner.position);
      }),
    );
    return mine;
  }

  private async readOwner(eventId: string): Promise<{ stream: string; position: EsdbPosition } | null> {
    try {
      for await (const r of reading(
        this.client.readStream(reservationStream(eventId), {
          fromRevision: START,
          direction: FORWARDS,
          maxCount: 1,
          ...ON_LEADER,
        }),
      )) {
        const s = r.event ? reservedStream(r.event) : null;
        if (s !== null && r.event?.position) return { stream: s, position: r.event.position };
      }
    } catch (e) {
      if (e instanceof StreamNotFoundError) return null;
      throw e;
    }
    return null;
  }

  /**
   * The original result when every event id of the append is already in this stream, in
   * order, consecutively and with the same content; null when none is; otherwise
   * IdempotencyConflict. Only ids reserved for this stream are looked for, from the head
   * backwards, and only down to the earliest of their reservations: nothing before it can
   * be one of them. An id reserved but absent (its append failed) counts as new.
   */
  private async findRepeat(
    stream: string,
    events: NewEvent[],
    head: Head | null,
    reserved: Map<string, EsdbPosition>,
  ): Promise<AppendResult | null> {
    const wanted = new Set(events.filter((e) => reserved.has(e.eventId)).map((e) => e.eventId));
    if (wanted.size === 0 || head === null) return null;
    const floor = [...wanted]
      .map((id) => reserved.get(id) as EsdbPosition)
      .reduce((a, b) => (compareEsdbPositions(a, b) <= 0 ? a : b));
    if (compareEsdbPositions(decodePosition(head.position, 'head'), floor) < 0) return null;
    const found = new Map<string, RecordedEvent>();
    let from = head.revision;
    scan: for (let n = 0; found.size < wanted.size && from >= 0n; n++) {
      const size = SCAN_PAGES[Math.min(n, SCAN_PAGES.length - 1)];
      const page = await this.collect(stream, { fromRevision: from, direction: BACKWARDS, maxCount: size });
      for (const e of page) {
        if (compareEsdbPositions(decodePosition(e.position, 'position'), floor) < 0) break scan;
        if (wanted.has(e.eventId)) found.set(e.eventId, e);
      }
      if (page.length < size) break;
      from = page[page.length - 1].revision - 1n;
    }
    if (found.size === 0) return null;
    for (const e of events) {
      const s = found.get(e.eventId);
      if (s && !sameContent(stream, s, e))
        throw new IdempotencyConflict(e.eventId, 'the type, data or metadata differ');
    }
    const missing = events.find((e) => !found.has(e.eventId));
    if (missing) {
      const overlapping = events.find((e) => found.has(e.eventId)) as NewEvent;
      throw new IdempotencyConflict(
        overlapping.eventId,
        `only some event ids of this append were appended before (${missing.eventId} was not)`,
      );
    }
    const stored = events.map((e) => found.get(e.eventId) as RecordedEvent);
    stored.forEach((s, i) => {
      if (s.revision !== stored[0].revision + BigInt(i))
        throw new IdempotencyConflict(
          s.eventId,
          'these event ids were appended in another order or in separate appends',
        );
    });
    this.counters.replays++;
    return appendResult(stream, stored, true);
  }

  /**
   * The events as stored, with their $all positions: the append result gives only the last
   * one's, and cannot tell a write from the server's acceptance of a duplicate (IndexWriter.
   * CheckCommit answers a repeat at the same revision with the original's position). For a
   * duplicate (a concurrent retry of the same append) the stored bytes differ from the ones
   * just built by recordedAt only, and the result is a replay.
   */
  private async readBack(stream: string, events: NewEvent[], built: Built[], head: Head | null): Promise<AppendResult> {
    const from = head ? head.revision + 1n : 0n;
    const stored = await this.collect(stream, { fromRevision: from, direction: FORWARDS, maxCount: events.length });
    if (stored.length !== events.length || stored.some((s, i) => s.eventId !== events[i].eventId)) {
      throw new Error(`append to ${stream}: the events read back at revision ${from} are not the ones appended`);
    }
    let replay = false;
    stored.forEach((s, i) => {
      if (s.entryBytes.equals(built[i].entryBytes)) return;
      if (!sameContent(stream, s, events[i]))
        throw new IdempotencyConflict(s.eventId, 'the type, data or metadata differ');
      replay = true;
    });
    if (replay) this.counters.replays++;
    return appendResult(stream, stored, replay);
  }
}

function build(stream: string, events: NewEvent[], head: Head | null): Built[] {
  let prev = head ? head.leafHash : null;
  const base = head ? head.revision + 1n : 0n;
  return events.map((ev, k) => {
    const { entryBytes, leafHash } = buildEntry(stream, base + BigInt(k), prev, ev);
    prev = leafHash.toString('hex');
    return { eventId: ev.eventId, type: ev.type, entryBytes, leafHash: prev };
  });
}
