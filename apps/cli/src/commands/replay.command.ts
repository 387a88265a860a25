import type { Command } from 'commander';
import {
  bodyName,
  caseName,
  caseStatusLabel,
  DEADLINE_STATUS_LABELS,
  eventLabel,
  longDate,
  plainCitation,
  plainFacts,
  processName,
  RECORD_CORRECTED,
  ROLE_LABELS,
  summariseEvent,
  wordsOf,
} from '@ledger/domain';
import type { LedgerQueries, TimelineEntry, TrailEntry } from '@ledger/projections';
import { openProjections } from './projections-context';

/** One act as a committee reads it: every field in words, dates long, no codes or JSON. */
interface Row {
  date: string;
  what: string;
  details: string;
  corrected: string;
  who: string;
  power: string;
  deadline: string;
}

const RELATIONS: Record<string, string> = {
  triggered: 'started',
  discharged: 'done',
  changed: 'changed',
  withdrawn: 'withdrawn',
};

interface Correction {
  field: string;
  oldValue: unknown;
  newValue: unknown;
  reason: string;
}

function deadlineText(
  ds: Array<{ label: string; dueOn: string; status: string; relation: string }>,
  late: boolean,
): string {
  const parts = ds.map(
    (d) =>
      `${DEADLINE_STATUS_LABELS[d.status] ?? wordsOf(d.status)}: ${d.label}, due ${longDate(d.dueOn)} (${RELATIONS[d.relation] ?? wordsOf(d.relation).toLowerCase()} by this act)`,
  );
  if (late && !ds.some((d) => d.relation === 'discharged'))
    parts.unshift('Late: the act was flagged as late when it was recorded');
  return parts.join('; ');
}

function who(actor: { name: string; role: string; body: string }): string {
  return `${actor.name}, ${ROLE_LABELS[actor.role] ?? wordsOf(actor.role)}, for ${bodyName(actor.body)}`;
}

/** "Correction: Date of the election was recorded as 15 November 2013 and is corrected to 15 November 2012. Reason: ..." */
function correctionText(c: Correction, seen: Set<string>): string {
  const sentence = summariseEvent(RECORD_CORRECTED, {
    field: c.field.replace(/^data\./, ''),
    oldValue: c.oldValue,
    newValue: c.newValue,
  });
  // The reason is free text, often with citations: in words like every citation.
  return c.reason ? `${sentence} Reason: ${plainCitation(c.reason, seen).replace(/\.?$/, '.')}` : sentence;
}

function fromTimeline(e: TimelineEntry, seen: Set<string>): Row {
  return {
    date: longDate(e.effectiveAt),
    what: e.correctionOf ? correctionText(e.correctionOf, seen) : summariseEvent(e.type, e.data),
    details: e.correctionOf
      ? ''
      : plainFacts(e.type, e.data)
          .map((f) => `${f.label}: ${f.value}`)
          .join('; '),
    corrected: e.corrections.map((c) => correctionText(c, seen)).join(' '),
    who: who(e.actor),
    power: plainCitation(e.legalBasis, seen),
    deadline: deadlineText(
      e.deadlines,
      e.findings.some((f) => f.kind === 'late'),
    ),
  };
}

function fromTrail(e: TrailEntry, seen: Set<string>): Row {
  return {
    date: longDate(e.effectiveOn),
    what: `${e.correction ? correctionText(e.correction, seen) : `${eventLabel(e.type)}.`} Case: ${caseName(e.caseId)} (${processName(e.aggregateType)}).`,
    details: '',
    corrected: '',
    who: who(e.actor),
    power: plainCitation(e.legalBasis, seen),
    deadline: deadlineText(e.deadlines, e.late),
  };
}

const HEAD: Record<keyof Row, string> = {
  date: 'Date',
  what: 'What happened',
  details: 'Details',
  corrected: 'Corrected later',
  who: 'Who',
  power: 'Under',
  deadline: 'Deadline',
};

function render(title: string[], rows: Row[], format: 'text' | 'markdown'): string {
  const cols: Array<keyof Row> = ['date', 'what', 'details', 'corrected', 'who', 'power', 'deadline'];
  if (format === 'markdown') {
    const esc = (s: string) => s.replace(/\|/g, '\\|');
    return [
      `## ${title[0]}`,
      '',
      ...title.slice(1),
      '',
      `| ${cols.map((c) => HEAD[c]).join(' | ')} |`,
      `|${cols.map(() => '---').join('|')}|`,
      ...rows.map((r) => `| ${cols.map((c) => esc(r[c])).join(' | ')} |`),
      '',
    ].join('\n');
  }
  const lines = [...title, '='.repeat(Math.max(...title.map((t) => t.length)))];
  for (const r of rows) {
    lines.push(`${r.date}  ${r.what}`);
    for (const c of ['details', 'corrected', 'who', 'power', 'deadline'] as const)
      if (r[c]) lines.push(`    ${HEAD[c]}: ${r[c]}`);
  }
  if (rows.length === 0) lines.push('Nothing is on record in this view.');
  return lines.join('\n') + '\n';
}

async function replay(
  q: LedgerQueries,
  o: { stream?: string; body?: string; asAt?: string; recordedOn?: string; format?: 'text' | 'markdown' },
): Promise<string> {
  const view = { asAt: o.asAt, recordedOn: o.recordedOn, visibility: 'all' as const };
  const when =
    [o.asAt ? `as at ${longDate(o.asAt)}` : null, o.recordedOn ? `as recorded on ${longDate(o.recordedOn)}` : null]
      .filter(Boolean)
      .join(', ') || 'as now recorded';
  const seen = new Set<string>();
  const rows: Row[] = [];
  let title: string[];
  if (o.stream) {
    let cursor: string | null = null;
    const entries: TimelineEntry[] = [];
    let head: string[] = [];
    do {
      const c = await q.getCase(o.stream, { ...view, timelineCursor: cursor, timelineLimit: 500 });
      if (!c) return `No case ${o.stream} is on record ${when}.\n`;
      head = [
        `${processName(c.aggregateType)}: ${caseName(c.caseId)}`,
        `Status: ${caseStatusLabel(c.aggregateType, c.status)} (${when}).`,
      ];
      entries.push(...c.timeline.items);
      cursor = c.timeline.nextCursor;
    } while (cursor);
    entries.sort((a, b) =>
      a.effectiveAt.slice(0, 10) < b.effectiveAt.slice(0, 10)
        ? -1
        : a.effectiveAt.slice(0, 10) > b.effectiveAt.slice(0, 10)
          ? 1
          : 0,
    );
    rows.push(...entries.map((e) => fromTimeline(e, seen)));
    title = head;
  } else {
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<LedgerQueries['trail']>> = await q.trail({
        body: o.body,
        asAt: o.asAt,
        recordedOn: o.recordedOn,
        visibility: 'all',
        limit: 500,
        cursor,
      });
      rows.push(...page.items.map((e) => fromTrail(e, seen)));
      cursor = page.nextCursor;
    } while (cursor);
    title = [`Acts of ${bodyName(o.body)}`, `${when.replace(/^./, (c) => c.toUpperCase())}.`];
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
