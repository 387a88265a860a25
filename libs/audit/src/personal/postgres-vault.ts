import { withSchemaSetup } from '@ledger/event-store';
import { Pool } from 'pg';
import { inTransaction, quoteIdent } from '../storage/postgres';
import type { SealedField, VaultStorage } from './vault';

/**
 * Vault tables in the event store's PostgreSQL schema. Erasure deletes in one
 * transaction, then VACUUMs the two tables so the dead tuples holding the
 * ciphertext and key are removed (WAL segments and backups age out on their own
 * schedule: see docs/integrity.md).
 */
export class PostgresVaultStorage implements VaultStorage {
  readonly pool: Pool;
  private readonly ownsPool: boolean;
  private readonly s: string;
  private readonly schema: string;

  constructor(opts: { connectionString?: string; pool?: Pool; schema?: string }) {
    this.ownsPool = !opts.pool;
    this.pool = opts.pool ?? new Pool({ connectionString: opts.connectionString, max: 2 });
    this.schema = opts.schema ?? 'public';
    this.s = quoteIdent(this.schema);
  }

  static async open(opts: { connectionString?: string; pool?: Pool; schema?: string }): Promise<PostgresVaultStorage> {
    const v = new PostgresVaultStorage(opts);
    await v.init();
    return v;
  }

  async init(): Promise<void> {
    const s = this.s;
    await withSchemaSetup(this.pool, this.schema, (c) =>
      c.query(`
      CREATE SCHEMA IF NOT EXISTS ${s};
      CREATE TABLE IF NOT EXISTS ${s}.audit_subject_key (subject_id TEXT PRIMARY KEY, key BYTEA NOT NULL);
      CREATE TABLE IF NOT EXISTS ${s}.audit_personal_field (
        event_id TEXT NOT NULL, field_path TEXT NOT NULL, subject_id TEXT NOT NULL,
        commitment BYTEA NOT NULL, iv BYTEA NOT NULL, ciphertext BYTEA NOT NULL,
        PRIMARY KEY (event_id, field_path));
      CREATE INDEX IF NOT EXISTS audit_personal_field_subject ON ${s}.audit_personal_field (subject_id);
      CREATE TABLE IF NOT EXISTS ${s}.audit_erasure (subject_id TEXT PRIMARY KEY, erased_at TEXT NOT NULL, fields INT NOT NULL);
    `),
    );
  }

  async subjectKey(subjectId: string): Promise<Buffer | null> {
    const r = await this.pool.query(`SELECT key FROM ${this.s}.audit_subject_key WHERE subject_id = $1`, [subjectId]);
    return r.rows[0]?.key ?? null;
  }

  async createSubjectKey(subjectId: string, key: Buffer): Promise<Buffer> {
    const r = await this.pool.query(
      `WITH ins AS (
         INSERT INTO ${this.s}.audit_subject_key (subject_id, key)
         SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM ${this.s}.audit_erasure WHERE subject_id = $1)
         ON CONFLICT (subject_id) DO NOTHING RETURNING key)
       SELECT key FROM ins UNION ALL SELECT key FROM ${this.s}.audit_subject_key WHERE subject_id = $1`,
      [subjectId, key],
    );
    if (!r.rows[0]) throw new Error(`data subject ${subjectId} has been erased`);
    return r.rows[0].key;
  }

  async putField(f: SealedField): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.s}.audit_personal_field (event_id, field_path, subject_id, commitment, iv, ciphertext) VALUES ($1, $2, $3, $4, $5, $6)`,
      [f.eventId, f.fieldPath, f.subjectId, f.commitment, f.iv, f.ciphertext],
    );
  }

  async fieldsOfEvent(eventId: string): Promise<SealedField[]> {
    const r = await this.pool.query(
      `SELECT * FROM ${this.s}.audit_personal_field WHERE event_id = $1 ORDER BY field_path`,
      [eventId],
    );
    return r.rows.map((x) => ({
      subjectId: x.subject_id,
      eventId: x.event_id,
      fieldPath: x.field_path,
      commitment: x.commitment,
      iv: x.iv,
      ciphertext: x.ciphertext,
    }));
  }

  async erase(subjectId: string, erasedAt: string) {
    const rows = await inTransaction(this.pool, async (c) => {
      const deleted = await c.query(
        `DELETE FROM ${this.s}.audit_personal_field WHERE subject_id = $1 RETURNING event_id, field_path, commitment`,
        [subjectId],
      );
      await c.query(`DELETE FROM ${this.s}.audit_subject_key WHERE subject_id = $1`, [subjectId]);
      await c.query(
        `INSERT INTO ${this.s}.audit_erasure (subject_id, erased_at, fields) VALUES ($1, $2, $3) ON CONFLICT (subject_id) DO UPDATE SET erased_at = excluded.erased_at`,
        [subjectId, erasedAt, deleted.rowCount],
      );
      return deleted;
    });
    return rows.rows
      .map((r) => ({
        eventId: r.event_id as string,
        fieldPath: r.field_path as string,
        commitment: r.commitment as Buffer,
      }))
      .sort((a, b) => (a.eventId + a.fieldPath).localeCompare(b.eventId + b.fieldPath));
  }

  async isErased(subjectId: string): Promise<boolean> {
    return (
      (await this.pool.query(`SELECT 1 FROM ${this.s}.audit_erasure WHERE subject_id = $1`, [subjectId])).rowCount === 1
    );
  }

  async discard(eventId: string, subjectId?: string): Promise<void> {
    await this.pool.query(
      `WITH gone AS (DELETE FROM ${this.s}.audit_personal_field WHERE event_id = $1 RETURNING subject_id)
       DELETE FROM ${this.s}.audit_subject_key k WHERE k.subject_id = $2
         AND NOT EXISTS (SELECT 1 FROM ${this.s}.audit_personal_field f WHERE f.subject_id = $2 AND f.event_id <> $1)`,
      [eventId, subjectId ?? null],
    );
  }

  async purge(): Promise<void> {
    await this.pool.query(`VACUUM ${this.s}.audit_personal_field, ${this.s}.audit_subject_key`);
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }
}
