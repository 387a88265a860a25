/**
 * The ledger's store of cosignatures received from its witnesses, in the same
 * database as the sealer (table audit_cosignature). A cosignature is kept once per
 * (tree size, witness key); it is only ever added.
 */
import type { Database as Db } from 'better-sqlite3';
import type { Pool } from 'pg';
import { quoteIdent } from '../storage/postgres';

export interface StoredCosignature {
  size: number;
  /** Witness key name. */
  witness: string;
  keyId: string;
  /** Force area whose panel runs the witness (from configuration). */
  forceArea: string | null;
  /** POSIX seconds, as signed. */
  timestamp: number;
  /** The signature line, with its newline. */
  line: string;
  receivedAt: string;
}

export interface CosignatureStore {
  /** Adds a cosignature; false when this witness key already cosigned this size. */
  add(c: StoredCosignature): Promise<boolean>;
  forSize(size: number): Promise<StoredCosignature[]>;
  /** The newest cosignature of each witness key. */
  latestPerWitness(): Promise<StoredCosignature[]>;
  /** The largest tree size with at least `min` cosignatures from different witness keys. */
  largestCosignedSize(min?: number): Promise<number | null>;
}

interface Row {
  size: number | string;
  witness: string;
  key_id: string;
  force_area: string | null;
  ts: number | string;
  line: string;
  received_at: string;
}
const toC = (r: Row): StoredCosignature => ({
  size: Number(r.size),
  witness: r.witness,
  keyId: r.key_id,
  forceArea: r.force_area,
  timestamp: Number(r.ts),
  line: r.line,
  receivedAt: r.received_at,
});

const COLUMNS = `size, witness, key_id, force_area, ts, line, received_at`;

class SqliteCosignatureStore implements CosignatureStore {
  constructor(private readonly db: Db) {
    db.exec(`CREATE TABLE IF NOT EXISTS audit_cosignature (
      size        INTEGER NOT NULL,
      witness     TEXT    NOT NULL,
      key_id      TEXT    NOT NULL,
      force_area  TEXT,
      ts          INTEGER NOT NULL,
      line        TEXT    NOT NULL,
      received_at TEXT    NOT NULL,
      PRIMARY KEY (size, witness, key_id)
    )`);
  }

  async add(c: StoredCosignature): Promise<boolean> {
    const r = this.db
      .prepare(`INSERT OR IGNORE INTO audit_cosignature (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(c.size, c.witness, c.keyId, c.forceArea, c.timestamp, c.line, c.receivedAt);
    return r.changes === 1;
  }

  async forSize(size: number): Promise<StoredCosignature[]> {
    return (
      this.db
        .prepare(`SELECT ${COLUMNS} FROM audit_cosignature WHERE size = ? ORDER BY witness, key_id`)
        .all(size) as Row[]
    ).map(toC);
  }

  async latestPerWitness(): Promise<StoredCosignature[]> {
    const rows = this.db
      .prepare(
        `SELECT ${COLUMNS} FROM audit_cosignature c WHERE size = (SELECT MAX(size) FROM audit_cosignature d WHERE d.witness = c.witness AND d.key_id = c.key_id) ORDER BY witness`,
      )
      .all() as Row[];
    return rows.map(toC);
  }

  async largestCosignedSize(min = 1): Promise<number | null> {
    const r = this.db
      .prepare(`SELECT MAX(size) AS size FROM (SELECT size FROM audit_cosignature GROUP BY size HAVING COUNT(*) >= ?)`)
      .get(min) as { size: number | null };
    return r.size;
  }
}

class PostgresCosignatureStore implements CosignatureStore {
  private readonly s: string;
  private ready: Promise<unknown> | null = null;

  constructor(
    private readonly pool: Pool,
    schema: string,
  ) {
    this.s = quoteIdent(schema);
  }

  private init(): Promise<unknown> {
    this.ready ??= this.pool.query(`CREATE TABLE IF NOT EXISTS ${this.s}.audit_cosignature (
      size        BIGINT NOT NULL,
      witness     TEXT   NOT NULL,
      key_id      TEXT   NOT NULL,
      force_area  TEXT,
      ts          BIGINT NOT NULL,
      line        TEXT   NOT NULL,
      received_at TEXT   NOT NULL,
      PRIMARY KEY (size, witness, key_id)
    )`);
    return this.ready;
  }

  async add(c: StoredCosignature): Promise<boolean> {
    await this.init();
    const r = await this.pool.query(
      `INSERT INTO ${this.s}.audit_cosignature (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [c.size, c.witness, c.keyId, c.forceArea, c.timestamp, c.line, c.receivedAt],
    );
    return r.rowCount === 1;
  }

  async forSize(size: number): Promise<StoredCosignature[]> {
    await this.init();
    return (
      await this.pool.query<Row>(
        `SELECT ${COLUMNS} FROM ${this.s}.audit_cosignature WHERE size = $1 ORDER BY witness, key_id`,
        [size],
      )
    ).rows.map(toC);
  }

  async latestPerWitness(): Promise<StoredCosignature[]> {
    await this.init();
    return (
      await this.pool.query<Row>(
        `SELECT DISTINCT ON (witness, key_id) ${COLUMNS} FROM ${this.s}.audit_cosignature ORDER BY witness, key_id, size DESC`,
      )
    ).rows.map(toC);
  }

  async largestCosignedSize(min = 1): Promise<number | null> {
    await this.init();
    const r = await this.pool.query<{ size: string | null }>(
      `SELECT MAX(size) AS size FROM (SELECT size FROM ${this.s}.audit_cosignature GROUP BY size HAVING COUNT(*) >= $1) t`,
      [min],
    );
    return r.rows[0].size === null ? null : Number(r.rows[0].size);
  }
}

/** The cosignature store on the sealer storage's own connection (same database, same schema). */
export function cosignatureStoreFor(
  storage: { backend: 'sqlite' | 'postgres'; db?: Db; pool?: Pool },
  schema: string,
): CosignatureStore {
  if (storage.backend === 'sqlite' && storage.db) return new SqliteCosignatureStore(storage.db);
  if (storage.backend === 'postgres' && storage.pool) return new PostgresCosignatureStore(storage.pool, schema);
  throw new Error(`cosignatures cannot be stored beside this sealer storage (${storage.backend})`);
}
