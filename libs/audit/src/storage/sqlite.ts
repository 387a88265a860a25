import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import {
  type LogKeyRecord,
  nodeKey,
  SealerConflict,
  type SealBatch,
  type SealerState,
  type SealedEntryRow,
  type SealerStorage,
  type StoredCheckpoint,
  type StoredLeaf,
  type StreamHeadRow,
} from './types';
import { SQLITE_AUDIT_SCHEMA } from './sqlite-schema';

/**
 * Opens its own connection (WAL, busy_timeout) to the event store's SQLite file.
 * `cacheKiB`: page cache; the default 64 MiB keeps the sealer's random-key indexes (event
 * ids) in memory longer. A reader that scans in order (an export) gains nothing from it
 * and would fill it: a few MiB keep its memory flat however long the log.
 */
export function openSqlite(file: string, cacheKiB = 65536): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma(`cache_size = -${Math.max(64, Math.floor(cacheKiB))}`);
  return db;
}

interface CpRow {
  size: number;
  root: Buffer;
  streams_root: Buffer;
  streams_size: number;
  note: string;
  issued_at: string;
}
const toCp = (r: CpRow): StoredCheckpoint => ({
  size: r.size,
  root: r.root,
  streamsRoot: r.streams_root,
  streamsSize: r.streams_size,
  note: r.note,
  issuedAt: r.issued_at,
});
interface LeafRow {
  leaf_index: number;
  event_id: string;
  stream: string;
  revision: number;
  leaf_hash: Buffer;
}
const toLeaf = (r: LeafRow): StoredLeaf => ({
  leafIndex: r.leaf_index,
  eventId: r.event_id,
  stream: r.stream,
  revision: r.revision,
  leafHash: r.leaf_hash,
});

/**
 * Rows per read of sealed entries. A page lives while its lines are written: a small one
 * dies young instead of being promoted with its entry buffers to wait for a full collection.
 */
const ENTRY_PAGE = 256;
type LeafTuple = [number, string, string];
/** position, event_id, leaf_hash (hex), stream, effective_at, recorded_at, entry */
type EventTuple = [number, string, string, string, string, string, Buffer];
type JoinedStatement = 'leafRun' | 'eventRun' | 'eventById' | 'datesAfterLeaf' | 'positionOfLeaf';

const HASH_BYTES = 32;

/** `n` hashes stored back to back, as views of `bytes`; null unless each is HASH_BYTES long. */
function splitHashes(bytes: Buffer | null, n: number): Buffer[] | null {
  if (n === 0) return [];
  if (!bytes || bytes.length !== n * HASH_BYTES) return null;
  const out = new Array<Buffer>(n);
  for (let i = 0; i < n; i++) out[i] = bytes.subarray(i * HASH_BYTES, (i + 1) * HASH_BYTES);
  return out;
}

export class SqliteSealerStorage implements SealerStorage {
  readonly backend = 'sqlite' as const;
  private stmts!: Record<string, Statement>;
  private joined: Record<JoinedStatement, Statement> | null = null;
  private readonly ownsDb: boolean;
  readonly db: Db;

  /** `file`: the event store's SQLite file; or pass an open connection. `cacheKiB`: see openSqlite. */
  constructor(fileOrDb: string | Db, cacheKiB?: number) {
    this.ownsDb = typeof fileOrDb === 'string';
    this.db = typeof fileOrDb === 'string' ? openSqlite(fileOrDb, cacheKiB) : fileOrDb;
  }

  static async open(file: string, opts: { cacheKiB?: number } = {}): Promise<SqliteSealerStorage> {
    const s = new SqliteSealerStorage(file, opts.cacheKiB);
    await s.init();
    return s;
  }

  async init(): Promise<void> {
    this.db.transaction(() => this.db.exec(SQLITE_AUDIT_SCHEMA)).immediate();
    const p = (sql: string) => this.db.prepare(sql);
    this.stmts = {
      state: p('SELECT size, last_position FROM audit_sealer_state WHERE id = 1'),
      setState: p('UPDATE audit_sealer_state SET size = ?, last_position = ? WHERE id = 1'),
      insLeaf: p('INSERT INTO audit_leaf (leaf_index, event_id, stream, revision, leaf_hash) VALUES (?, ?, ?, ?, ?)'),
      insNode: p('INSERT OR REPLACE INTO audit_node (level, idx, hash) VALUES (?, ?, ?)'),
      upHead: p(
        'INSERT INTO audit_stream_head (stream, revision, leaf_hash, leaf_index) VALUES (?, ?, ?, ?) ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision, leaf_hash = excluded.leaf_hash, leaf_index = excluded.leaf_index',
      ),
      insCp: p(
        'INSERT OR IGNORE INTO audit_checkpoint (size, root, streams_root, streams_size, note, issued_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      node: p('SELECT hash FROM audit_node WHERE level = ? AND idx = ?'),
      leafHash: p('SELECT leaf_hash FROM audit_leaf WHERE leaf_index = ?'),
      leafHashes: p(
        'SELECT leaf_hash FROM audit_leaf WHERE leaf_index >= ? AND leaf_index < ? ORDER BY leaf_index',
      ).pluck(),
      leafRunBytes: p(
        "SELECT count(*), unhex(group_concat(hex(leaf_hash), '' ORDER BY leaf_index)) FROM audit_leaf WHERE leaf_index >= ? AND leaf_index < ?",
      ).raw(),
      nodeRunBytes: p(
        "SELECT count(*), min(idx), max(idx), unhex(group_concat(hex(hash), '' ORDER BY idx)) FROM audit_node WHERE level = ? AND idx >= ? AND idx < ?",
      ).raw(),
      nodeRun: p('SELECT idx, hash FROM audit_node WHERE level = ? AND idx >= ? AND idx < ? ORDER BY idx').raw(),
      leafById: p('SELECT * FROM audit_leaf WHERE event_id = ?'),
      leaves: p('SELECT * FROM audit_leaf WHERE leaf_index >= ? AND leaf_index < ? ORDER BY leaf_index LIMIT ?'),
      latest: p('SELECT * FROM audit_checkpoint ORDER BY size DESC LIMIT 1'),
      cpAt: p('SELECT * FROM audit_checkpoint WHERE size = ?'),
      list: p('SELECT * FROM audit_checkpoint WHERE size < ? ORDER BY size DESC LIMIT ?'),
      cpsAfter: p('SELECT * FROM audit_checkpoint WHERE size > ? ORDER BY size LIMIT ?'),
      heads: p('SELECT * FROM audit_stream_head'),
      headsAsOf: p(`SELECT l.stream, l.revision, l.leaf_hash, l.leaf_index FROM audit_leaf l
        JOIN (SELECT MAX(leaf_index) AS m FROM audit_leaf WHERE leaf_index < ? GROUP BY stream) x ON l.leaf_index = x.m`),
    };
  }

  async logKeys(): Promise<LogKeyRecord[]> {
    const rows = this.db.prepare('SELECT * FROM audit_log_key ORDER BY seq').all() as Array<{
      seq: number;
      vkey: string;
      from_size: number;
      recorded_at: string;
      statement: string | null;
    }>;
    return rows.map((r) => ({
      seq: r.seq,
      vkey: r.vkey,
      fromSize: r.from_size,
      recordedAt: r.recorded_at,
      statement: r.statement,
    }));
  }

  async recordLogKey(k: LogKeyRecord): Promise<LogKeyRecord[]> {
    this.db
      .prepare(
        'INSERT OR IGNORE INTO audit_log_key (seq, vkey, from_size, recorded_at, statement) VALUES (?, ?, ?, ?, ?)',
      )
      .run(k.seq, k.vkey, k.fromSize, k.recordedAt, k.statement);
    return this.logKeys();
  }

  async state(): Promise<SealerState> {
    const r = this.stmts.state.get() as { size: number; last_position: string | null };
    return { size: r.size, lastPosition: r.last_position };
  }

  async appendBatch(b: SealBatch): Promise<void> {
    this.db
      .transaction(() => {
        const cur = this.stmts.state.get() as { size: number };
        if (cur.size !== b.expectedSize)
          throw new SealerConflict(
            `sealer storage is at size ${cur.size}, expected ${b.expectedSize}: another sealer is running`,
          );
        for (const l of b.leaves) this.stmts.insLeaf.run(l.leafIndex, l.eventId, l.stream, l.revision, l.leafHash);
        for (const n of b.nodes) this.stmts.insNode.run(n.level, n.index, n.hash);
        for (const h of b.heads) this.stmts.upHead.run(h.stream, h.revision, h.leafHash, h.leafIndex);
        this.stmts.setState.run(b.expectedSize + b.leaves.length, b.lastPosition);
        if (b.checkpoint) this.insertCheckpoint(b.checkpoint);
      })
      .immediate();
  }

  async addCheckpoint(cp: StoredCheckpoint): Promise<void> {
    this.insertCheckpoint(cp);
  }

  private insertCheckpoint(cp: StoredCheckpoint): void {
    this.stmts.insCp.run(cp.size, cp.root, cp.streamsRoot, cp.streamsSize, cp.note, cp.issuedAt);
  }

  async getNodes(ids: ReadonlyArray<{ level: number; index: number }>): Promise<Map<string, Buffer>> {
    const out = new Map<string, Buffer>();
    for (const { level, index } of ids) {
      const r = (level === 0 ? this.stmts.leafHash.get(index) : this.stmts.node.get(level, index)) as
        { hash?: Buffer; leaf_hash?: Buffer } | undefined;
      if (r) out.set(nodeKey(level, index), (r.hash ?? r.leaf_hash) as Buffer);
    }
    return out;
  }

  /**
   * A run of hashes comes back as one blob, cut into views: a native buffer per row costs
   * about twice the read, and an export reads about two hashes per event.
   */
  async leafHashes(from: number, to: number): Promise<Buffer[]> {
    const [n, bytes] = this.stmts.leafRunBytes.get(from, to) as [number, Buffer | null];
    return splitHashes(bytes, n) ?? (this.stmts.leafHashes.all(from, to) as Buffer[]);
  }

  async nodeHashes(level: number, from: number, to: number): Promise<Buffer[]> {
    if (level === 0) return this.leafHashes(from, to);
    const [n, min, max, bytes] = this.stmts.nodeRunBytes.get(level, from, to) as [number, number, number, Buffer];
    const run = min === from && max - min + 1 === n ? splitHashes(bytes, n) : null;
    if (run) return run;
    // A gap (the run ends before the first node missing) or a hash of another size: row by row.
    const out: Buffer[] = [];
    for (const [idx, hash] of this.stmts.nodeRun.all(level, from, to) as Array<[number, Buffer]>) {
      if (idx !== from + out.length) break;
      out.push(hash);
    }
    return out;
  }

  async leafByEventId(eventId: string): Promise<StoredLeaf | null> {
    const r = this.stmts.leafById.get(eventId) as LeafRow | undefined;
    return r ? toLeaf(r) : null;
  }

  async *leaves(from: number, to: number): AsyncIterable<StoredLeaf> {
    let next = from;
    while (next < to) {
      const rows = this.stmts.leaves.all(next, to, 2000) as LeafRow[];
      if (rows.length === 0) return;
      for (const r of rows) yield toLeaf(r);
      next = rows[rows.length - 1].leaf_index + 1;
    }
  }

  /**
   * Statements on the event store's `events` table, which shares the file; prepared on first
   * use so that audit tables alone (in tests) still open.
   */
  private eventStmts(): Record<JoinedStatement, Statement> {
    if (this.joined) return this.joined;
    const p = (sql: string) => this.db.prepare(sql);
    this.joined = {
      leafRun: p(
        'SELECT leaf_index, lower(hex(leaf_hash)), event_id FROM audit_leaf WHERE leaf_index >= ? AND leaf_index < ? ORDER BY leaf_index LIMIT ?',
      ).raw(),
      eventRun:
        p(`SELECT position, event_id, lower(hex(leaf_hash)), stream, effective_at, recorded_at, entry FROM events
        WHERE position > ? ORDER BY position LIMIT ?`).raw(),
      eventById:
        p(`SELECT position, event_id, lower(hex(leaf_hash)), stream, effective_at, recorded_at, entry FROM events
        WHERE event_id = ?`).raw(),
      datesAfterLeaf: p(
        `SELECT position, effective_at, recorded_at FROM events WHERE position > ? ORDER BY position LIMIT ?`,
      ).raw(),
      positionOfLeaf: p(
        'SELECT e.position FROM audit_leaf l JOIN events e ON e.event_id = l.event_id WHERE l.leaf_index = ?',
      ).pluck(),
    };
    return this.joined;
  }

  /**
   * The leaves were sealed in log order, so leaf i+1's event is the one stored after leaf i's:
   * a page of leaves and the same number of events are read in two ordered runs and paired,
   * each pair checked by event id. A leaf whose event is not the next row (never, for a log the
   * sealer wrote) is looked up by its id, and the run of events goes on after it.
   */
  async *sealedEntryPages(from: number, to: number): AsyncIterable<SealedEntryRow[]> {
    const st = this.eventStmts();
    let next = from;
    let after = from === 0 ? 0 : ((st.positionOfLeaf.get(from - 1) as number | undefined) ?? -1);
    while (next < to) {
      const leaves = st.leafRun.all(next, to, ENTRY_PAGE) as LeafTuple[];
      if (leaves.length === 0) return;
      let events = after < 0 ? [] : (st.eventRun.all(after, leaves.length) as EventTuple[]);
      const page: SealedEntryRow[] = new Array<SealedEntryRow>(leaves.length);
      let k = 0;
      for (let i = 0; i < leaves.length; i++) {
        const [leafIndex, leafHash, eventId] = leaves[i];
        let ev: EventTuple | undefined = events[k];
        if (ev && ev[1] === eventId) k++;
        else {
          ev = st.eventById.get(eventId) as EventTuple | undefined;
          if (!ev) throw new Error(`leaf ${leafIndex} has no event row; run verify-store`);
          events = st.eventRun.all(ev[0], leaves.length - i - 1) as EventTuple[];
          k = 0;
        }
        after = ev[0];
        page[i] = {
          leafIndex,
          leafHash,
          storeLeafHash: ev[2],
          eventId,
          stream: ev[3],
          effectiveAt: ev[4],
          recordedAt: ev[5],
          entry: ev[6],
        };
      }
      yield page;
      next = leaves[leaves.length - 1][0] + 1;
    }
  }

  async *eventDatesAfterLeaf(leafIndex: number): AsyncIterable<{ effectiveAt: string; recordedAt: string }> {
    let after = leafIndex < 0 ? 0 : (this.eventStmts().positionOfLeaf.get(leafIndex) as number | undefined);
    if (after === undefined) throw new Error(`leaf ${leafIndex} has no event row; run verify-store`);
    for (;;) {
      const rows = this.eventStmts().datesAfterLeaf.all(after, ENTRY_PAGE) as Array<[number, string, string]>;
      for (const r of rows) yield { effectiveAt: r[1], recordedAt: r[2] };
      if (rows.length < ENTRY_PAGE) return;
      after = rows[rows.length - 1][0];
    }
  }

  async latestCheckpoint(): Promise<StoredCheckpoint | null> {
    const r = this.stmts.latest.get() as CpRow | undefined;
    return r ? toCp(r) : null;
  }

  async checkpointAt(size: number): Promise<StoredCheckpoint | null> {
    const r = this.stmts.cpAt.get(size) as CpRow | undefined;
    return r ? toCp(r) : null;
  }

  async listCheckpoints(options: { limit?: number; beforeSize?: number } = {}): Promise<StoredCheckpoint[]> {
    return (this.stmts.list.all(options.beforeSize ?? Number.MAX_SAFE_INTEGER, options.limit ?? 100) as CpRow[]).map(
      toCp,
    );
  }

  async *allCheckpoints(): AsyncIterable<StoredCheckpoint> {
    let after = -1;
    for (;;) {
      const rows = this.stmts.cpsAfter.all(after, 500) as CpRow[];
      if (rows.length === 0) return;
      for (const r of rows) yield toCp(r);
      after = rows[rows.length - 1].size;
    }
  }

  async streamHeads(): Promise<StreamHeadRow[]> {
    return (
      this.stmts.heads.all() as Array<{ stream: string; revision: number; leaf_hash: Buffer; leaf_index: number }>
    ).map((r) => ({ stream: r.stream, revision: r.revision, leafHash: r.leaf_hash, leafIndex: r.leaf_index }));
  }

  async eachStreamHead(
    f: (stream: string, revision: number, leafHashHex: string, leafIndex: number) => void,
    onCount?: (n: number) => void,
  ): Promise<void> {
    onCount?.(this.db.prepare('SELECT count(*) FROM audit_stream_head').pluck().get() as number);
    const rows = this.db
      .prepare('SELECT stream, revision, lower(hex(leaf_hash)), leaf_index FROM audit_stream_head')
      .raw()
      .iterate() as IterableIterator<[string, number, string, number]>;
    for (const r of rows) f(r[0], r[1], r[2], r[3]);
  }

  async streamHeadsAsOf(size: number): Promise<StreamHeadRow[]> {
    return (
      this.stmts.headsAsOf.all(size) as Array<{
        stream: string;
        revision: number;
        leaf_hash: Buffer;
        leaf_index: number;
      }>
    ).map((r) => ({ stream: r.stream, revision: r.revision, leafHash: r.leaf_hash, leafIndex: r.leaf_index }));
  }

  async close(): Promise<void> {
    if (this.ownsDb && this.db.open) this.db.close();
  }
}
