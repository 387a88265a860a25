import type { Database as Db, Statement, Transaction } from 'better-sqlite3';
import type { AppendResult, Entry, ExpectedRevision, NewEvent, Position, RecordedEvent } from '../envelope';
import type { EntryText } from '../canonical-entry';
import { appendResult, buildEntry, describeExpected, sameContent, toRecorded } from '../entry';
import { IdempotencyConflict, InvalidAppend, WrongExpectedRevision } from '../errors';

/** An append as the writer takes it: validated, not yet written. */
export interface WriteAppend {
  stream: string;
  events: NewEvent[];
  expected: ExpectedRevision;
  /** From validateAppend: each event's entry text, filled in on the head. */
  texts: (EntryText | undefined)[];
}

export interface PendingAppend extends WriteAppend {
  resolve: (r: AppendResult) => void;
  reject: (e: unknown) => void;
  /** Written in a transaction of its own: set after a batch it was in failed as a whole. */
  alone?: boolean;
}

export type Outcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

export interface StoredRow {
  position: number | bigint;
  entry: Buffer;
  leaf_hash: Buffer;
}

interface Head {
  revision: bigint;
  leafHash: Buffer;
}

/** One event ready to insert: its entry is built before any row of its append is written. */
interface Row {
  eventId: string;
  revision: number;
  type: string;
  effectiveAt: string;
  recordedAt: string;
  entryBytes: Buffer;
  leafHash: Buffer;
  leafHashHex: string;
  entry: Entry;
}

/** Failures an append raises before it writes anything: it fails alone and the batch goes on. */
const ownFailure = (e: unknown): boolean =>
  e instanceof WrongExpectedRevision || e instanceof IdempotencyConflict || e instanceof InvalidAppend;

/**
 * Writes a group of appends in one IMMEDIATE transaction (one commit, one fsync).
 *
 * Each append is checked completely (expected revision, event ids, entry size) before its
 * rows are written, so a refused append leaves nothing behind and needs no savepoint. All
 * accepted rows go in one multi-row INSERT; the positions are consecutive rowids after the
 * last one, because the write lock is held from the checks to the commit.
 *
 * Stream heads are cached in memory. The cache is valid only while no other connection has
 * committed: PRAGMA data_version, read under the write lock at the start of every batch,
 * changes exactly when another connection (another store, the CLI in another process) has
 * committed since the last read, and then the cache is dropped and heads are read again.
 * Heads learned in a batch enter the cache only after its commit returns.
 */
export class BatchWriter {
  private readonly heads = new Map<string, Head>();
  private dataVersion: number | null = null;
  private readonly tx: Transaction<
    (batch: WriteAppend[], careful: boolean) => { outcomes: Outcome[]; staged: Map<string, Head> }
  >;
  private readonly stmt: {
    dataVersion: Statement<[], number>;
    byEventId: Statement<[string], StoredRow & { stream: string }>;
    head: Statement<[string], { revision: number; leaf_hash: Buffer }>;
  };
  /** INSERT statements by row count, made on first use (a batch has at most maxRows rows). */
  private readonly inserts = new Map<number, Statement<unknown[]>>();

  constructor(
    private readonly db: Db,
    private readonly maxHeads = 10_000,
  ) {
    this.stmt = {
      dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
      byEventId: db.prepare('SELECT position, stream, entry, leaf_hash FROM events WHERE event_id = ?'),
      head: db.prepare('SELECT revision, leaf_hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1'),
    };
    this.tx = db.transaction((batch: WriteAppend[], careful: boolean) => this.body(batch, careful));
  }

  /**
   * One outcome per append, in order, after the commit; throws (nothing written) if the
   * transaction failed as a whole.
   */
  write(batch: WriteAppend[]): Outcome[] {
    let done;
    try {
      done = this.tx.immediate(batch, false);
    } catch (e) {
      if (e !== RETRY_CAREFULLY) throw e;
      done = this.tx.immediate(batch, true);
    }
    for (const [stream, head] of done.staged) this.remember(stream, head);
    return done.outcomes;
  }

  /**
   * The fast way checks event ids only through the unique index, with all rows in one
   * INSERT; if that INSERT meets a stored id (a retry, or one id twice in the batch), the
   * transaction is rolled back and the batch is written carefully: every id looked up
   * first, each append's rows inserted before the next append is checked, heads read
   * from the log.
   */
  private body(batch: WriteAppend[], careful: boolean): { outcomes: Outcome[]; staged: Map<string, Head> } {
    const version = this.stmt.dataVersion.get() as number;
    if (version !== this.dataVersion || careful) {
      this.heads.clear();
      this.dataVersion = version;
    }
    const staged = new Map<string, Head>();
    const outcomes: Outcome[] = [];
    const rows: Row[] = [];
    const owners: { outcome: number; from: number; count: number }[] = [];
    const ids = new Set<string>();
    for (const p of batch) {
      if (!careful) {
        // An id twice in one group (a retry queued beside its original) is answered from
        // the log, which needs the first one written before the second is checked.
        for (const ev of p.events) {
          if (ids.has(ev.eventId)) throw RETRY_CAREFULLY;
          ids.add(ev.eventId);
        }
      }
      try {
        const planned = this.plan(p, staged, careful);
        if ('replay' in planned) {
          outcomes.push({ ok: true, result: planned.replay });
          continue;
        }
        const last = planned.rows[planned.rows.length - 1];
        staged.set(p.stream, { revision: BigInt(last.revision), leafHash: last.leafHash });
        if (careful) {
          outcomes.push({ ok: true, result: resultOf(planned.rows, this.insert(planned.rows)) });
        } else {
          owners.push({ outcome: outcomes.length, from: rows.length, count: planned.rows.length });
          rows.push(...planned.rows);
          outcomes.push({ ok: false, error: null });
        }
      } catch (error) {
        if (!ownFailure(error)) throw error;
        outcomes.push({ ok: false, error });
      }
    }
    if (rows.length > 0) {
      let first: number;
      try {
        first = this.insert(rows);
      } catch (e) {
        if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw RETRY_CAREFULLY;
        throw e;
      }
      for (const o of owners)
        outcomes[o.outcome] = { ok: true, result: resultOf(rows.slice(o.from, o.from + o.count), first + o.from) };
    }
    return { outcomes, staged };
  }

  /** The rows of an append whose checks pass, or the stored result of an idempotent retry; throws if refused. */
  private plan(
    p: WriteAppend,
    staged: Map<string, Head>,
    careful: boolean,
  ): { rows: Row[] } | { replay: AppendResult } {
    const head = this.headOf(p.stream, staged);
    const actual = head ? head.revision : null;
    const expected = p.expected;
    const holds =
      expected === 'any' ||
      (expected === 'no-stream' ? actual === null : expected === 'exists' ? actual !== null : actual === expected);
    if (careful || !holds) {
      // Idempotency first: a retry of an append that succeeded is answered, not refused.
      const firstStored = this.stmt.byEventId.get(p.events[0].eventId);
      if (firstStored) return { replay: this.replay(p, firstStored) };
      if (!holds) throw new WrongExpectedRevision(p.stream, describeExpected(expected), actual);
      for (let i = 1; i < p.events.length; i++) {
        if (this.stmt.byEventId.get(p.events[i].eventId))
          throw new IdempotencyConflict(
            p.events[i].eventId,
            'some, but not all, of the event ids in this append were appended before',
          );
      }
    }
    let revision = actual === null ? 0n : actual + 1n;
    let prev = head ? head.leafHash.toString('hex') : null;
    const rows: Row[] = [];
    for (let i = 0; i < p.events.length; i++) {
      const ev = p.events[i];
      const { entry, entryBytes, leafHash } = buildEntry(p.stream, revision, prev, ev, 'event', p.texts[i]);
      const lh = leafHash.toString('hex');
      rows.push({
        eventId: ev.eventId,
        revision: Number(revision),
        type: ev.type,
        effectiveAt: ev.metadata.effectiveAt,
        recordedAt: ev.metadata.recordedAt,
        entryBytes,
        leafHash,
        leafHashHex: lh,
        entry,
      });
      prev = lh;
      revision += 1n;
    }
    return { rows };
  }

  private headOf(stream: string, staged: Map<string, Head>): Head | null {
    const known = staged.get(stream) ?? this.heads.get(stream);
    if (known) return known;
    const row = this.stmt.head.get(stream);
    if (!row) return null;
    const head = { revision: BigInt(row.revision), leafHash: row.leaf_hash };
    staged.set(stream, head);
    return head;
  }

  private remember(stream: string, head: Head): void {
    if (this.heads.delete(stream) === false && this.heads.size >= this.maxHeads) {
      this.heads.delete(this.heads.keys().next().value as string);
    }
    this.heads.set(stream, head);
  }

  /**
   * Inserts the rows in as few statements as possible; returns the position of the first
   * (the rowids of one statement's rows are consecutive: each is the largest so far + 1).
   */
  private insert(rows: Row[]): number {
    let first = 0;
    for (let from = 0; from < rows.length;) {
      const n = Math.min(rows.length - from, MAX_ROWS_PER_INSERT);
      const args: unknown[] = [];
      for (let i = from; i < from + n; i++) {
        const r = rows[i];
        args.push(r.eventId, r.entry.stream, r.revision, r.type, r.effectiveAt, r.recordedAt, r.entryBytes, r.leafHash);
      }
      const info = this.insertOf(n).run(...args);
      const last = Number(info.lastInsertRowid);
      if (from === 0) first = last - n + 1;
      else if (last - n + 1 !== first + from) throw new Error('positions of one batch are not consecutive');
      from += n;
    }
    return first;
  }

  private insertOf(n: number): Statement<unknown[]> {
    let s = this.inserts.get(n);
    if (!s) {
      const values = Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
      s = this.db.prepare(
        `INSERT INTO events (event_id, stream, revision, type, effective_at, recorded_at, entry, leaf_hash) VALUES ${values}`,
      );
      if (this.inserts.size < 64) this.inserts.set(n, s);
    }
    return s;
  }

  /** Every id must already be stored, in this stream, consecutively, with the same content. */
  private replay(p: WriteAppend, first: StoredRow & { stream: string }): AppendResult {
    const firstRec = toRecorded(first.entry, first.leaf_hash.toString('hex'), String(first.position) as Position);
    const stored: RecordedEvent[] = [];
    for (let i = 0; i < p.events.length; i++) {
      const row = i === 0 ? first : this.stmt.byEventId.get(p.events[i].eventId);
      if (!row)
        throw new IdempotencyConflict(
          p.events[0].eventId,
          'some, but not all, of the event ids in this append were appended before',
        );
      const rec =
        i === 0 ? firstRec : toRecorded(row.entry, row.leaf_hash.toString('hex'), String(row.position) as Position);
      if (rec.stream !== p.stream) throw new IdempotencyConflict(rec.eventId, `it belongs to stream "${rec.stream}"`);
      if (rec.revision !== firstRec.revision + BigInt(i))
        throw new IdempotencyConflict(
          rec.eventId,
          'the events were appended in a different order or in different appends',
        );
      if (!sameContent(p.stream, rec, p.events[i]))
        throw new IdempotencyConflict(rec.eventId, 'the type, data or metadata differ');
      stored.push(rec);
    }
    return appendResult(p.stream, stored, true);
  }
}

/** Thrown out of the fast transaction to roll it back and write the batch carefully. */
const RETRY_CAREFULLY = Symbol('retry carefully');

function resultOf(rows: Row[], firstPosition: number): AppendResult {
  const events: RecordedEvent[] = rows.map((r, k) => ({
    ...r.entry,
    revision: BigInt(r.revision),
    leafHash: r.leafHashHex,
    entryBytes: r.entryBytes,
    position: String(firstPosition + k) as Position,
  }));
  return appendResult(events[0].stream, events, false);
}

/** SQLite allows 32,766 parameters per statement; 8 per row. */
const MAX_ROWS_PER_INSERT = 512;
