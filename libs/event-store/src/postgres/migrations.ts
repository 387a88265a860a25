import type { Pool, PoolClient } from 'pg';
import { appendOneSql } from './append-one';

/**
 * Versioned schema migrations for the PostgreSQL adapter. Each migration runs once, in its
 * own transaction, recorded in `<schema>.migrations`. They are applied at connect under a
 * session advisory lock, so two processes connecting at once never race on DDL.
 *
 * Never edit a migration that has shipped: add the next number.
 */

/** Two-int advisory lock namespaces ("class ids") used by this adapter. */
export const LOCK_CLASS = {
  /** Held (session-level) while migrating a schema. */
  migrate: 0x4c44474d, // 'LDGM'
  /** Held (transaction-level) by every append, from position assignment to commit. */
  append: 0x4c444741, // 'LDGA'
} as const;

/** 32-bit FNV-1a of the schema name, as a signed int4: the second half of the lock key. */
export function schemaLockId(schema: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(schema, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * Runs schema set-up (DDL) on one connection that holds the schema's set-up lock: the
 * session advisory lock the log's migrations take. Every store that creates tables in a
 * schema (log, application tables, audit, vault, read models) sets up under it, so
 * instances starting at once on an empty database queue instead of racing on the
 * catalogue (CREATE ... IF NOT EXISTS is not safe against a concurrent CREATE).
 */
export async function withSchemaSetup<T>(pool: Pool, schema: string, fn: (c: PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  let broken: Error | undefined;
  try {
    await c.query('SELECT pg_advisory_lock($1, $2)', [LOCK_CLASS.migrate, schemaLockId(schema)]);
    try {
      return await fn(c);
    } finally {
      await c
        .query('SELECT pg_advisory_unlock($1, $2)', [LOCK_CLASS.migrate, schemaLockId(schema)])
        .catch((e: Error) => (broken = e));
    }
  } finally {
    // A connection that could not unlock still holds the lock: end it rather than pool it.
    c.release(broken);
  }
}

const SCHEMA_RE = /^[a-z_][a-z0-9_]{0,62}$/;

function assertSchemaName(schema: string): void {
  if (!SCHEMA_RE.test(schema)) throw new Error(`schema must match ${SCHEMA_RE} (got ${JSON.stringify(schema)})`);
}

export interface SchemaNames {
  /** Quoted schema identifier, e.g. "ledger". */
  s: string;
  schema: string;
  /** LISTEN/NOTIFY channel announcing commits. */
  channel: string;
  appendLockId: number;
}

export function schemaNames(schema: string): SchemaNames {
  assertSchemaName(schema);
  return { s: `"${schema}"`, schema, channel: `${schema}_appended`, appendLockId: schemaLockId(schema) };
}

export interface Migration {
  version: number;
  name: string;
  sql: (n: SchemaNames) => string;
}

/*
 * Migration 1's SQL, in the order it runs; the pieces join into one script, run in one
 * transaction. Split only so that each part reads on its own.
 */
/** Migration 1: the log table: positions, stream revisions and the exact entry bytes with their leaf hash. */
const eventsTable = ({ s }: SchemaNames): string => `
CREATE TABLE ${s}.events (
  position     bigint      NOT NULL,
  stream       text        NOT NULL,
  revision     bigint      NOT NULL,
  event_id     uuid        NOT NULL,
  type         text        NOT NULL,
  entry        bytea       NOT NULL,
  leaf_hash    bytea       NOT NULL,
  effective_at timestamptz NOT NULL,
  recorded_at  timestamptz NOT NULL,
  CONSTRAINT events_pkey PRIMARY KEY (position),
  CONSTRAINT events_stream_revision_key UNIQUE (stream, revision),
  CONSTRAINT events_event_id_key UNIQUE (event_id),
  CONSTRAINT events_position_check CHECK (position > 0),
  CONSTRAINT events_revision_check CHECK (revision >= 0),
  CONSTRAINT events_leaf_hash_check CHECK (octet_length(leaf_hash) = 32)
);

COMMENT ON TABLE ${s}.events IS
  'The ledger: append-only. entry holds the exact RFC 8785 entry bytes; leaf_hash = SHA-256(0x00 || entry). '
  'Positions are gap-free and assigned in commit order (append_batch holds an advisory lock to commit).';
`;

/** Migration 1: refuses any UPDATE, DELETE or TRUNCATE of the log. */
const appendOnlyTrigger = ({ s }: SchemaNames): string => `
-- The log is never updated or deleted (DESIGN.md: corrections are new events).
CREATE FUNCTION ${s}.events_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'the event log is append-only: % on %.events is not allowed', TG_OP, TG_TABLE_SCHEMA
    USING ERRCODE = 'restrict_violation';
END
$fn$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${s}.events
  FOR EACH STATEMENT EXECUTE FUNCTION ${s}.events_append_only();
`;

/** Migration 1: each stream's head, read from the log. */
const streamHeadsView = ({ s }: SchemaNames): string => `
-- Current head of every stream, derived from the log (no second copy to keep in step).
CREATE VIEW ${s}.stream_heads AS
  SELECT DISTINCT ON (e.stream) e.stream, e.revision AS head_revision, e.leaf_hash AS head_leaf_hash, e.position
  FROM ${s}.events e
  ORDER BY e.stream, e.revision DESC;
`;

/** Migration 1: append_batch: what it does, its parameters and its plan settings. */
const appendBatchSignature = ({ s }: SchemaNames): string => `
/*
 * Appends a batch of independent appends in one call (one round trip, one commit).
 * Each append is checked on its own; a conflict fails that append only. The caller sends
 * at most one append per stream and no event id twice per batch (a violation hits the
 * unique constraints and fails the whole call, which the adapter then retries one by one).
 *
 * Appends are serialised on one transaction-scoped advisory lock, taken before the last
 * position is read and held until commit. A transaction's commit becomes visible before
 * its locks are released, so the next appender reads the last position, and assigns the
 * next ones, only after the previous appender's events are visible: positions are
 * gap-free and in commit order, and a reader asking for "position > checkpoint" can never
 * skip an event that commits late.
 *
 * One row per append, in input order; r_status is:
 *   ok       written; r_first = its first position, r_head_* = the new stream head
 *   existing some of its event ids were appended before; nothing written;
 *            r_existing = their positions (the adapter decides replay or conflict)
 *   wrong    the expected revision does not hold; r_head_* = actual head (-1/null: none)
 *   stale    its entries were built on a head (p_base_*) that is not the actual head;
 *            r_head_* = actual head, so the adapter can rebuild the entry bytes and retry
 */
CREATE FUNCTION ${s}.append_batch(
  p_streams     text[],
  p_expected    text[],         -- 'any' | 'no-stream' | 'exists' | decimal revision
  p_base_rev    bigint[],       -- head revision the entries were built on (-1: no stream)
  p_base_hash   bytea[],        -- head leaf hash the entries were built on (null: no stream)
  p_counts      int[],          -- events in each append
  p_ids         uuid[],         -- the rest are per event, flattened over the appends in order
  p_types       text[],
  p_effective   timestamptz[],
  p_recorded    timestamptz[],
  p_entry_offs  int[],          -- byte offset (0-based) of each entry in p_entries
  p_entry_lens  int[],
  p_entries     bytea,          -- all entry bytes, concatenated
  p_leaf_hashes bytea           -- 32 bytes per event, concatenated
) RETURNS TABLE (r_status text, r_first bigint, r_head_rev bigint, r_head_hash bytea, r_existing bigint[])
LANGUAGE plpgsql
-- With custom plans PostgreSQL would re-plan the batch statement on every call, with the
-- arrays inlined as constants: that planning cost more than the rest of the call. The
-- generic plan (index probes per append) is the right one for every batch size.
SET plan_cache_mode = force_generic_plan
AS $fn$`;

/** Migration 1: append_batch: the locked, set-based append and the commit notification. */
const appendBatchBody = ({ s, channel, appendLockId }: SchemaNames): string => `
DECLARE
  v_last bigint;
BEGIN
  -- Each statement below must see what the previous lock holder committed.
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'append_batch must run at READ COMMITTED (got %)', current_setting('transaction_isolation');
  END IF;
  PERFORM pg_advisory_xact_lock(${LOCK_CLASS.append}, ${appendLockId});
  SELECT coalesce(max(e.position), 0) INTO v_last FROM ${s}.events e;

  RETURN QUERY
  WITH a AS (
    SELECT t.i::int AS i, t.stream, t.expected, t.base_rev, t.base_hash, t.cnt,
           (sum(t.cnt) OVER (ORDER BY t.i) - t.cnt)::int AS ev_off
    FROM unnest(p_streams, p_expected, p_base_rev, p_base_hash, p_counts)
         WITH ORDINALITY AS t(stream, expected, base_rev, base_hash, cnt, i)
  ),
  d AS (
    SELECT a.*, coalesce(h.revision, -1) AS head_rev, h.leaf_hash AS head_hash, x.positions,
      CASE
        -- Idempotency first: a retry of an append that succeeded must not become a conflict.
        WHEN x.positions IS NOT NULL THEN 'existing'
        WHEN CASE a.expected
               WHEN 'any' THEN false
               WHEN 'no-stream' THEN h.revision IS NOT NULL
               WHEN 'exists' THEN h.revision IS NULL
               ELSE h.revision IS DISTINCT FROM a.expected::bigint
             END THEN 'wrong'
        WHEN coalesce(h.revision, -1) <> a.base_rev OR h.leaf_hash IS DISTINCT FROM a.base_hash THEN 'stale'
        ELSE 'ok'
      END AS status
    FROM a
    LEFT JOIN LATERAL (
      SELECT e.revision, e.leaf_hash FROM ${s}.events e
      WHERE e.stream = a.stream ORDER BY e.revision DESC LIMIT 1
    ) h ON true
    LEFT JOIN LATERAL (
      SELECT array_agg(e.position ORDER BY e.position) AS positions FROM ${s}.events e
      WHERE e.event_id = ANY (p_ids[a.ev_off + 1 : a.ev_off + a.cnt])
    ) x ON true
  ),
  o AS (
    -- Positions go to the appends that succeed, in input order, after the last one.
    SELECT d.*, v_last + coalesce(sum(d.cnt) FILTER (WHERE d.status = 'ok') OVER (ORDER BY d.i), 0) - d.cnt AS before
    FROM d
  ),
  ins AS (
    INSERT INTO ${s}.events (position, stream, revision, event_id, type, entry, leaf_hash, effective_at, recorded_at)
    SELECT o.before + k, o.stream, o.head_rev + k, p_ids[o.ev_off + k], p_types[o.ev_off + k],
           substring(p_entries FROM p_entry_offs[o.ev_off + k] + 1 FOR p_entry_lens[o.ev_off + k]),
           substring(p_leaf_hashes FROM (o.ev_off + k - 1) * 32 + 1 FOR 32),
           p_effective[o.ev_off + k], p_recorded[o.ev_off + k]
    FROM o CROSS JOIN LATERAL generate_series(1, o.cnt) AS k
    WHERE o.status = 'ok'
  )
  SELECT o.status,
         CASE WHEN o.status = 'ok' THEN o.before + 1 END,
         CASE WHEN o.status = 'ok' THEN o.head_rev + o.cnt ELSE o.head_rev END,
         CASE WHEN o.status = 'ok' THEN substring(p_leaf_hashes FROM (o.ev_off + o.cnt - 1) * 32 + 1 FOR 32) ELSE o.head_hash END,
         o.positions
  FROM o ORDER BY o.i;

  -- max() is one probe of the primary key, whatever the plan cache thinks of v_last.
  IF (SELECT max(e.position) FROM ${s}.events e) > v_last THEN
    -- Delivered at commit to LISTENers on this schema's channel: a wake-up, not data.
    PERFORM pg_notify('${channel}', '');
  END IF;
END
$fn$;
`;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'events log and append_batch',
    sql: (n) =>
      [eventsTable(n), appendOnlyTrigger(n), streamHeadsView(n), appendBatchSignature(n), appendBatchBody(n)].join(''),
  },
  { version: 2, name: 'append_one for single-event appends', sql: (n) => appendOneSql(n, LOCK_CLASS.append) },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/**
 * Creates the schema if needed and applies every migration not yet applied. Safe to call
 * from several processes at once: they queue on a session advisory lock for this schema.
 */
export async function migrate(pool: Pool, schema: string): Promise<number[]> {
  const n = schemaNames(schema);
  const c: PoolClient = await pool.connect();
  const applied: number[] = [];
  try {
    await c.query('SELECT pg_advisory_lock($1, $2)', [LOCK_CLASS.migrate, n.appendLockId]);
    try {
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${n.s}`);
      await c.query(`CREATE TABLE IF NOT EXISTS ${n.s}.migrations (
        version    int         PRIMARY KEY,
        name       text        NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const { rows } = await c.query<{ version: number }>(`SELECT version FROM ${n.s}.migrations`);
      const done = new Set(rows.map((r) => r.version));
      const newest = Math.max(0, ...done);
      if (newest > LATEST_VERSION) {
        throw new Error(
          `schema ${schema} is at migration ${newest}, newer than this code knows (${LATEST_VERSION}); upgrade the application`,
        );
      }
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue;
        await c.query('BEGIN');
        try {
          await c.query(m.sql(n));
          await c.query(`INSERT INTO ${n.s}.migrations (version, name) VALUES ($1, $2)`, [m.version, m.name]);
          await c.query('COMMIT');
        } catch (e) {
          await c.query('ROLLBACK');
          throw e;
        }
        applied.push(m.version);
      }
    } finally {
      await c.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_CLASS.migrate, n.appendLockId]);
    }
  } finally {
    c.release();
  }
  return applied;
}
