import type { Pool } from 'pg';
import { type BatchAppend, type BatchRow, parseBatchRow } from './append-batch';
import { appendOneCallSql, appendOneParams } from './append-one';
import { LOCK_CLASS, type SchemaNames } from './migrations';

/**
 * A lone single-event append in one plain statement: take the append lock, check the
 * expected revision and the head the entry was built on, insert at the next position and
 * notify. No function call: append_one's plpgsql runs six statements, each with its own
 * executor start-up, and that is most of its server time beside the insert.
 *
 * One statement reads with the snapshot it took before it waited for the lock, so its
 * head and last position may miss an append that another process committed meanwhile.
 * Only its success is trusted, and that is sound: what it inserts is keyed by the unique
 * (stream, revision), position and event_id, so a stale read makes the insert fail with a
 * unique violation instead of writing; an insert that succeeds was built on the true head
 * and takes the position after the last committed one, while it holds the lock to commit.
 * Anything else (no row: a failed check; a unique violation: a race or an event id
 * appended before) is asked again of append_one, which reads after the lock and answers
 * with the status, so a conflict costs a second round trip and a success costs one.
 */
function appendSingleSql({ s, channel, appendLockId }: SchemaNames): string {
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

const UNIQUE_VIOLATION = '23505';

/** Sends one append of one event: the plain statement, then append_one when that did not write. */
export class SingleAppender {
  private readonly sql: string;
  private readonly oneSql: string;

  constructor(
    private readonly pool: Pool,
    private readonly names: SchemaNames,
  ) {
    this.sql = appendSingleSql(names);
    this.oneSql = appendOneCallSql(names.s);
  }

  async send(a: BatchAppend): Promise<BatchRow> {
    const values = appendOneParams(a);
    try {
      const { rows } = await this.pool.query<{ r_first: string }>({
        name: `append_single_${this.names.schema}`,
        text: this.sql,
        values,
      });
      if (rows.length === 1) {
        const e = a.events[0];
        return {
          status: 'ok',
          first: BigInt(rows[0].r_first),
          headRevision: a.baseRevision + 1n,
          headLeafHash: e.leafHash,
        };
      }
    } catch (e) {
      if ((e as { code?: unknown }).code !== UNIQUE_VIOLATION) throw e;
    }
    const res = await this.pool.query({ name: `append_one_${this.names.schema}`, text: this.oneSql, values });
    if (res.rows.length !== 1) throw new Error(`append_one returned ${res.rows.length} rows`);
    return parseBatchRow(res.rows[0]);
  }
}
