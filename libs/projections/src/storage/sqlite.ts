import Database from 'better-sqlite3';
import {
  CheckpointMoved,
  checkpointValues,
  META_TABLES,
  ReadModelDb,
  Row,
  SqlValue,
  WriteOp,
  CheckpointWrite,
} from './db';

export interface SqliteReadModelOptions {
  /** The SQLite file. Default deployment: the event store's own file (SqliteEventStore.file). */
  file: string;
  /** How long a writer waits for another process's write lock (ms). */
  busyTimeoutMs?: number;
}

/** Bound parameters per multi-row statement: past a few hundred, longer statements stop paying. */
const PARAMS_PER_STATEMENT = 800;

/** The values of rows[from .. from+count) in one array, for a multi-row statement. */
function flatten(rows: SqlValue[][], from: number, count: number, width: number): SqlValue[] {
  const out = new Array<SqlValue>(count * width);
  let k = 0;
  for (let i = from; i < from + count; i++) {
    const r = rows[i];
    for (let j = 0; j < width; j++) out[k++] = r[j];
  }
  return out;
}

/**
 * SQLite read-model storage: one writer connection (WAL, synchronous=NORMAL: a crash of
 * the process loses nothing committed; power loss may lose the last commits, which the
 * runner simply projects again, because changes and checkpoint commit together) and one
 * read connection for queries, which sees only committed read-model states.
 */
export class SqliteReadModelDb implements ReadModelDb {
  readonly dialect = 'sqlite' as const;
  private readonly writer: Database.Database;
  private readonly reader: Database.Database;
  private readonly writeStmts = new Map<string, Database.Statement>();
  private readonly readStmts = new Map<string, Database.Statement>();
  private closed = false;

  private constructor(
    readonly file: string,
    busyTimeoutMs: number,
  ) {
    this.writer = new Database(file);
    this.writer.pragma('journal_mode = WAL');
    this.writer.pragma(`busy_timeout = ${busyTimeoutMs}`);
    this.writer.pragma('synchronous = NORMAL');
    // The case table is updated at random keys; a larger page cache keeps its B-tree in memory.
    this.writer.pragma('cache_size = -65536');
    this.reader = new Database(file);
    this.reader.pragma(`busy_timeout = ${busyTimeoutMs}`);
  }

  static open(options: SqliteReadModelOptions): SqliteReadModelDb {
    return new SqliteReadModelDb(options.file, options.busyTimeoutMs ?? 5000);
  }

  table(name: string): string {
    return `"${name}"`;
  }

  private prep(cache: Map<string, Database.Statement>, conn: Database.Database, sql: string): Database.Statement {
    let s = cache.get(sql);
    if (!s) {
      s = conn.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  }

  async all<T = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return this.allSync<T>(sql, params);
  }

  /** Synchronous read, for hot query paths (as-at replay). */
  allSync<T = Row>(sql: string, params: SqlValue[] = []): T[] {
    try {
      return this.prep(this.readStmts, this.reader, sql).all(...params) as T[];
    } catch (e) {
      // A rebuild in another connection may have dropped a table a cached statement used.
      this.readStmts.delete(sql);
      throw e;
    }
  }

  async exec(sql: string): Promise<void> {
    this.writer.exec(sql);
    this.writeStmts.clear();
    this.readStmts.clear();
  }

  async run(sql: string, params: SqlValue[] = []): Promise<void> {
    this.prep(this.writeStmts, this.writer, sql).run(...params);
  }

  async commit(plan: {
    ops: WriteOp[];
    checkpoints: CheckpointWrite[];
    extra?: Array<{ sql: string; params?: SqlValue[] }>;
  }): Promise<void> {
    if (this.closed) throw new Error('read model is closed');
    const cpRead = this.prep(
      this.writeStmts,
      this.writer,
      `SELECT position FROM ${META_TABLES.checkpoints} WHERE projection = ? AND generation = ?`,
    );
    const cpWrite = this.prep(
      this.writeStmts,
      this.writer,
      `INSERT INTO ${META_TABLES.checkpoints} (projection, generation, position, seq, error, error_event_id, error_position, error_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (projection, generation) DO UPDATE SET position = excluded.position, seq = excluded.seq, error = excluded.error,
         error_event_id = excluded.error_event_id, error_position = excluded.error_position, error_at = excluded.error_at, updated_at = excluded.updated_at`,
    );
    const liveRead = this.prep(
      this.writeStmts,
      this.writer,
      `SELECT live_generation FROM ${META_TABLES.projections} WHERE name = ?`,
    );
    const tx = this.writer.transaction(() => {
      for (const cp of plan.checkpoints) {
        const row = cpRead.get(cp.projection, cp.generation) as { position: string | null } | undefined;
        if ((row?.position ?? null) !== cp.expected) throw new CheckpointMoved(cp.projection, cp.generation);
        if (cp.live) {
          const live = liveRead.get(cp.projection) as { live_generation: number | null } | undefined;
          if (Number(live?.live_generation) !== cp.generation) throw new CheckpointMoved(cp.projection, cp.generation);
        }
      }
      for (const op of plan.ops) this.execOp(op);
      const now = new Date().toISOString();
      for (const cp of plan.checkpoints) {
        cpWrite.run(...checkpointValues(cp, now));
      }
      for (const x of plan.extra ?? []) this.writer.prepare(x.sql).run(...(x.params ?? []));
    });
    tx.immediate();
  }

  /**
   * Runs an op as few statements as it can: rows go in groups of up to ROWS_PER_STATEMENT per
   * prepared multi-row statement (a per-row statement costs a native call and a VDBE run per
   * row). SQLite applies a multi-row INSERT's rows, and its upserts, one after the other, as
   * separate statements would.
   */
  private execOp(op: WriteOp): void {
    if (op.rows.length === 0) return;
    const width = op.kind === 'insert' ? op.columns.length : op.where.length;
    // A delete by several columns keeps one statement per row: its key is a composite.
    const per = op.kind === 'delete' && width > 1 ? 1 : Math.max(1, Math.floor(PARAMS_PER_STATEMENT / width));
    const whole = op.rows.length - (op.rows.length % per);
    if (whole > 0) {
      const st = this.prep(this.writeStmts, this.writer, this.opSql(op, per));
      for (let i = 0; i < whole; i += per) st.run(per === 1 ? op.rows[i] : flatten(op.rows, i, per, width));
    }
    if (whole < op.rows.length) {
      const st = this.prep(this.writeStmts, this.writer, this.opSql(op, 1));
      for (let i = whole; i < op.rows.length; i++) st.run(op.rows[i]);
    }
  }

  /** The statement of an op for `rows` rows at once. */
  private opSql(op: WriteOp, rows: number): string {
    if (op.kind === 'delete') {
      if (op.where.length === 1)
        return `DELETE FROM ${this.table(op.table)} WHERE ${op.where[0]} IN (${Array(rows).fill('?').join(', ')})`;
      return `DELETE FROM ${this.table(op.table)} WHERE ${op.where.map((c) => `${c} = ?`).join(' AND ')}`;
    }
    const tuple = `(${op.columns.map(() => '?').join(', ')})`;
    let sql = `INSERT INTO ${this.table(op.table)} (${op.columns.join(', ')}) VALUES ${Array(rows).fill(tuple).join(', ')}`;
    if (op.conflict) {
      const upd = op.columns.filter((c) => !op.conflict!.includes(c)).map((c) => `${c} = excluded.${c}`);
      sql += ` ON CONFLICT (${op.conflict.join(', ')}) DO ${upd.length ? `UPDATE SET ${upd.join(', ')}` : 'NOTHING'}`;
    }
    return sql;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.writer.close();
    this.reader.close();
  }
}
