import { META_TABLES, ReadModelDb } from './db';

export interface ProjectionMetaRow {
  name: string;
  live_generation: number | null;
  version: number | null;
}

export interface CheckpointRow {
  projection: string;
  generation: number;
  position: string | null;
  seq: number;
  error: string | null;
  error_event_id: string | null;
  error_position: string | null;
  error_at: string | null;
  updated_at: string | null;
}

/** Creates the two bookkeeping tables (idempotent). */
export async function ensureMeta(db: ReadModelDb): Promise<void> {
  const big = db.dialect === 'postgres' ? 'BIGINT' : 'INTEGER';
  await db.exec(
    `CREATE TABLE IF NOT EXISTS ${db.table(META_TABLES.projections)} (name TEXT PRIMARY KEY, live_generation ${big}, version ${big}, updated_at TEXT);
     CREATE TABLE IF NOT EXISTS ${db.table(META_TABLES.checkpoints)} (projection TEXT NOT NULL, generation ${big} NOT NULL, position TEXT, seq ${big} NOT NULL DEFAULT 0,
       error TEXT, error_event_id TEXT, error_position TEXT, error_at TEXT, updated_at TEXT, PRIMARY KEY (projection, generation));`,
  );
}

export async function readMeta(db: ReadModelDb, name: string): Promise<ProjectionMetaRow | null> {
  const rows = await db.all<ProjectionMetaRow>(
    `SELECT name, live_generation, version FROM ${db.table(META_TABLES.projections)} WHERE name = ?`,
    [name],
  );
  return rows[0] ?? null;
}

export async function readCheckpoint(db: ReadModelDb, name: string, generation: number): Promise<CheckpointRow | null> {
  const rows = await db.all<CheckpointRow>(
    `SELECT * FROM ${db.table(META_TABLES.checkpoints)} WHERE projection = ? AND generation = ?`,
    [name, generation],
  );
  const r = rows[0];
  return r ? { ...r, seq: Number(r.seq), generation: Number(r.generation) } : null;
}

export async function listGenerations(db: ReadModelDb, name: string): Promise<number[]> {
  const rows = await db.all<{ generation: number }>(
    `SELECT generation FROM ${db.table(META_TABLES.checkpoints)} WHERE projection = ? ORDER BY generation`,
    [name],
  );
  return rows.map((r) => Number(r.generation));
}

/** SQL that makes `generation` live for `name` (run inside the swap transaction). */
export function swapSql(
  db: ReadModelDb,
  name: string,
  generation: number,
  version: number,
): { sql: string; params: Array<string | number> } {
  return {
    sql: `INSERT INTO ${db.table(META_TABLES.projections)} (name, live_generation, version, updated_at) VALUES (?, ?, ?, ?)
          ON CONFLICT (name) DO UPDATE SET live_generation = excluded.live_generation, version = excluded.version, updated_at = excluded.updated_at`,
    params: [name, generation, version, new Date().toISOString()],
  };
}
