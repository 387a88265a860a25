/**
 * An in-memory stand-in for the part of @eventstore/db-client the adapter uses, for tests
 * without a server. It models what the adapter relies on, as documented for EventStoreDB:
 * - appendToStream checks expectedRevision (ANY, NO_STREAM, STREAM_EXISTS, exact) and
 *   throws the client's WrongExpectedVersionError with the current revision; a repeat of
 *   the events last written at an exact revision is accepted as a duplicate;
 * - readStream throws StreamNotFoundError while iterating, not at the call;
 * - readAll reads $all from a position inclusively, with system events interleaved;
 * - subscribeToAll starts after a position, filters by event type, follows live, and can
 *   be made to drop (dropSubscriptions) the way a broken connection does.
 * It is NOT EventStoreDB: the contract suite against a real server is
 * eventstoredb.contract.esdb.int-spec.ts.
 */
import { Readable } from 'node:stream';
import {
  ANY,
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type AppendResult,
  type EventData,
  type Position,
  type ReadPosition,
  type ReadRevision,
  type RegexFilter,
} from '@eventstore/db-client';
import type { EsdbClient } from '../eventstoredb-event-store';

interface Stored {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  isJson: boolean;
  bytes: Uint8Array;
  metadata: unknown;
  position: Position;
}

const tick = () => new Promise<void>((r) => setImmediate(r));

export class FakeEsdbClient {
  private readonly log: Stored[] = [];
  private readonly streams = new Map<string, Stored[]>();
  private offset = 0n;
  private waiters: Array<() => void> = [];
  private readonly live = new Set<{ fail: (e: Error) => void }>();
  /** Errors to throw from the next appends to ledger streams (to simulate a failure after the reservations). */
  readonly failNextLedgerAppends: Error[] = [];
  subscribeCalls: Array<ReadPosition | undefined> = [];

  constructor() {
    this.system('$$settings', '$metadata');
    this.system('$stats-127.0.0.1:2113', '$statsCollected');
  }

  /** Writes a system event, as the server does on its own from time to time. */
  system(stream: string, type: string): void {
    this.write(stream, [{ id: crypto.randomUUID(), type, isJson: true, bytes: Buffer.from('{}'), metadata: undefined }]);
  }

  /** Breaks every live subscription with this error. */
  dropSubscriptions(error: Error): void {
    for (const s of [...this.live]) s.fail(error);
  }

  async appendToStream(stream: string, events: EventData | EventData[], options: { expectedRevision?: AppendExpectedRevision } = {}): Promise<AppendResult> {
    await tick();
    const list = Array.isArray(events) ? events : [events];
    const expected = options.expectedRevision ?? ANY;
    const existing = this.streams.get(stream) ?? [];
    const current: bigint | typeof NO_STREAM = existing.length ? existing[existing.length - 1].revision : NO_STREAM;
    const wrong = () => new WrongExpectedVersionError(undefined, { streamName: stream, expected, current });
    if (typeof expected === 'bigint' || expected === NO_STREAM) {
      const at = expected === NO_STREAM ? -1n : expected;
      const cur = current === NO_STREAM ? -1n : current;
      if (at !== cur) {
        // The server's duplicate check: the same ids already written right after `at`.
        const same = at < cur && list.every((e, k) => existing[Number(at) + 1 + k]?.id === e.id);
        if (same) return { success: true, nextExpectedRevision: at + BigInt(list.length), position: existing[Number(at) + list.length].position };
        throw wrong();
      }
    } else if (expected === STREAM_EXISTS && current === NO_STREAM) {
      throw wrong();
    }
    if (!stream.startsWith('_') && this.failNextLedgerAppends.length) throw this.failNextLedgerAppends.shift() as Error;
    const written = this.write(
      stream,
      list.map((e) => ({
        id: e.id,
        type: e.type,
        isJson: e.contentType === 'application/json',
        bytes: e.contentType === 'application/json' ? Buffer.from(JSON.stringify(e.data)) : Uint8Array.from(e.data as Uint8Array),
        metadata: e.metadata === undefined ? undefined : e.metadata instanceof Uint8Array ? e.metadata : JSON.parse(JSON.stringify(e.metadata)),
      })),
    );
    const last = written[written.length - 1];
    return { success: true, nextExpectedRevision: last.revision, position: last.position };
  }

  private write(stream: string, events: Array<Omit<Stored, 'streamId' | 'revision' | 'position'>>): Stored[] {
    const s = this.streams.get(stream) ?? [];
    this.streams.set(stream, s);
    const out = events.map((e) => {
      this.offset += 97n + BigInt(e.bytes.length);
      const rec: Stored = { ...e, streamId: stream, revision: BigInt(s.length), position: { commit: this.offset, prepare: this.offset } };
      s.push(rec);
      this.log.push(rec);
      return rec;
    });
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
    return out;
  }

  readStream(stream: string, options: { fromRevision?: ReadRevision; direction?: string; maxCount?: number | bigint } = {}) {
    return streamingRead(this.streamGen(stream, options));
  }

  private async *streamGen(stream: string, options: { fromRevision?: ReadRevision; direction?: string; maxCount?: number | bigint }) {
    await tick();
    const s = this.streams.get(stream);
    if (!s) throw new StreamNotFoundError(undefined, stream);
    const back = options.direction === BACKWARDS;
    const from = options.fromRevision ?? (back ? END : START);
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    let i = from === START ? 0 : from === END ? s.length - 1 : Number(from);
    if (back) i = Math.min(i, s.length - 1);
    for (let n = 0; n < max && i >= 0 && i < s.length; n++, i += back ? -1 : 1) yield { event: this.toRecord(s[i]) };
  }

  readAll(options: { fromPosition?: ReadPosition; direction?: string; maxCount?: number | bigint } = {}) {
    return streamingRead(this.allGen(options));
  }

  private async *allGen(options: { fromPosition?: ReadPosition; direction?: string; maxCount?: number | bigint }) {
    await tick();
    const back = options.direction === BACKWARDS;
    const from = options.fromPosition ?? (back ? END : START);
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const log = [...this.log];
    let i: number;
    if (from === START) i = 0;
    else if (from === END) i = log.length - 1;
    else if (back) i = findLast(log, (r) => r.position.commit <= from.commit);
    else i = log.findIndex((r) => r.position.commit >= from.commit);
    if (i < 0 && !back) i = log.length;
    for (let n = 0; n < max && i >= 0 && i < log.length; n++, i += back ? -1 : 1) yield { event: this.toRecord(log[i]) } as AllStreamResolvedEvent;
  }

  subscribeToAll(options: { fromPosition?: ReadPosition; filter?: RegexFilter | { prefixes: string[] } } = {}) {
    this.subscribeCalls.push(options.fromPosition);
    const state: { failed: Error | null; ended: boolean } = { failed: null, ended: false };
    const handle = {
      fail: (e: Error) => {
        state.failed = e;
        this.wakeAll();
      },
    };
    this.live.add(handle);
    const read = streamingRead(this.subscriptionGen(options, state, handle));
    return Object.assign(read, {
      unsubscribe: async () => {
        state.ended = true;
        this.wakeAll();
      },
    });
  }

  private async *subscriptionGen(
    options: { fromPosition?: ReadPosition; filter?: RegexFilter | { prefixes: string[] } },
    state: { failed: Error | null; ended: boolean },
    handle: { fail: (e: Error) => void },
  ): AsyncGenerator<AllStreamResolvedEvent> {
    const regex = options.filter && 'regex' in options.filter ? new RegExp(options.filter.regex) : null;
    await tick();
    const from = options.fromPosition ?? START;
    let i = from === START ? 0 : from === END ? this.log.length : this.log.findIndex((r) => r.position.commit > from.commit);
    if (i < 0) i = this.log.length;
    try {
      for (;;) {
        if (state.failed) throw state.failed;
        if (state.ended) return;
        if (i < this.log.length) {
          const r = this.log[i++];
          if (!regex || regex.test(r.type)) yield { event: this.toRecord(r) } as AllStreamResolvedEvent;
          continue;
        }
        await new Promise<void>((res) => this.waiters.push(res));
      }
    } finally {
      this.live.delete(handle);
    }
  }

  async dispose(): Promise<void> {
    this.wakeAll();
  }

  asClient(): EsdbClient {
    return this as unknown as EsdbClient;
  }

  private wakeAll(): void {
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
  }

  private toRecord(r: Stored) {
    return {
      streamId: r.streamId,
      id: r.id,
      revision: r.revision,
      type: r.type,
      isJson: r.isJson,
      created: new Date(0),
      data: r.isJson ? JSON.parse(Buffer.from(r.bytes).toString('utf8')) : Uint8Array.from(r.bytes),
      metadata: r.metadata,
      position: r.position,
    };
  }
}

function findLast<T>(xs: T[], p: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (p(xs[i])) return i;
  return -1;
}

function streamingRead<T>(gen: AsyncGenerator<T>): Readable & { cancel(): Promise<void> } {
  const r = Readable.from(gen, { objectMode: true });
  return Object.assign(r, {
    cancel: async () => {
      r.destroy();
    },
  });
}
