import { deciderForStream, isCorrection, recordCompleteFor, toStoredDomainEvent, withStatus } from '@ledger/domain';
import type { CoverageWindow, IsoDate } from '@ledger/domain';
import type { CaseRow, CorrectionSummary } from '../projections/case-record';
import { correctionEvent, keyDatesOf, statusOf } from '../projections/case-record';
import { dayOf, SNAPSHOT_EVERY } from '../projections/cases.projection';
import type { SnapshotMeta } from '../projections/cases.tables';
import { foldFrom, inView, isTimeView, TimeView } from '../time-view';
import type { QueryContext } from './context';
import { CaseState, FAR, TailEvent, Tables } from './rows';
import type { CaseSummary } from './types';

/**
 * A case in a view of time. Views at a past date are computed exactly by replaying the
 * events that matter: the nearest snapshot of the case's state before the cut-off plus the
 * rest of its stream from the store, or the current state when no event of the case falls
 * after the cut-off.
 */

function current(row: CaseRow): CaseState {
  return {
    state: JSON.parse(row.state),
    status: row.status,
    keyDates: JSON.parse(row.key_dates),
    parties: JSON.parse(row.parties),
    specs: JSON.parse(row.deadlines),
    openedOn: row.opened_on,
    lastActOn: row.last_act_on,
    eventCount: Number(row.event_count),
    corrections: JSON.parse(row.corrections),
    replayed: false,
  };
}

/** The case as the view shows it, or null when none of its events is in the view. */
export async function caseState(ctx: QueryContext, t: Tables, row: CaseRow, v: TimeView): Promise<CaseState | null> {
  if (!isTimeView(v)) return current(row);
  if (v.asAt && (row.opened_on === null || row.opened_on > v.asAt)) return null;
  if (v.recordedOn && (row.first_recorded_on === null || row.first_recorded_on > v.recordedOn)) return null;
  const exact =
    (!v.asAt || (row.max_effective_on ?? '') <= v.asAt) &&
    (!v.recordedOn || (row.max_recorded_on ?? '') <= v.recordedOn);
  if (exact) return current(row);
  return replay(ctx, t, row, v);
}

async function replay(ctx: QueryContext, t: Tables, row: CaseRow, v: TimeView): Promise<CaseState | null> {
  const entry = Number(row.has_decider) === 1 ? deciderForStream(row.stream) : undefined;
  const corrections = (JSON.parse(row.corrections) as CorrectionSummary[]).filter(
    (c) => !v.recordedOn || c.recordedOn <= v.recordedOn,
  );
  const snap = await snapshotFor(ctx, t, row, v, corrections);
  const from = snap ? Number(snap.revision) + 1 : 0;
  const tail = [...(await actsInView(ctx, t, row, v, from)), ...correctionsAfter(corrections, from)];
  tail.sort((a, b) => a.revision - b.revision);
  const meta: SnapshotMeta = snap
    ? JSON.parse(snap.meta)
    : { parties: [], openedOn: null, lastActOn: null, eventCount: 0 };
  const { parties, openedOn, lastActOn } = partiesAndDates(meta, tail);
  if (openedOn === null) return null;
  let state: unknown = null;
  if (entry) {
    const base = snap ? JSON.parse(snap.state) : entry.decider.initialState();
    state = foldFrom(
      entry.decider,
      base,
      tail.map((x) => x.stored),
    );
  }
  return {
    state,
    status: statusOf(state, !!entry),
    keyDates: keyDatesOf(state, openedOn, lastActOn),
    parties,
    specs: entry?.decider.deadlines ? entry.decider.deadlines(state) : [],
    openedOn,
    lastActOn,
    eventCount: meta.eventCount + tail.length,
    corrections,
    replayed: true,
  };
}

/**
 * The latest snapshot whose whole prefix is in the view, and not before a correction's target
 * when that correction (in view) comes after it: foldStream applies corrections first.
 */
async function snapshotFor(
  ctx: QueryContext,
  t: Tables,
  row: CaseRow,
  v: TimeView,
  corrections: CorrectionSummary[],
): Promise<{ revision: number; state: string; meta: string } | undefined> {
  let bound = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const snap = (
      await ctx.db.all<{ revision: number; state: string; meta: string }>(
        `SELECT revision, state, meta FROM ${t.snapshots} WHERE stream = ? AND COALESCE(max_effective_on, '') <= ? AND max_recorded_on <= ? AND revision < ? ORDER BY revision DESC LIMIT 1`,
        [row.stream, v.asAt ?? FAR, v.recordedOn ?? FAR, bound],
      )
    )[0];
    const r = snap ? Number(snap.revision) : -1;
    const bad = corrections.filter((c) => c.revision > r && c.correctsRevision !== null && c.correctsRevision <= r);
    if (bad.length === 0) return snap;
    bound = Math.min(...bad.map((c) => c.correctsRevision as number));
  }
}

/**
 * The acts in the view from revision `from`. Only segments that can hold an act in the view
 * are read (acts: both clocks); the corrections in view come from the case row, wherever
 * they sit in the stream.
 */
async function actsInView(ctx: QueryContext, t: Tables, row: CaseRow, v: TimeView, from: number): Promise<TailEvent[]> {
  const segs = await ctx.db.all<{ seg: number }>(
    `SELECT seg FROM ${t.segments} WHERE stream = ? AND seg >= ? AND min_effective_on IS NOT NULL AND min_effective_on <= ? AND min_recorded_on <= ? ORDER BY seg`,
    [row.stream, Math.floor(from / SNAPSHOT_EVERY), v.asAt ?? FAR, v.recordedOn ?? FAR],
  );
  const tail: TailEvent[] = [];
  for (const { seg } of segs) {
    const start = Math.max(from, Number(seg) * SNAPSHOT_EVERY);
    const end = (Number(seg) + 1) * SNAPSHOT_EVERY;
    for await (const e of ctx.store.readStream(row.stream, { from: BigInt(start), limit: end - start })) {
      if (isCorrection({ type: e.type, data: {} })) continue;
      const day = {
        type: e.type,
        effectiveOn: dayOf(e.metadata.effectiveAt),
        recordedOn: dayOf(e.metadata.recordedAt),
      };
      if (!inView(day, v)) continue;
      tail.push({
        revision: Number(e.revision),
        stored: toStoredDomainEvent(e),
        actor: e.metadata.actor,
        correction: false,
      });
    }
  }
  return tail;
}

/** The corrections in view from revision `from`, as the events the fold applies. */
function correctionsAfter(corrections: CorrectionSummary[], from: number): TailEvent[] {
  return corrections
    .filter((c) => c.revision >= from)
    .map((c) => ({
      revision: c.revision,
      stored: correctionEvent(c),
      actor: { id: c.actor.actorId, name: c.actor.name, role: c.actor.role, body: c.actor.body },
      correction: true,
    }));
}

/** The snapshot's parties and dates carried on over the tail; corrections do not move a case's dates. */
function partiesAndDates(meta: SnapshotMeta, tail: TailEvent[]) {
  const parties = [...meta.parties];
  let { openedOn, lastActOn } = meta;
  for (const e of tail) {
    const a = e.actor;
    if (!parties.some((p) => p.actorId === a.id && p.role === a.role && p.body === a.body))
      parties.push({ actorId: a.id, name: a.name, role: a.role, body: a.body });
    if (!e.correction) {
      const d = e.stored.effectiveOn;
      if (openedOn === null || d < openedOn) openedOn = d;
      if (lastActOn === null || d > lastActOn) lastActOn = d;
    }
  }
  return { parties, openedOn, lastActOn };
}

export function summary(row: CaseRow, s: CaseState, statusDate: IsoDate, coverage: CoverageWindow[]): CaseSummary {
  return {
    stream: row.stream,
    aggregateType: row.aggregate_type,
    caseId: row.case_id,
    forceArea: row.force_area,
    status: s.status,
    classification: row.classification,
    openedOn: s.openedOn,
    lastActOn: s.lastActOn,
    keyDates: s.keyDates,
    parties: s.parties,
    deadlines: withStatus(s.specs, statusDate, recordCompleteFor(coverage, row.force_area)),
    eventCount: s.eventCount,
    replayed: s.replayed,
  };
}
