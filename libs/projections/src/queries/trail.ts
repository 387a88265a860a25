import { recordCompleteFor, withStatus } from '@ledger/domain';
import type { Deadline, DeadlineStatus, IsoDate, RuleFinding } from '@ledger/domain';
import { decodeCursor, encodeCursor } from '../cursor';
import type { CaseRow } from '../projections/case-record';
import type { DeadlineRef } from '../projections/cases.tables';
import type { TimeView } from '../time-view';
import { caseState } from './case-state';
import { coverageIn } from './scope';
import type { QueryContext } from './context';
import { Filter } from './filter';
import type { EventRow, Tables } from './rows';
import type { Page, TrailDeadline, TrailEntry, TrailFilter } from './types';

/**
 * The accountability trail: every act of a body or an office holder (or in a force area,
 * process or case), oldest first, with who, role, power, both dates, classification,
 * and the deadline each act met, missed or left outstanding in the view.
 */
export async function trail(ctx: QueryContext, f: TrailFilter = {}): Promise<Page<TrailEntry>> {
  const info = ctx.viewInfo(f);
  const t = await ctx.tables();
  const limit = ctx.limitOf(f);
  // The trail lists acts: each act (a correction too) is in the view by both its dates.
  const w = new Filter()
    .eq('e.body', f.body)
    .eq('e.actor_id', f.actorId)
    .eq('e.force_area', f.forceArea)
    .eq('e.aggregate_type', f.aggregateType)
    .eq('e.stream', f.stream)
    .inView('e.effective_on', 'e.recorded_on', f)
    .visibleTo(f.visibility, 'e.classification', 'c.classification')
    .after(['e.effective_on', 'e.seq'], decodeCursor('trail', f.cursor));
  const rows = await ctx.db.all<EventRow>(
    `SELECT e.* FROM ${t.events} e JOIN ${t.cases} c ON c.stream = e.stream ${w.sql} ORDER BY e.effective_on, e.seq LIMIT ?`,
    [...w.params, limit + 1],
  );
  const page = rows.slice(0, limit);
  const items = await trailEntries(ctx, t, page, f, info.statusDate);
  const last = page[page.length - 1];
  return {
    items,
    nextCursor: rows.length > limit ? encodeCursor('trail', [last.effective_on, Number(last.seq)]) : null,
  };
}

export async function trailEntries(
  ctx: QueryContext,
  t: Tables,
  rows: EventRow[],
  v: TimeView,
  statusDate: IsoDate,
): Promise<TrailEntry[]> {
  const streams = [...new Set(rows.filter((r) => r.deadline_refs).map((r) => r.stream))];
  const deadlinesByStream = new Map<string, Map<string, Deadline>>();
  const coverage = streams.length ? await coverageIn(ctx, t, v) : [];
  for (let i = 0; i < streams.length; i += 200) {
    const part = streams.slice(i, i + 200);
    const caseRows = await ctx.db.all<CaseRow>(
      `SELECT * FROM ${t.cases} WHERE stream IN (${part.map(() => '?').join(', ')})`,
      part,
    );
    for (const row of caseRows) {
      const s = await caseState(ctx, t, row, v);
      deadlinesByStream.set(
        row.stream,
        new Map(
          withStatus(s?.specs ?? [], statusDate, recordCompleteFor(coverage, row.force_area)).map((d) => [d.key, d]),
        ),
      );
    }
  }
  return rows.map((r) => {
    const findings: RuleFinding[] = r.findings ? JSON.parse(r.findings) : [];
    const deadlines = trailDeadlines(
      r.deadline_refs ? JSON.parse(r.deadline_refs) : [],
      deadlinesByStream.get(r.stream) ?? new Map(),
    );
    const late = Number(r.late) === 1;
    const corr = r.correction ? JSON.parse(r.correction) : null;
    return {
      eventId: r.event_id,
      stream: r.stream,
      aggregateType: r.aggregate_type,
      caseId: r.case_id,
      forceArea: r.force_area,
      type: r.type,
      command: r.command,
      actor: { id: r.actor_id, name: r.actor_name, role: r.role, body: r.body },
      legalBasis: r.legal_basis,
      effectiveAt: r.effective_at,
      effectiveOn: r.effective_on,
      recordedAt: r.recorded_at,
      classification: r.classification,
      findings,
      late,
      deadlines,
      deadlineStatus: summariseDeadlines(late, deadlines),
      correction: corr && r.corrects_event_id ? { correctsEventId: r.corrects_event_id, ...corr } : null,
    };
  });
}

export function trailDeadlines(refs: DeadlineRef[], byKey: Map<string, Deadline>): TrailDeadline[] {
  const out: TrailDeadline[] = [];
  for (const r of refs) {
    const d = byKey.get(r.key);
    if (d)
      out.push({
        key: d.key,
        label: d.label,
        dueOn: d.dueOn,
        status: d.status,
        relation: r.relation,
        citation: d.citation,
      });
  }
  return out;
}

/**
 * The act's own standing against the deadlines it discharged. A deadline the act only
 * started (or changed) is the next body's duty: its fate never marks this act, which is
 * judged only by what it discharged, or by a late finding recorded on it.
 */
function summariseDeadlines(late: boolean, deadlines: TrailDeadline[]): DeadlineStatus | null {
  const discharged = deadlines.filter((d) => d.relation === 'discharged');
  if (discharged.some((d) => d.status === 'late')) return 'late';
  if (discharged.length) return discharged[0].status;
  return late ? 'late' : null;
}
