import type { Command } from 'commander';
import type { LedgerQueries, TimelineEntry, TrailEntry } from '@ledger/projections';
import { openProjections } from './projections-context';

interface Row {
  date: string;
  actor: string;
  action: string;
  legalBasis: string;
  deadline: string;
}

const STATUS: Record<string, string> = { met: 'met', late: 'LATE', missed: 'MISSED', no_record: 'no record', outstanding: 'outstanding', not_yet_due: 'not yet due' };

function deadlineText(ds: Array<{ label: string; dueOn: string; status: string; relation: string }>, late: boolean): string {
  const parts = ds.map((d) => `${STATUS[d.status] ?? d.status} (${d.relation}: ${d.label}, due ${d.dueOn})`);
  if (late && !ds.some((d) => d.relation === 'discharged')) parts.unshift('LATE (flagged when recorded)');
  return parts.join('; ') || '-';
}

function action(type: string, command: string | null, correction: { field: string; oldValue: unknown; newValue: unknown; reason: string } | null): string {
  if (correction) return `Correction: ${correction.field} ${JSON.stringify(correction.oldValue)} -> ${JSON.stringify(correction.newValue)} (${correction.reason})`;
  return command ? `${type} (${command})` : type;
}

function fromTimeline(e: TimelineEntry): Row {
  const fixed = e.corrections.length ? ` [corrected: ${e.corrections.map((c) => `${c.field} ${JSON.stringify(c.oldValue)} -> ${JSON.stringify(c.newValue)}`).join(', ')}]` : '';
  return {
    date: e.effectiveAt.slice(0, 10),
    actor: `${e.actor.name} (${e.actor.role}, ${e.actor.body})`,
    action: action(e.type, e.command, e.correctionOf) + fixed,
    legalBasis: e.legalBasis ?? '-',
    deadline: deadlineText(e.deadlines, e.findings.some((f) => f.kind === 'late')),
  };
}

function fromTrail(e: TrailEntry): Row {
  return {
    date: e.effectiveOn,
    actor: `${e.actor.name} (${e.actor.role}, ${e.actor.body})`,
    action: `${action(e.type, e.command, e.correction)} - ${e.stream}`,
    legalBasis: e.legalBasis ?? '-',
    deadline: deadlineText(e.deadlines, e.late),
  };
}

function render(title: string, rows: Row[], format: 'text' | 'markdown'): string {
  const cols: Array<keyof Row> = ['date', 'actor', 'action', 'legalBasis', 'deadline'];
  const head: Row = { date: 'Date', actor: 'Actor', action: 'Action', legalBasis: 'Legal basis', deadline: 'Deadline' };
  if (format === 'markdown') {
    const esc = (s: string) => s.replace(/\|/g, '\\|');
    return [`## ${title}`, '', `| ${cols.map((c) => head[c]).join(' | ')} |`, `|${cols.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${cols.map((c) => esc(r[c])).join(' | ')} |`), ''].join('\n');
  }
  const lines = [title, '='.repeat(title.length)];
  for (const r of rows) {
    lines.push(`${r.date}  ${r.action}`, `            by ${r.actor}`, `            under ${r.legalBasis}`, `            deadline: ${r.deadline}`);
  }
  if (rows.length === 0) lines.push('(nothing on record in this view)');
  return lines.join('\n') + '\n';
}

async function replay(q: LedgerQueries, o: { stream?: string; body?: string; asAt?: string; recordedOn?: string; format?: 'text' | 'markdown' }): Promise<string> {
  const view = { asAt: o.asAt, recordedOn: o.recordedOn, visibility: 'all' as const };
  const when = [o.asAt ? `as at ${o.asAt}` : null, o.recordedOn ? `as recorded on ${o.recordedOn}` : null].filter(Boolean).join(', ') || 'as now recorded';
  const rows: Row[] = [];
  let title: string;
  if (o.stream) {
    let cursor: string | null = null;
    let status = '';
    do {
      const c = await q.getCase(o.stream, { ...view, timelineCursor: cursor, timelineLimit: 500 });
      if (!c) return `${o.stream}: no such case ${when}\n`;
      status = `${c.aggregateType} ${c.caseId}: ${c.status}`;
      rows.push(...c.timeline.items.map(fromTimeline));
      cursor = c.timeline.nextCursor;
    } while (cursor);
    rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    title = `${status} (${when})`;
  } else {
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<LedgerQueries['trail']>> = await q.trail({ body: o.body, asAt: o.asAt, recordedOn: o.recordedOn, visibility: 'all', limit: 500, cursor });
      rows.push(...page.items.map(fromTrail));
      cursor = page.nextCursor;
    } while (cursor);
    title = `Acts of ${o.body} (${when})`;
  }
  return render(title, rows, o.format ?? 'text');
}

/** `ledger replay`: a committee-readable timeline of one case or one body, as at a date. */
export function register(program: Command): void {
  program
    .command('replay')
    .description('Print the timeline of a case (--stream) or of a body (--body) as at a date, for a committee')
    .option('--stream <stream>', 'case stream, e.g. csp-report-requirement:medway-2013')
    .option('--body <body>', 'body, e.g. kent-pcc')
    .option('--as-at <date>', 'effective-time view: acts on or before this day (YYYY-MM-DD)')
    .option('--recorded-on <date>', 'what the record showed at the end of this day (YYYY-MM-DD)')
    .option('--format <format>', 'text or markdown', 'text')
    .action(async (o: { stream?: string; body?: string; asAt?: string; recordedOn?: string; format: string }) => {
      if (!!o.stream === !!o.body) throw new Error('give exactly one of --stream or --body');
      if (o.format !== 'text' && o.format !== 'markdown') throw new Error('--format must be text or markdown');
      const ctx = await openProjections();
      try {
        // Bring the read model up to the log first (safe alongside a running server: checkpoints are checked).
        await ctx.rm.runner.start();
        await ctx.rm.runner.waitUntilCaughtUp();
        await ctx.rm.runner.stop();
        process.stdout.write(await replay(ctx.rm.queries, { ...o, format: o.format }));
      } finally {
        await ctx.close();
      }
    });
}
