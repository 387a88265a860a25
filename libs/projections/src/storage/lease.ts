/**
 * Leadership as a lease (PostgreSQL): a row per role (projections, sealer) naming the
 * holder, a fencing token and an expiry on the database's clock. The holder renews it
 * while its process runs; a leader that stops (crash, SIGSTOP, a hung event loop) stops
 * renewing, the lease expires, and a standby takes it with the next token. Every write a
 * leader makes runs the fence first, in the same transaction: the row must still name
 * this holder and token, unexpired, and is share-locked until commit so a takeover waits
 * for that commit. A leader that wakes after losing the lease can no longer write.
 */
import { withSchemaSetup } from '@ledger/event-store';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';

export class LeaseLost extends Error {
  constructor(name: string) {
    super(`the ${name} lease is held by another instance now`);
    this.name = 'LeaseLost';
  }
}

/** Statements a leader's write transaction runs first; `check` must return one row. */
export interface WriteFence {
  setup: string;
  check: string;
  params: unknown[];
  /** Called when the check found no row: the lease is gone. */
  lost(): void;
}

/** What a runner needs from its leadership: the lease, or nothing on a single instance. */
export interface Leadership {
  readonly held: boolean;
  tryAcquire(): Promise<boolean>;
  onLost(fn: (e: Error) => void): void;
  release(): Promise<void>;
  fence(): WriteFence | null;
}

export class Lease implements Leadership {
  readonly holder = randomUUID();
  private token: string | null = null;
  private renewTimer: NodeJS.Timeout | null = null;
  private readonly lostHandlers: Array<(e: Error) => void> = [];
  private readonly table: string;
  private ready: Promise<void> | null = null;

  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
    readonly name: string,
    /** How long a lease lasts without renewal; renewed every third of it. */
    readonly ttlMs = 10_000,
    private readonly ownsPool = false,
  ) {
    this.table = `"${schema}".ledger_lease`;
    this.pool.on('error', () => undefined);
  }

  static forSchema(connectionString: string, schema: string, name: string, ttlMs?: number): Lease {
    return new Lease(new Pool({ connectionString, max: 2 }), schema, name, ttlMs, true);
  }

  get held(): boolean {
    return this.token !== null;
  }

  onLost(fn: (e: Error) => void): void {
    this.lostHandlers.push(fn);
  }

  private init(): Promise<void> {
    this.ready ??= withSchemaSetup(this.pool, this.schema, async (c) => {
      await c.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}";
        CREATE TABLE IF NOT EXISTS ${this.table} (name TEXT PRIMARY KEY, holder TEXT NOT NULL, token BIGINT NOT NULL, expires_at TIMESTAMPTZ NOT NULL)`);
    }).catch((e: unknown) => {
      this.ready = null;
      throw e;
    });
    return this.ready;
  }

  async tryAcquire(): Promise<boolean> {
    if (this.token !== null) return true;
    await this.init();
    const r = await this.pool.query(
      `INSERT INTO ${this.table} AS l (name, holder, token, expires_at) VALUES ($1, $2, 1, now() + $3 * interval '1 millisecond')
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, token = l.token + 1, expires_at = excluded.expires_at
       WHERE l.expires_at < now()
       RETURNING token`,
      [this.name, this.holder, this.ttlMs],
    );
    if (r.rowCount !== 1) return false;
    this.token = String(r.rows[0].token);
    this.renewTimer = setInterval(() => void this.renew(), Math.max(100, Math.floor(this.ttlMs / 3)));
    this.renewTimer.unref();
    return true;
  }

  private async renew(): Promise<void> {
    const token = this.token;
    if (token === null) return;
    try {
      const r = await this.pool.query(
        `UPDATE ${this.table} SET expires_at = now() + $4 * interval '1 millisecond' WHERE name = $1 AND holder = $2 AND token = $3 AND expires_at > now()`,
        [this.name, this.holder, token, this.ttlMs],
      );
      if (r.rowCount !== 1 && this.token === token) this.lose(new LeaseLost(this.name));
    } catch (e) {
      // Unreachable database: the writes are fenced anyway; the next renewal decides.
      void e;
    }
  }

  private lose(e: Error): void {
    if (this.token === null) return;
    this.token = null;
    if (this.renewTimer) clearInterval(this.renewTimer);
    this.renewTimer = null;
    for (const fn of this.lostHandlers) fn(e);
  }

  fence(): WriteFence | null {
    const token = this.token;
    if (token === null) return null;
    return {
      // A leader frozen inside a transaction must not keep the row locked: the session is ended.
      setup: `SET LOCAL idle_in_transaction_session_timeout = ${Math.max(1000, this.ttlMs)}`,
      check: `SELECT 1 FROM ${this.table} WHERE name = $1 AND holder = $2 AND token = $3 AND expires_at > now() FOR SHARE`,
      params: [this.name, this.holder, token],
      lost: () => {
        if (this.token === token) this.lose(new LeaseLost(this.name));
      },
    };
  }

  /** Gives the lease up at once (expired), so a standby need not wait for it to run out. */
  async release(): Promise<void> {
    const token = this.token;
    this.token = null;
    if (this.renewTimer) clearInterval(this.renewTimer);
    this.renewTimer = null;
    try {
      if (token !== null)
        await this.pool.query(
          `UPDATE ${this.table} SET expires_at = now() - interval '1 millisecond' WHERE name = $1 AND holder = $2 AND token = $3`,
          [this.name, this.holder, token],
        );
    } finally {
      if (this.ownsPool) await this.pool.end().catch(() => undefined);
    }
  }
}

/** Runs a fenced write transaction's first statements; throws LeaseLost if the lease is not (or no longer) held. */
export async function checkFence(
  fence: WriteFence | null,
  query: (sql: string, params?: unknown[]) => Promise<{ rowCount: number | null }>,
  name: string,
): Promise<void> {
  if (!fence) throw new LeaseLost(name);
  await query(fence.setup);
  if ((await query(fence.check, fence.params)).rowCount !== 1) {
    fence.lost();
    throw new LeaseLost(name);
  }
}
