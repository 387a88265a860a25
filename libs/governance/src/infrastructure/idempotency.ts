import type { SqlDb } from './sql';

export interface StoredResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * Idempotency-Key records (issue 4 §1): per actor and key, the hash of the request
 * (method, path, body) and the response it got. A retry with the same hash gets that
 * response again; the same key with a different request is a 409.
 */
export class IdempotencyStore {
  constructor(private readonly db: SqlDb) {}

  async init(): Promise<void> {
    await this.db.exec(`CREATE TABLE IF NOT EXISTS idempotency_records (
      actor_id TEXT NOT NULL, idem_key TEXT NOT NULL, request_hash TEXT NOT NULL,
      status INTEGER NOT NULL, body TEXT NOT NULL, headers TEXT NOT NULL, created_at TEXT NOT NULL,
      PRIMARY KEY (actor_id, idem_key))`);
  }

  async find(actorId: string, key: string): Promise<{ requestHash: string; response: StoredResponse } | null> {
    const [row] = await this.db.query<{ request_hash: string; status: number; body: string; headers: string }>(
      'SELECT request_hash, status, body, headers FROM idempotency_records WHERE actor_id = $1 AND idem_key = $2',
      [actorId, key],
    );
    if (!row) return null;
    return { requestHash: row.request_hash, response: { status: Number(row.status), body: JSON.parse(row.body), headers: JSON.parse(row.headers) } };
  }

  async save(actorId: string, key: string, requestHash: string, response: StoredResponse): Promise<void> {
    const sql =
      this.db.dialect === 'sqlite'
        ? 'INSERT OR IGNORE INTO idempotency_records (actor_id, idem_key, request_hash, status, body, headers, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)'
        : 'INSERT INTO idempotency_records (actor_id, idem_key, request_hash, status, body, headers, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING';
    await this.db.query(sql, [actorId, key, requestHash, response.status, JSON.stringify(response.body), JSON.stringify(response.headers), new Date().toISOString()]);
  }
}
