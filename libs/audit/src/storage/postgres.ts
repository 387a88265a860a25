import { withSchemaSetup } from '@ledger/event-store';
import { Pool, type PoolClient } from 'pg';
import {
  nodeKey,
  SealerConflict,
  type LogKeyRecord,
  type SealBatch,
  type SealerState,
  type SealerStorage,
  type StoredCheckpoint,
  type StoredLeaf,
  type StreamHeadRow,
} from './types';

export function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new Error(`"${name}" is not an acceptable schema name`);
  return `"${name}"`;
}

/** Runs `fn` in one transaction on a connection of its own: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(pool: Pool, fn: (c: PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const out = await fn(c);
    await c.query('COMMIT');
    return out;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

function pgAuditSchema(s: string): string {
  return `
  CREATE SCHEMA IF NOT EXISTS ${s};
  CREATE TABLE IF NOT EXISTS ${s}.audit_leaf (
    leaf_index BIGINT PRIMARY KEY,
    event_id   TEXT   NOT NULL UNIQUE,
    stream     TEXT   NOT NULL,
    revision   BIGINT NOT NULL,
    leaf_hash  BYTEA  NOT NULL
  );
  CREATE INDEX IF NOT EXISTS audit_leaf_stream ON ${s}.audit_leaf (stream, leaf_index);
  CREATE TABLE IF NOT EXISTS ${s}.audit_node (
    level SMALLINT NOT NULL,
    idx   BIGINT   NOT NULL,
    hash  BYTEA    NOT NULL,
    PRIMARY KEY (level, idx)
  );
  CREATE TABLE IF NOT EXISTS ${s}.audit_stream_head (
    stream     TEXT   PRIMARY KEY,
    revision   BIGINT NOT NULL,
    leaf_hash  BYTEA  NOT NULL,
    leaf_index BIGINT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS ${s}.audit_checkpoint (
    size         BIGINT PRIMARY KEY,
    root         BYTEA  NOT NULL,
    streams_root BYTEA  NOT NULL,
    streams_size BIGINT NOT NULL,
    note         TEXT   NOT NULL,
    issued_at    TEXT   NOT NULL
  );
  CREATE TABLE IF NOT EXISTS ${s}.audit_log_key (
    seq         INT    PRIMARY KEY,
    vkey        TEXT   NOT NULL UNIQUE,
    from_size   BIGINT NOT NULL,
    recorded_at TEXT   NOT NULL,
    statement   TEXT
  );
  CREATE TABLE IF NOT EXISTS ${s}.audit_sealer_state (
    id            INT PRIMARY KEY CHECK (id = 1),
    size          BIGINT NOT NULL,
    last_position TEXT
  );
  INSERT INTO ${s}.audit_sealer_state (id, size, last_position) VALUES (1, 0, NULL) ON CONFLICT DO NOTHING;
`;
}

interface CpRow {
  size: string;
  root: Buffer;
  streams_root: Buffer;
  streams_size: string;
  note: string;
  issued_at: string;
}
const toCp = (r: CpRow): StoredCheckpoint => ({
  size: Number(r.size),
  root: r.root,
  streamsRoot: r.streams_root,
  streamsSize: Number(r.streams_size),
  note: r.note,
  issuedAt: r.issued_at,
});
interface LeafRow {
  leaf_index: string;
  event_id: string;
  stream: string;
  revision: string;
  leaf_hash: Buffer;
}
const toLeaf = (r: LeafRow): StoredLeaf => ({
  leafIndex: Number(r.leaf_index),
  eventId: r.event_id,
  stream: r.stream,
  revision: Number(r.revision),
  leafHash: r.leaf_hash,
});
const toHead = (r: { stream: string; revision: string; leaf_hash: Buffer; leaf_index: string }): StreamHeadRow => ({
  stream: r.stream,
  revision: Number(r.revision),
  leafHash: r.leaf_hash,
  leafIndex: Number(r.leaf_index),
});

export interface PostgresSealerStorageOptions {
  /** Connection string, or an existing pool (not closed by close()). */
  connectionString?: string;
  pool?: Pool;
  schema?: string;
}

export class PostgresSealerStorage implements SealerStorage {
  readonly backend = 'postgres' as const;
  readonly pool: Pool;
  private readonly ownsPool: boolean;
  private readonly s: string;
  private readonly schema: string;
  /**
   * When set, every write first runs this check in its transaction (a leader's lease fence,
   * see libs/projections/src/storage/lease.ts): it throws when this instance may no longer seal.
   */
  fence: ((query: (sql: string, params?: unknown[]) => Promise<{ rowCount: number | null }>) => Promise<void>) | null =
    null;

  constructor(opts: PostgresSealerStorageOptions) {
    if (!opts.pool && !opts.connectionString) throw new Error('connectionString or pool is required');
    this.ownsPool = !opts.pool;
    this.pool = opts.pool ?? new Pool({ connectionString: opts.connectionString, max: 4 });
    this.schema = opts.schema ?? 'public';
    this.s = quoteIdent(this.schema);
  }

  static async open(opts: PostgresSealerStorageOptions): Promise<PostgresSealerStorage> {
    const s = new PostgresSealerStorage(opts);
    await s.init();
    return s;
  }

  async init(): Promise<void> {
    await withSchemaSetup(this.pool, this.schema, async (c) => {
      await c.query(pgAuditSchema(this.s));
    });
  }

  async logKeys(): Promise<LogKeyRecord[]> {
    const r = await this.pool.query(`SELECT * FROM ${this.s}.audit_log_key ORDER BY seq`);
    return r.rows.map((x) => ({
      seq: Number(x.seq),
      vkey: x.vkey,
      fromSize: Number(x.from_size),
      recordedAt: x.recorded_at,
      statement: x.statement,
    }));
  }

  async recordLogKey(k: LogKeyRecord): Promise<LogKeyRecord[]> {
    await this.pool.query(
      `INSERT INTO ${this.s}.audit_log_key (seq, vkey, from_size, recorded_at, statement) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [k.seq, k.vkey, k.fromSize, k.recordedAt, k.statement],
    );
    return this.logKeys();
  }

  async state(): Promise<SealerState> {
    const r = await this.pool.query(`SELECT size, last_position FROM ${this.s}.audit_sealer_state WHERE id = 1`);
    return { size: Number(r.rows[0].size), lastPosition: r.rows[0].last_position };
  }

  private async tx<T>(fn: (c: PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, async (c) => {
      if (this.fence) await this.fence((sql, params) => c.query(sql, params));
      return fn(c);
    });
  }

  async appendBatch(b: SealBatch): Promise<void> {
    const s = this.s;
    await this.tx(async (c) => {
      const cur = await c.query(`SELECT size FROM ${s}.audit_sealer_state WHERE id = 1 FOR UPDATE`);
      if (Number(cur.rows[0].size) !== b.expectedSize)
        throw new SealerConflict(
          `sealer storage is at size ${cur.rows[0].size}, expected ${b.expectedSize}: another sealer is running`,
        );
      if (b.leaves.length) {
        await c.query(
          `INSERT INTO ${s}.audit_leaf (leaf_index, event_id, stream, revision, leaf_hash)
           SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::bytea[])`,
          [
            b.leaves.map((l) => l.leafIndex),
            b.leaves.map((l) => l.eventId),
            b.leaves.map((l) => l.stream),
            b.leaves.map((l) => l.revision),
            b.leaves.map((l) => l.leafHash),
          ],
        );
      }
      if (b.nodes.length) {
        await c.query(
          `INSERT INTO ${s}.audit_node (level, idx, hash) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])
           ON CONFLICT (level, idx) DO UPDATE SET hash = excluded.hash`,
          [b.nodes.map((n) => n.level), b.nodes.map((n) => n.index), b.nodes.map((n) => n.hash)],
        );
      }
      if (b.heads.length) {
        await c.query(
          `INSERT INTO ${s}.audit_stream_head (stream, revision, leaf_hash, leaf_index)
           SELECT * FROM unnest($1::text[], $2::bigint[], $3::bytea[], $4::bigint[])
           ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision, leaf_hash = excluded.leaf_hash, leaf_index = excluded.leaf_index`,
          [
            b.heads.map((h) => h.stream),
            b.heads.map((h) => h.revision),
            b.heads.map((h) => h.leafHash),
            b.heads.map((h) => h.leafIndex),
          ],
        );
      }
      await c.query(`UPDATE ${s}.audit_sealer_state SET size = $1, last_position = $2 WHERE id = 1`, [
        b.expectedSize + b.leaves.length,
        b.lastPosition,
      ]);
      if (b.checkpoint) await this.insertCheckpoint(c, b.checkpoint);
    });
  }

  async addCheckpoint(cp: StoredCheckpoint): Promise<void> {
    await this.tx((c) => this.insertCheckpoint(c, cp));
  }

  private async insertCheckpoint(c: PoolClient, cp: StoredCheckpoint): Promise<void> {
    await c.query(
      `INSERT INTO ${this.s}.audit_checkpoint (size, root, streams_root, streams_size, note, issued_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (size) DO NOTHING`,
      [cp.size, cp.root, cp.streamsRoot, cp.streamsSize, cp.note, cp.issuedAt],
    );
  }

  async getNodes(ids: ReadonlyArray<{ level: number; index: number }>): Promise<Map<string, Buffer>> {
    const out = new Map<string, Buffer>();
    if (ids.length === 0) return out;
    const leaves = ids.filter((i) => i.level === 0).map((i) => i.index);
    const nodes = ids.filter((i) => i.level > 0);
    const r = await this.pool.query(
      `SELECT 0 AS level, leaf_index AS idx, leaf_hash AS hash FROM ${this.s}.audit_leaf WHERE leaf_index = ANY($1::bigint[])
       UNION ALL
       SELECT n.level, n.idx, n.hash FROM ${this.s}.audit_node n JOIN unnest($2::smallint[], $3::bigint[]) AS q(level, idx) ON n.level = q.level AND n.idx = q.idx`,
      [leaves, nodes.map((n) => n.level), nodes.map((n) => n.index)],
    );
    for (const row of r.rows) out.set(nodeKey(Number(row.level), Number(row.idx)), row.hash);
    return out;
  }

  async leafHashes(from: number, to: number): Promise<Buffer[]> {
    const r = await this.pool.query(
      `SELECT leaf_hash FROM ${this.s}.audit_leaf WHERE leaf_index >= $1 AND leaf_index < $2 ORDER BY leaf_index`,
      [from, to],
    );
    return r.rows.map((x) => x.leaf_hash);
  }

  async nodeHashes(level: number, from: number, to: number): Promise<Buffer[]> {
    if (level === 0) return this.leafHashes(from, to);
    const r = await this.pool.query(
      `SELECT idx, hash FROM ${this.s}.audit_node WHERE level = $1 AND idx >= $2 AND idx < $3 ORDER BY idx`,
      [level, from, to],
    );
    const out: Buffer[] = [];
    for (const row of r.rows) {
      if (Number(row.idx) !== from + out.length) break;
      out.push(row.hash);
    }
    return out;
  }

  async leafByEventId(eventId: string): Promise<StoredLeaf | null> {
    const r = await this.pool.query(`SELECT * FROM ${this.s}.audit_leaf WHERE event_id = $1`, [eventId]);
    return r.rows[0] ? toLeaf(r.rows[0]) : null;
  }

  async *leaves(from: number, to: number): AsyncIterable<StoredLeaf> {
    let next = from;
    while (next < to) {
      const r = await this.pool.query(
        `SELECT * FROM ${this.s}.audit_leaf WHERE leaf_index >= $1 AND leaf_index < $2 ORDER BY leaf_index LIMIT 5000`,
        [next, to],
      );
      if (r.rows.length === 0) return;
      for (const row of r.rows) yield toLeaf(row);
      next = Number(r.rows[r.rows.length - 1].leaf_index) + 1;
    }
  }

  async latestCheckpoint(): Promise<StoredCheckpoint | null> {
    const r = await this.pool.query(`SELECT * FROM ${this.s}.audit_checkpoint ORDER BY size DESC LIMIT 1`);
    return r.rows[0] ? toCp(r.rows[0]) : null;
  }

  async checkpointAt(size: number): Promise<StoredCheckpoint | null> {
    // A size past a bigint is no tree size at all; PostgreSQL would fail the query.
    if (!Number.isSafeInteger(size)) return null;
    const r = await this.pool.query(`SELECT * FROM ${this.s}.audit_checkpoint WHERE size = $1`, [size]);
    return r.rows[0] ? toCp(r.rows[0]) : null;
  }

  async listCheckpoints(options: { limit?: number; beforeSize?: number } = {}): Promise<StoredCheckpoint[]> {
    const r = await this.pool.query(
      `SELECT * FROM ${this.s}.audit_checkpoint WHERE size < $1 ORDER BY size DESC LIMIT $2`,
      [
        Math.min(options.beforeSize ?? Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
        Math.min(options.limit ?? 100, 10_000),
      ],
    );
    return r.rows.map(toCp);
  }

  async *allCheckpoints(): AsyncIterable<StoredCheckpoint> {
    let after = -1;
    for (;;) {
      const r = await this.pool.query(
        `SELECT * FROM ${this.s}.audit_checkpoint WHERE size > $1 ORDER BY size LIMIT 500`,
        [after],
      );
      if (r.rows.length === 0) return;
      for (const row of r.rows) yield toCp(row);
      after = Number(r.rows[r.rows.length - 1].size);
    }
  }

  async streamHeads(): Promise<StreamHeadRow[]> {
    return (await this.pool.query(`SELECT * FROM ${this.s}.audit_stream_head`)).rows.map(toHead);
  }

  async streamHeadsAsOf(size: number): Promise<StreamHeadRow[]> {
    const r = await this.pool.query(
      `SELECT DISTINCT ON (stream) stream, revision, leaf_hash, leaf_index FROM ${this.s}.audit_leaf WHERE leaf_index < $1 ORDER BY stream, leaf_index DESC`,
      [size],
    );
    return r.rows.map(toHead);
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }
}
