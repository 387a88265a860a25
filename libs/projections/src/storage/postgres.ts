import { withSchemaSetup } from '@ledger/event-store';
import { Pool, PoolClient, types as pgTypes } from 'pg';
import { checkFence, type Leadership } from './lease';
import {
  CheckpointMoved,
  checkpointValues,
  CheckpointWrite,
  META_TABLES,
  ReadModelDb,
  Row,
  SqlValue,
  WriteOp,
} from './db';

export interface PostgresReadModelOptions {
  connectionString: string;
  /** Schema for the read-model tables (created if missing). */
  schema: string;
  poolSize?: number;
}

// BIGINT columns hold sequence numbers and counts far below 2^53: read them as numbers,
// on this pool only (the event store's own pool may want strings).
const readModelTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20) return (v: string) => Number(v);
    return pgTypes.getTypeParser(oid, format);
  },
};

/** `?` placeholders to `$n` (our SQL never has a `?` inside a literal). */
function toPgParams(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const MAX_PARAMS = 30000;

/**
 * PostgreSQL read-model storage. Writes run in one transaction per plan, with the
 * checkpoint rows locked FOR UPDATE, so two writers can never both apply a batch.
 * The leader lock (pg_try_advisory_lock) lives in LeaderLock, on its own connection.
 */
export class PostgresReadModelDb implements ReadModelDb {
  readonly dialect = 'postgres' as const;
  readonly pool: Pool;
  /** When set, every commit runs the lease's fence first: only the leader's writes land. */
  leadership: Leadership | null = null;

  private constructor(
    readonly connectionString: string,
    readonly schema: string,
    poolSize: number,
  ) {
    this.pool = new Pool({ connectionString, max: poolSize, types: readModelTypes });
    this.pool.on('error', () => undefined); // idle client errors surface on the next query
  }

  static async connect(options: PostgresReadModelOptions): Promise<PostgresReadModelDb> {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(options.schema)) throw new Error(`Invalid schema name ${options.schema}`);
    const db = new PostgresReadModelDb(options.connectionString, options.schema, options.poolSize ?? 4);
    await db.exec(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    return db;
  }

  table(name: string): string {
    return `"${this.schema}"."${name}"`;
  }

  async all<T = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    const r = await this.pool.query(toPgParams(sql), params);
    return r.rows as T[];
  }

  /** DDL, under the schema's set-up lock (concurrent first starts). */
  async exec(sql: string): Promise<void> {
    await withSchemaSetup(this.pool, this.schema, async (c) => {
      await c.query(sql);
    });
  }

  async run(sql: string, params: SqlValue[] = []): Promise<void> {
    await this.pool.query(toPgParams(sql), params);
  }

  async commit(plan: {
    ops: WriteOp[];
    checkpoints: CheckpointWrite[];
    extra?: Array<{ sql: string; params?: SqlValue[] }>;
  }): Promise<void> {
    const c: PoolClient = await this.pool.connect();
    const cpTable = this.table(META_TABLES.checkpoints);
    try {
      await c.query('BEGIN');
      if (this.leadership)
        await checkFence(this.leadership.fence(), (sql, params) => c.query(sql, params), 'projections');
      for (const cp of plan.checkpoints) {
        await c.query(
          `INSERT INTO ${cpTable} (projection, generation, position, seq) VALUES ($1, $2, NULL, 0) ON CONFLICT DO NOTHING`,
          [cp.projection, cp.generation],
        );
        const r = await c.query(
          `SELECT position FROM ${cpTable} WHERE projection = $1 AND generation = $2 FOR UPDATE`,
          [cp.projection, cp.generation],
        );
        if ((r.rows[0]?.position ?? null) !== cp.expected) throw new CheckpointMoved(cp.projection, cp.generation);
        if (cp.live) {
          // FOR SHARE: a concurrent swap (UPDATE of this row) waits for this commit.
          const l = await c.query(
            `SELECT live_generation FROM ${this.table(META_TABLES.projections)} WHERE name = $1 FOR SHARE`,
            [cp.projection],
          );
          if (Number(l.rows[0]?.live_generation) !== cp.generation)
            throw new CheckpointMoved(cp.projection, cp.generation);
        }
      }
      for (const op of plan.ops) await this.execOp(c, op);
      const now = new Date().toISOString();
      for (const cp of plan.checkpoints) {
        await c.query(
          `UPDATE ${cpTable} SET position = $3, seq = $4, error = $5, error_event_id = $6, error_position = $7, error_at = $8, updated_at = $9 WHERE projection = $1 AND generation = $2`,
          checkpointValues(cp, now),
        );
      }
      for (const x of plan.extra ?? []) await c.query(toPgParams(x.sql), x.params ?? []);
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  private async execOp(c: PoolClient, op: WriteOp): Promise<void> {
    if (op.rows.length === 0) return;
    if (op.kind === 'delete') {
      // One statement per batch: DELETE ... WHERE (a, b) IN ((..),(..)).
      const per = op.where.length;
      const chunk = Math.max(1, Math.floor(MAX_PARAMS / per));
      for (let i = 0; i < op.rows.length; i += chunk) {
        const rows = op.rows.slice(i, i + chunk);
        let n = 0;
        const tuples = rows.map(() => `(${op.where.map(() => `$${++n}`).join(', ')})`).join(', ');
        await c.query(`DELETE FROM ${this.table(op.table)} WHERE (${op.where.join(', ')}) IN (${tuples})`, rows.flat());
      }
      return;
    }
    let rows = op.rows;
    if (op.conflict) {
      // PostgreSQL refuses to upsert one key twice in a statement: keep the last row per key.
      const idx = op.conflict.map((k) => op.columns.indexOf(k));
      const last = new Map<string, SqlValue[]>();
      for (const r of rows) last.set(JSON.stringify(idx.map((i) => r[i])), r);
      rows = [...last.values()];
    }
    const per = op.columns.length;
    const chunk = Math.max(1, Math.floor(MAX_PARAMS / per));
    let suffix = '';
    if (op.conflict) {
      const upd = op.columns.filter((c2) => !op.conflict!.includes(c2)).map((c2) => `${c2} = EXCLUDED.${c2}`);
      suffix = ` ON CONFLICT (${op.conflict.join(', ')}) DO ${upd.length ? `UPDATE SET ${upd.join(', ')}` : 'NOTHING'}`;
    }
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      let n = 0;
      const values = part.map(() => `(${op.columns.map(() => `$${++n}`).join(', ')})`).join(', ');
      await c.query(
        `INSERT INTO ${this.table(op.table)} (${op.columns.join(', ')}) VALUES ${values}${suffix}`,
        part.flat(),
      );
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
