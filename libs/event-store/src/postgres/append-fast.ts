import type { Pool } from 'pg';
import { type BatchAppend, type BatchRow, appendBatchParams, appendBatchSql, parseBatchRow } from './append-batch';
import { appendOneCallSql, appendOneParams } from './append-one';
import { LOCK_CLASS, type SchemaNames } from './migrations';

/*
 * Appends in one plain statement each: take the append lock, check every append's
 * expected revision and the head its entries were built on, insert, notify. No function
 * call: append_one runs six plpgsql statements and append_batch a set-based one with
 * window functions, and each statement's executor start-up is most of their server time
 * beside the inserts (a batch of 16 measured about half the server time of append_batch).
 *
 * A plain statement reads with the snapshot it took before it waited for the lock, so its
 * heads and last position may miss appends another process committed meanwhile. Only its
 * success is trusted, and that is sound: every row it inserts is keyed by the unique
 * (stream, revision), position and event_id, so a stale read makes the insert fail with a
 * unique violation instead of writing; an insert that succeeds was built on the true heads
 * and takes the positions after the last committed one, while it holds the lock to commit.
 * Anything else (nothing written: a check failed; a unique violation: a race, or an event
 * id appended before) is asked again of append_one or append_batch, which read after the
 * lock and answer each append's status. So a success costs one round trip, and a batch with
 * a conflict in it two.
 */

/** One append of one event. Parameters as append_one's. */
function singleSql({ s, channel, appendLockId }: SchemaNames): string {
  return `
WITH locked AS (SELECT pg_advisory_xact_lock(${LOCK_CLASS.append}, ${appendLockId})),
head AS (
  SELECT h.revision, h.leaf_hash FROM locked
  LEFT JOIN LATERAL (
    SELECT e.revision, e.leaf_hash FROM ${s}.events e WHERE e.stream = $1 ORDER BY e.revision DESC LIMIT 1
  ) h ON true
),
ins AS (
  INSERT INTO ${s}.events (position, stream, revision, event_id, type, entry, leaf_hash, effective_at, recorded_at)
  SELECT (SELECT coalesce(max(e.position), 0) + 1 FROM ${s}.events e), $1, $3::bigint + 1, $5::uuid, $6,
         $9::bytea, $10::bytea, $7::timestamptz, $8::timestamptz
  FROM head
  WHERE coalesce(head.revision, -1) = $3::bigint AND head.leaf_hash IS NOT DISTINCT FROM $4::bytea
    AND CASE $2::text
          WHEN 'any' THEN true
          WHEN 'no-stream' THEN head.revision IS NULL
          WHEN 'exists' THEN head.revision IS NOT NULL
          ELSE head.revision = $2::text::bigint
        END
  RETURNING position
),
woke AS (SELECT pg_notify('${channel}', '') FROM ins)
SELECT ins.position::text AS r_first FROM ins, woke`;
}

/**
 * Any batch, all or nothing: per append ($1–$4) the stream, expected revision and base head;
 * per event ($5–$12) its stream and revision, id, type, dates, and the offset and length of
 * its entry in $13; $14 the leaf hashes, 32 bytes each. Replies the first position and the
 * count written (0 when any check failed).
 */
function batchSql({ s, channel, appendLockId }: SchemaNames): string {
  return `
WITH locked AS (SELECT pg_advisory_xact_lock(${LOCK_CLASS.append}, ${appendLockId})),
chk AS (
  SELECT bool_and(
           coalesce(h.revision, -1) = t.base_rev AND h.leaf_hash IS NOT DISTINCT FROM t.base_hash
           AND CASE t.expected
                 WHEN 'any' THEN true
                 WHEN 'no-stream' THEN h.revision IS NULL
                 WHEN 'exists' THEN h.revision IS NOT NULL
                 ELSE h.revision = t.expected::bigint
               END) AS ok
  FROM locked, unnest($1::text[], $2::text[], $3::bigint[], $4::bytea[]) AS t(stream, expected, base_rev, base_hash)
  LEFT JOIN LATERAL (
    SELECT e.revision, e.leaf_hash FROM ${s}.events e WHERE e.stream = t.stream ORDER BY e.revision DESC LIMIT 1
  ) h ON true
),
ins AS (
  INSERT INTO ${s}.events (position, stream, revision, event_id, type, entry, leaf_hash, effective_at, recorded_at)
  SELECT (SELECT coalesce(max(e.position), 0) FROM ${s}.events e) + u.k, u.stream, u.rev, u.id, u.type,
         substring($13::bytea FROM u.off + 1 FOR u.len), substring($14::bytea FROM (u.k::int - 1) * 32 + 1 FOR 32),
         u.eff, u.rec
  FROM chk, unnest($5::text[], $6::bigint[], $7::uuid[], $8::text[], $9::timestamptz[], $10::timestamptz[],
                   $11::int[], $12::int[]) WITH ORDINALITY AS u(stream, rev, id, type, eff, rec, off, len, k)
  WHERE chk.ok
  RETURNING position
),
woke AS (SELECT pg_notify('${channel}', '') WHERE EXISTS (SELECT FROM ins))
SELECT min(ins.position)::text AS r_first, count(*)::int AS n FROM ins LEFT JOIN woke ON true`;
}

function batchParams(appends: BatchAppend[]): unknown[] {
  const evStreams: string[] = [];
  const evRevs: string[] = [];
  for (const a of appends)
    a.events.forEach((_, k) => {
      evStreams.push(a.stream);
      evRevs.push((a.baseRevision + 1n + BigInt(k)).toString());
    });
  // append_batch's parameters hold the rest in the same shapes; its per-append counts become per-event streams and revisions.
  const batch = appendBatchParams(appends);
  return [...batch.slice(0, 4), evStreams, evRevs, ...batch.slice(5)];
}

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: unknown }).code === UNIQUE_VIOLATION;
}

/** Sends a batch: a plain statement, then append_one or append_batch when that did not write. */
export class FastAppender {
  private readonly single: string;
  private readonly batch: string;
  private readonly one: string;
  private readonly checked: string;

  constructor(
    private readonly pool: Pool,
    private readonly names: SchemaNames,
  ) {
    this.single = singleSql(names);
    this.batch = batchSql(names);
    this.one = appendOneCallSql(names.s);
    this.checked = appendBatchSql(names.s);
  }

  /** A row per append, in order. */
  async send(appends: BatchAppend[]): Promise<BatchRow[]> {
    const lone = appends.length === 1 && appends[0].events.length === 1;
    const rows = lone ? await this.trySingle(appends[0]) : await this.tryBatch(appends);
    if (rows) return rows;
    const { schema } = this.names;
    const res = lone
      ? await this.pool.query({ name: `append_one_${schema}`, text: this.one, values: appendOneParams(appends[0]) })
      : await this.pool.query({
          name: `append_batch_${schema}`,
          text: this.checked,
          values: appendBatchParams(appends),
        });
    return res.rows.map(parseBatchRow);
  }

  private async trySingle(a: BatchAppend): Promise<BatchRow[] | null> {
    try {
      const { rows } = await this.pool.query<{ r_first: string }>({
        name: `append_single_${this.names.schema}`,
        text: this.single,
        values: appendOneParams(a),
      });
      if (rows.length !== 1) return null;
      return [
        {
          status: 'ok',
          first: BigInt(rows[0].r_first),
          headRevision: a.baseRevision + 1n,
          headLeafHash: a.events[0].leafHash,
        },
      ];
    } catch (e) {
      if (isUniqueViolation(e)) return null;
      throw e;
    }
  }

  private async tryBatch(appends: BatchAppend[]): Promise<BatchRow[] | null> {
    try {
      const { rows } = await this.pool.query<{ r_first: string | null; n: number }>({
        name: `append_plain_batch_${this.names.schema}`,
        text: this.batch,
        values: batchParams(appends),
      });
      if (rows[0].n === 0) return null;
      const total = appends.reduce((n, a) => n + a.events.length, 0);
      if (rows[0].n !== total) throw new Error(`the batch statement wrote ${rows[0].n} of ${total} events`);
      let first = BigInt(rows[0].r_first as string);
      return appends.map((a) => {
        const row: BatchRow = {
          status: 'ok',
          first,
          headRevision: a.baseRevision + BigInt(a.events.length),
          headLeafHash: a.events[a.events.length - 1].leafHash,
        };
        first += BigInt(a.events.length);
        return row;
      });
    } catch (e) {
      if (isUniqueViolation(e)) return null;
      throw e;
    }
  }
}
