import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { SqlDb } from '../infrastructure/sql';
import { panelBodyOf } from '@ledger/domain';
import { ROLES, type Role } from '@ledger/event-store';

/**
 * Roles from DESIGN.md "Security" that an API key may hold: every role an act is recorded
 * under except the ledger's own ('system'), in the same order.
 */
export type ApiRole = Exclude<Role, 'system'>;
export const API_ROLES: readonly ApiRole[] = ROLES.filter((r): r is ApiRole => r !== 'system');

export interface ApiActor {
  id: string;
  name: string;
  role: ApiRole;
  /** Police area the key may act for, e.g. "kent"; "*" for a national admin. */
  forceArea: string;
  /** The body acted for, recorded on every event: e.g. "kent-pcc". */
  body: string;
}

export interface ApiKeyRecord extends ApiActor {
  createdAt: string;
  revokedAt: string | null;
}

/** Default body recorded for each role of a force area. */
export function bodyFor(role: ApiRole, forceArea: string): string {
  const suffix: Record<ApiRole, string> = {
    'pcc-office': 'pcc',
    'panel-secretariat': 'pcp',
    'csp-officer': 'csp',
    'scrutiny-officer': 'scrutiny',
    auditor: 'audit',
    admin: 'admin',
  };
  if (role === 'panel-secretariat' && forceArea !== '*') return panelBodyOf(forceArea);
  return `${forceArea === '*' ? 'national' : forceArea}-${suffix[role]}`;
}

const KEY_RE = /^glk_([0-9a-f-]{36})_([A-Za-z0-9_-]{43})$/;

/**
 * API keys are Bearer tokens `glk_<id>_<secret>`. Only SHA-256 of the 256-bit random
 * secret is stored: with that much entropy a slow password hash adds nothing, and a
 * fast one keeps authentication off the request's critical path.
 */
export class ApiKeyStore {
  private readonly cache = new Map<string, { hash: Buffer; actor: ApiActor; at: number }>();
  constructor(private readonly db: SqlDb) {}

  async init(): Promise<void> {
    await this.db.exec(`CREATE TABLE IF NOT EXISTS api_keys (
      id TEXT PRIMARY KEY, secret_sha256 TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
      force_area TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT)`);
  }

  async create(input: {
    name: string;
    role: ApiRole;
    forceArea: string;
    body?: string;
  }): Promise<{ token: string; record: ApiKeyRecord }> {
    if (!API_ROLES.includes(input.role)) throw new Error(`Unknown role ${input.role}; one of ${API_ROLES.join(', ')}`);
    if (!/^(\*|[a-z][a-z0-9-]{1,60})$/.test(input.forceArea))
      throw new Error('force area must be a lower-case slug such as "kent", or "*"');
    if (!input.name.trim() || input.name.length > 200) throw new Error('name must be 1 to 200 characters');
    const id = uuidv7();
    const secret = randomBytes(32).toString('base64url');
    const record: ApiKeyRecord = {
      id,
      name: input.name.trim(),
      role: input.role,
      forceArea: input.forceArea,
      body: input.body ?? bodyFor(input.role, input.forceArea),
      createdAt: new Date().toISOString(),
      revokedAt: null,
    };
    await this.db.query(
      'INSERT INTO api_keys (id, secret_sha256, name, role, force_area, body, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [id, sha256(secret), record.name, record.role, record.forceArea, record.body, record.createdAt],
    );
    return { token: `glk_${id}_${secret}`, record };
  }

  async list(): Promise<ApiKeyRecord[]> {
    const rows = await this.db.query<Row>(
      'SELECT id, name, role, force_area, body, created_at, revoked_at FROM api_keys ORDER BY created_at',
    );
    return rows.map(toRecord);
  }

  async revoke(id: string): Promise<boolean> {
    const rows = await this.db.query<Row>('SELECT id FROM api_keys WHERE id = $1 AND revoked_at IS NULL', [id]);
    if (rows.length === 0) return false;
    await this.db.query('UPDATE api_keys SET revoked_at = $1 WHERE id = $2', [new Date().toISOString(), id]);
    this.cache.delete(id);
    return true;
  }

  /** Returns the actor for a valid, unrevoked token, or null. */
  async authenticate(token: string): Promise<ApiActor | null> {
    const m = KEY_RE.exec(token);
    if (!m) return null;
    const [, id, secret] = m;
    const hash = Buffer.from(sha256(secret), 'hex');
    const cached = this.cache.get(id);
    // Revocation through another process is seen within 5 s.
    if (cached && Date.now() - cached.at < 5000) return timingSafeEqual(cached.hash, hash) ? cached.actor : null;
    const [row] = await this.db.query<Row & { secret_sha256: string }>(
      'SELECT * FROM api_keys WHERE id = $1 AND revoked_at IS NULL',
      [id],
    );
    if (!row) {
      this.cache.delete(id);
      return null;
    }
    const stored = Buffer.from(row.secret_sha256, 'hex');
    const r = toRecord(row);
    const actor: ApiActor = { id: r.id, name: r.name, role: r.role, forceArea: r.forceArea, body: r.body };
    this.cache.set(id, { hash: stored, actor, at: Date.now() });
    return timingSafeEqual(stored, hash) ? actor : null;
  }
}

interface Row {
  id: string;
  name: string;
  role: string;
  force_area: string;
  body: string;
  created_at: string;
  revoked_at: string | null;
}

function toRecord(r: Row): ApiKeyRecord {
  return {
    id: r.id,
    name: r.name,
    role: r.role as ApiRole,
    forceArea: r.force_area,
    body: r.body,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  };
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
