import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { withSchemaSetup } from '@ledger/event-store';
import { Pool } from 'pg';
import type { LedgerConfig } from '../config';
import { placementOf } from './placement';

/**
 * The application's own small tables (API keys, idempotency records) live in the
 * same database as the log: the same SQLite file (own connection), or the same
 * PostgreSQL database and schema. This is the minimal SQL surface they need.
 */
export interface SqlDb {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs a statement written with $1, $2 ... placeholders. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Schema set-up (DDL): on PostgreSQL under the schema's set-up lock. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

class SqliteDb implements SqlDb {
  readonly dialect = 'sqlite' as const;
  private readonly cache = new Map<string, Database.Statement>();
  constructor(private readonly db: Database.Database) {}
  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const text = sql.replace(/\$(\d+)/g, '?$1');
    let st = this.cache.get(text);
    if (!st) {
      st = this.db.prepare(text);
      this.cache.set(text, st);
    }
    const args = Object.fromEntries(params.map((p, i) => [String(i + 1), typeof p === 'boolean' ? Number(p) : p]));
    return st.reader ? (st.all(args) as T[]) : (st.run(args), []);
  }
  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
  }
  async close(): Promise<void> {
    this.db.close();
  }
}

class PgDb implements SqlDb {
  readonly dialect = 'postgres' as const;
  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
  ) {}
  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, params)).rows as T[];
  }
  async exec(sql: string): Promise<void> {
    await withSchemaSetup(this.pool, this.schema, async (c) => {
      await c.query(sql);
    });
  }
  async close(): Promise<void> {
    await this.pool.end();
  }
  toString(): string {
    return `postgres schema ${this.schema}`;
  }
}

export async function openSqlDb(config: LedgerConfig): Promise<SqlDb> {
  const target = placementOf(config).appTables;
  if (target.dialect === 'sqlite') {
    mkdirSync(dirname(target.file), { recursive: true });
    const db = new Database(target.file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    return new SqliteDb(db);
  }
  const { url, schema } = target;
  const pool = new Pool({ connectionString: url, max: 4 });
  pool.on('connect', (c) => void c.query(`SET search_path TO "${schema}", public`));
  const db = new PgDb(pool, schema);
  await db.exec(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  return db;
}
