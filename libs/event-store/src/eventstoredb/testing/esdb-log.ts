/**
 * The storage semantics of an EventStoreDB node, in memory, for EsdbTestServer. Each rule
 * names the server source it follows; paths are in github.com/EventStore/EventStore
 * (src/EventStore.Core, as of commit 3f1acb7e, March 2025), abbreviated "Core/".
 *
 * Not modelled: chunks, scavenging, the bounded size of the event-id cache that backs
 * idempotency for ANY/STREAM_EXISTS (here every id is remembered), links and projections.
 */

/** EventNumber.DeletedStream: the revision of a tombstone, and the $tb of a soft-deleted stream. */
const DELETED_STREAM = 9223372036854775807n;

export interface LogRecord {
  /** Log position of the prepare record; an implicitly committed event's $all position is (this, this). */
  logPosition: bigint;
  stream: string;
  revision: bigint;
  eventId: string;
  type: string;
  contentType: string;
  data: Buffer;
  metadata: Buffer;
  /** .NET ticks (100 ns since 0001-01-01), as the server's "created" metadata. */
  created: bigint;
}

export interface Proposed {
  eventId: string;
  type: string;
  contentType: string;
  data: Buffer;
  metadata: Buffer;
}

export type Expected = 'any' | 'no_stream' | 'stream_exists' | bigint;

export type CommitResult =
  | { kind: 'written'; first: bigint; last: bigint; logPosition: bigint }
  | { kind: 'idempotent'; first: bigint; last: bigint; logPosition: bigint }
  | { kind: 'wrong-expected-version'; current: bigint | null }
  | { kind: 'deleted' };

const TICKS_AT_UNIX_EPOCH = 621355968000000000n;
/** Bytes a prepare record takes besides its payload (header, ids, stream name): enough to space positions realistically. */
const RECORD_OVERHEAD = 90n;

export class EsdbLog {
  readonly records: LogRecord[] = [];
  private readonly streams = new Map<string, LogRecord[]>();
  /** Event id → (stream, revision): Core/Services/Storage/ReaderIndex/IndexWriter.cs `_committedEvents`. */
  private readonly committed = new Map<string, { stream: string; revision: bigint }>();
  private readonly tombstoned = new Set<string>();
  private readonly listeners = new Set<() => void>();
  /** A new database starts after its first epoch record, so the first event is not at 0. */
  private nextPosition = 128n;

  onAppend(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Revision of the last event written to the stream, hidden or not; -1 if none; DELETED_STREAM if tombstoned. */
  lastRevision(stream: string): bigint {
    if (this.tombstoned.has(stream)) return DELETED_STREAM;
    const s = this.streams.get(stream);
    return s?.length ? s[s.length - 1].revision : -1n;
  }

  isTombstoned(stream: string): boolean {
    return this.tombstoned.has(stream);
  }

  /** $tb of the stream's latest metadata ($$stream), or null. Read as text: it can exceed a double. */
  truncateBefore(stream: string): bigint | null {
    const meta = this.streams.get(`$$${stream}`);
    if (!meta?.length) return null;
    const m = /"\$tb"\s*:\s*(\d+)/.exec(meta[meta.length - 1].data.toString('utf8'));
    return m ? BigInt(m[1]) : null;
  }

  /** IndexWriter.IsSoftDeleted: the stream's metadata has $tb = EventNumber.DeletedStream. */
  isSoftDeleted(stream: string): boolean {
    return this.truncateBefore(stream) === DELETED_STREAM;
  }

  /** Events a reader may see: those at or after $tb (Core/Services/Storage/ReaderIndex/IndexReader.cs). */
  visible(stream: string): LogRecord[] {
    const s = this.streams.get(stream) ?? [];
    const tb = this.truncateBefore(stream);
    return tb === null ? s : s.filter((r) => r.revision >= tb);
  }

  /** Whether the stream exists for a reader (never written and soft-deleted streams do not). */
  exists(stream: string): boolean {
    return this.visible(stream).length > 0;
  }

  /**
   * The commit decision of IndexWriter.CheckCommit (Core/Services/Storage/ReaderIndex/IndexWriter.cs),
   * then the write, as StorageWriterService.WritePrepares does it for one implicit transaction.
   */
  commit(stream: string, expected: Expected, events: Proposed[]): CommitResult {
    const cur = this.lastRevision(stream);
    if (cur === DELETED_STREAM) return { kind: 'deleted' };
    const softDeleted = this.isSoftDeleted(stream);
    const wrong = (): CommitResult => ({ kind: 'wrong-expected-version', current: cur < 0n ? null : cur });

    if (expected === 'stream_exists') {
      if (softDeleted) return { kind: 'deleted' };
      if (cur < 0n) return wrong();
    }
    // Idempotency for ANY / STREAM_EXISTS: every id already committed to this stream, in any place.
    if (expected === 'any' || expected === 'stream_exists') {
      const found = events.map((e) => this.committed.get(e.eventId));
      // The first id decides: unknown → a new write; known but a later one not → CorruptedIdempotency,
      // answered as WrongExpectedVersion (StorageWriterService.ActOnCommitCheckFailure).
      if (found[0] === undefined || found[0].stream !== stream) return this.write(stream, cur, softDeleted, events);
      if (found.some((f) => f === undefined || f.stream !== stream)) return wrong();
      const last = found[found.length - 1] as { revision: bigint };
      return {
        kind: 'idempotent',
        first: (found[0] as { revision: bigint }).revision,
        last: last.revision,
        logPosition: this.at(stream, last.revision).logPosition,
      };
    }
    const exp = expected === 'no_stream' ? -1n : expected;
    if (exp < cur) {
      // Idempotency for an exact expectation: the same ids at exactly the revisions after it.
      let n = exp;
      for (const e of events) {
        n += 1n;
        const c = this.committed.get(e.eventId);
        if (c && c.stream === stream && c.revision === n) continue;
        if (n !== exp + 1n) return wrong();
        // NO_STREAM on a soft-deleted stream recreates it after its last revision.
        if (expected === 'no_stream' && softDeleted) return this.write(stream, cur, true, events);
        return wrong();
      }
      return { kind: 'idempotent', first: exp + 1n, last: n, logPosition: this.at(stream, n).logPosition };
    }
    if (exp > cur) return wrong();
    return this.write(stream, cur, softDeleted, events);
  }

  private at(stream: string, revision: bigint): LogRecord {
    return (this.streams.get(stream) ?? []).find((r) => r.revision === revision) as LogRecord;
  }

  private write(stream: string, cur: bigint, softDeleted: boolean, events: Proposed[]): CommitResult {
    const first = cur + 1n;
    let last: LogRecord | null = null;
    events.forEach((e, i) => {
      last = this.put(stream, first + BigInt(i), e);
    });
    // Appending to a soft-deleted stream undeletes it: $tb becomes the first new revision
    // (StorageWriterService.SoftUndeleteStream).
    if (softDeleted) this.setMetadata(stream, `{"$tb":${first}}`);
    this.notify();
    const l = last as unknown as LogRecord;
    return { kind: 'written', first, last: l.revision, logPosition: l.logPosition };
  }

  private put(stream: string, revision: bigint, e: Proposed): LogRecord {
    const rec: LogRecord = {
      logPosition: this.nextPosition,
      stream,
      revision,
      eventId: e.eventId,
      type: e.type,
      contentType: e.contentType,
      data: e.data,
      metadata: e.metadata,
      created: BigInt(Date.now()) * 10000n + TICKS_AT_UNIX_EPOCH,
    };
    this.nextPosition +=
      RECORD_OVERHEAD +
      BigInt(e.data.length + e.metadata.length + Buffer.byteLength(e.type) + Buffer.byteLength(stream));
    this.records.push(rec);
    const s = this.streams.get(stream) ?? [];
    s.push(rec);
    this.streams.set(stream, s);
    if (revision !== DELETED_STREAM) this.committed.set(e.eventId, { stream, revision });
    return rec;
  }

  /** Writes the stream's metadata event to $$stream, as the server does for stream deletes and undeletes. */
  setMetadata(stream: string, json: string): LogRecord {
    const meta = `$$${stream}`;
    const rec = this.put(meta, this.lastRevision(meta) + 1n, {
      eventId: crypto.randomUUID(),
      type: '$metadata',
      contentType: 'application/json',
      data: Buffer.from(json),
      metadata: Buffer.alloc(0),
    });
    this.notify();
    return rec;
  }

  /**
   * Soft delete (Streams.Delete → DeleteStream with hardDelete=false): a metadata event with
   * $tb = EventNumber.DeletedStream; the events stay in the log and the stream can be recreated.
   */
  softDelete(stream: string, expected: Expected): CommitResult {
    const check = this.checkDelete(stream, expected);
    if (check) return check;
    const rec = this.setMetadata(stream, `{"$tb":${DELETED_STREAM}}`);
    return { kind: 'written', first: -1n, last: -1n, logPosition: rec.logPosition };
  }

  /** Tombstone (Streams.Tombstone → hardDelete=true): a $streamDeleted record at EventNumber.DeletedStream; final. */
  tombstone(stream: string, expected: Expected): CommitResult {
    const check = this.checkDelete(stream, expected);
    if (check) return check;
    const rec = this.put(stream, DELETED_STREAM, {
      eventId: crypto.randomUUID(),
      type: '$streamDeleted',
      contentType: 'application/json',
      data: Buffer.alloc(0),
      metadata: Buffer.alloc(0),
    });
    this.tombstoned.add(stream);
    this.notify();
    return { kind: 'written', first: -1n, last: -1n, logPosition: rec.logPosition };
  }

  private checkDelete(stream: string, expected: Expected): CommitResult | null {
    const cur = this.lastRevision(stream);
    if (cur === DELETED_STREAM) return { kind: 'deleted' };
    const holds =
      expected === 'any' ||
      (expected === 'no_stream' ? cur < 0n : expected === 'stream_exists' ? cur >= 0n : cur === expected);
    return holds ? null : { kind: 'wrong-expected-version', current: cur < 0n ? null : cur };
  }

  /** A system event, as the server writes on its own ($statsCollected, $metadata of $settings, ...). */
  system(stream: string, type: string): void {
    this.put(stream, this.lastRevision(stream) + 1n, {
      eventId: crypto.randomUUID(),
      type,
      contentType: 'application/json',
      data: Buffer.from('{}'),
      metadata: Buffer.alloc(0),
    });
    this.notify();
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }
}
