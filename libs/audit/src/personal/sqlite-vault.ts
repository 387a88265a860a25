import type { Database as Db } from 'better-sqlite3';
import { openSqlite } from '../storage/sqlite';
import type { SealedField, VaultStorage } from './vault';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS audit_subject_key (
    subject_id TEXT PRIMARY KEY,
    key        BLOB NOT NULL
  );
  CREATE TABLE IF NOT EXISTS audit_personal_field (
    event_id   TEXT NOT NULL,
    field_path TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    commitment BLOB NOT NULL,
    iv         BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    PRIMARY KEY (event_id, field_path)
  );
  CREATE INDEX IF NOT EXISTS audit_personal_field_subject ON audit_personal_field (subject_id);
  CREATE TABLE IF NOT EXISTS audit_erasure (
    subject_id TEXT PRIMARY KEY,
    erased_at  TEXT NOT NULL,
    fields     INTEGER NOT NULL
  );
`;

interface Row {
  subject_id: string;
  event_id: string;
  field_path: string;
  commitment: Buffer;
  iv: Buffer;
  ciphertext: Buffer;
}

/**
 * Vault tables in the event store's SQLite file, on a connection with
 * secure_delete=ON (deleted content is overwritten with zeros); erasure then
 * checkpoints and truncates the WAL so no old page image keeps the key.
 */
export class SqliteVaultStorage implements VaultStorage {
  readonly db: Db;
  constructor(file: string) {
    this.db = openSqlite(file);
    this.db.pragma('secure_delete = ON');
  }

  static async open(file: string): Promise<SqliteVaultStorage> {
    const s = new SqliteVaultStorage(file);
    await s.init();
    return s;
  }

  async init(): Promise<void> {
    this.db.transaction(() => this.db.exec(SCHEMA)).immediate();
  }

  async subjectKey(subjectId: string): Promise<Buffer | null> {
    const r = this.db.prepare('SELECT key FROM audit_subject_key WHERE subject_id = ?').get(subjectId) as
      { key: Buffer } | undefined;
    return r?.key ?? null;
  }

  async createSubjectKey(subjectId: string, key: Buffer): Promise<Buffer> {
    return this.db
      .transaction(() => {
        if (this.db.prepare('SELECT 1 FROM audit_erasure WHERE subject_id = ?').get(subjectId))
          throw new Error(`data subject ${subjectId} has been erased`);
        this.db.prepare('INSERT OR IGNORE INTO audit_subject_key (subject_id, key) VALUES (?, ?)').run(subjectId, key);
        return (
          this.db.prepare('SELECT key FROM audit_subject_key WHERE subject_id = ?').get(subjectId) as { key: Buffer }
        ).key;
      })
      .immediate();
  }

  async putField(f: SealedField): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO audit_personal_field (event_id, field_path, subject_id, commitment, iv, ciphertext) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(f.eventId, f.fieldPath, f.subjectId, f.commitment, f.iv, f.ciphertext);
  }

  async fieldsOfEvent(eventId: string): Promise<SealedField[]> {
    return (
      this.db.prepare('SELECT * FROM audit_personal_field WHERE event_id = ? ORDER BY field_path').all(eventId) as Row[]
    ).map((r) => ({
      subjectId: r.subject_id,
      eventId: r.event_id,
      fieldPath: r.field_path,
      commitment: r.commitment,
      iv: r.iv,
      ciphertext: r.ciphertext,
    }));
  }

  async erase(subjectId: string, erasedAt: string) {
    return this.db
      .transaction(() => {
        const rows = this.db
          .prepare(
            'SELECT event_id, field_path, commitment FROM audit_personal_field WHERE subject_id = ? ORDER BY event_id, field_path',
          )
          .all(subjectId) as Row[];
        this.db.prepare('DELETE FROM audit_personal_field WHERE subject_id = ?').run(subjectId);
        this.db.prepare('DELETE FROM audit_subject_key WHERE subject_id = ?').run(subjectId);
        this.db
          .prepare('INSERT OR REPLACE INTO audit_erasure (subject_id, erased_at, fields) VALUES (?, ?, ?)')
          .run(subjectId, erasedAt, rows.length);
        return rows.map((r) => ({ eventId: r.event_id, fieldPath: r.field_path, commitment: r.commitment }));
      })
      .immediate();
  }

  async isErased(subjectId: string): Promise<boolean> {
    return !!this.db.prepare('SELECT 1 FROM audit_erasure WHERE subject_id = ?').get(subjectId);
  }

  async discard(eventId: string, subjectId?: string): Promise<void> {
    this.db
      .transaction(() => {
        this.db.prepare('DELETE FROM audit_personal_field WHERE event_id = ?').run(eventId);
        if (subjectId === undefined) return;
        if (this.db.prepare('SELECT 1 FROM audit_personal_field WHERE subject_id = ?').get(subjectId)) return;
        this.db.prepare('DELETE FROM audit_subject_key WHERE subject_id = ?').run(subjectId);
      })
      .immediate();
  }

  /** Copies the WAL into the database (secure_delete zeroed the freed content) and truncates it. */
  async purge(): Promise<void> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const [r] = this.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{
        busy: number;
        log: number;
        checkpointed: number;
      }>;
      if (r.busy === 0) return;
      await new Promise((res) => setTimeout(res, 100));
    }
    throw new Error('could not checkpoint the WAL after erasure: a reader holds it open; run erase again');
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
