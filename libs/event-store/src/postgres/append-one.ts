import type { BatchAppend } from './append-batch';

/**
 * Migration 2: append_one, the single-event append in a few index probes.
 *
 * append_batch's set-based statement costs about 0.4 ms of server time whatever the batch
 * size (measured in a plpgsql loop: 480 µs per call against 170 µs for this function), which
 * is most of a lone writer's time beside its commit. A batch of one append of one event
 * comes here instead. Same lock, same order of checks (idempotency, expected revision,
 * stale head), same reply row and the same notification as append_batch.
 */
/** `names` are migrations.ts's SchemaNames (not imported: migrations.ts imports this). */
export const appendOneSql = (
  names: { s: string; channel: string; appendLockId: number },
  lockClass: number,
): string => {
  const { s, channel, appendLockId } = names;
  return `
CREATE FUNCTION ${s}.append_one(
  p_stream    text,
  p_expected  text,         -- 'any' | 'no-stream' | 'exists' | decimal revision
  p_base_rev  bigint,       -- head revision the entry was built on (-1: no stream)
  p_base_hash bytea,        -- head leaf hash the entry was built on (null: no stream)
  p_id        uuid,
  p_type      text,
  p_effective timestamptz,
  p_recorded  timestamptz,
  p_entry     bytea,
  p_leaf_hash bytea
) RETURNS TABLE (r_status text, r_first bigint, r_head_rev bigint, r_head_hash bytea, r_existing bigint[])
LANGUAGE plpgsql
AS $fn$
DECLARE
  v_last bigint;
  v_rev bigint;
  v_hash bytea;
  v_pos bigint;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'append_one must run at READ COMMITTED (got %)', current_setting('transaction_isolation');
  END IF;
  PERFORM pg_advisory_xact_lock(${lockClass}, ${appendLockId});
  -- Idempotency first: a retry of an append that succeeded must not become a conflict.
  SELECT e.position INTO v_pos FROM ${s}.events e WHERE e.event_id = p_id;
  IF FOUND THEN
    RETURN QUERY SELECT 'existing'::text, NULL::bigint, NULL::bigint, NULL::bytea, ARRAY[v_pos];
    RETURN;
  END IF;
  SELECT e.revision, e.leaf_hash INTO v_rev, v_hash FROM ${s}.events e
  WHERE e.stream = p_stream ORDER BY e.revision DESC LIMIT 1;
  IF (CASE p_expected
        WHEN 'any' THEN false
        WHEN 'no-stream' THEN v_rev IS NOT NULL
        WHEN 'exists' THEN v_rev IS NULL
        ELSE v_rev IS DISTINCT FROM p_expected::bigint
      END) THEN
    RETURN QUERY SELECT 'wrong'::text, NULL::bigint, coalesce(v_rev, -1), v_hash, NULL::bigint[];
    RETURN;
  END IF;
  IF coalesce(v_rev, -1) <> p_base_rev OR v_hash IS DISTINCT FROM p_base_hash THEN
    RETURN QUERY SELECT 'stale'::text, NULL::bigint, coalesce(v_rev, -1), v_hash, NULL::bigint[];
    RETURN;
  END IF;
  -- Read under the lock, after the previous holder's commit became visible (see append_batch).
  SELECT coalesce(max(e.position), 0) INTO v_last FROM ${s}.events e;
  INSERT INTO ${s}.events (position, stream, revision, event_id, type, entry, leaf_hash, effective_at, recorded_at)
  VALUES (v_last + 1, p_stream, p_base_rev + 1, p_id, p_type, p_entry, p_leaf_hash, p_effective, p_recorded);
  PERFORM pg_notify('${channel}', '');
  RETURN QUERY SELECT 'ok'::text, v_last + 1, p_base_rev + 1, p_leaf_hash, NULL::bigint[];
END
$fn$;
`;
};

/** SQL text of the one round trip that appends a single event. */
export function appendOneCallSql(quotedSchema: string): string {
  return `SELECT r_status, r_first::text, r_head_rev::text, r_head_hash, r_existing::text[]
          FROM ${quotedSchema}.append_one($1, $2, $3::bigint, $4::bytea, $5::uuid, $6, $7::timestamptz, $8::timestamptz, $9::bytea, $10::bytea)`;
}

/** Parameters for append_one: the append's only event. */
export function appendOneParams(a: BatchAppend): unknown[] {
  const e = a.events[0];
  const expected = typeof a.expected === 'bigint' ? a.expected.toString() : a.expected;
  return [
    a.stream,
    expected,
    a.baseRevision.toString(),
    a.baseLeafHash,
    e.eventId,
    e.type,
    e.effectiveAt,
    e.recordedAt,
    e.entryBytes,
    e.leafHash,
  ];
}
