/**
 * The goals P1–P8 exactly as issue 19 states them, each judged against its target and against
 * the limit this machine showed in the same round (bench/probes.ts). A goal line says the
 * figure, the goal, met or short and by how much, and the figure's ratio to its limit.
 */
import type { ProbeResult } from './probes';
import { fmt } from './lib/format';

export interface Figures {
  /** Per round: the product's figure and that round's probes, for the append goals. */
  appendRounds: Record<string, { value: number; probes: ProbeResult }[]>;
  /** Emmett's medians for the read workloads, for P8. */
  reads: Record<string, { product: number | null; peer: number | null }>;
  /** The probes taken just before the single-run workloads (HTTP, rebuild, export, verify, as-at). */
  probes: ProbeResult | null;
  http: { commandsPerSecond: number; p99: number; non2xx: number; errors: number; timeouts: number } | null;
  rebuild: { eventsPerSecond: number; peakRssMb: number | null; events: number } | null;
  exported: { seconds: number; peakRssMb: number | null; events: number; lineBytes: number } | null;
  verified: { seconds: number; peakRssMb: number | null; ok: boolean; failure: string | null } | null;
  asAt: { p99: number; logEvents: number; queries: number } | null;
}

export interface GoalLine {
  id: string;
  goal: string;
  measured: string;
  status: 'met' | 'short' | 'failed' | 'not measured' | 'not judged';
  /** "—" when met; else how far off, in the unit and in percent. */
  gap: string;
  /** The figure ÷ the limit this run measured for it (higher-is-better figures), or limit ÷ figure (lower-is-better), with what the limit is. */
  ratioToLimit: string;
  basis: string;
}

interface Check {
  id: string;
  goal: string;
  value: number | null;
  target: number;
  better: 'higher' | 'lower';
  unit: string;
  digits?: number;
  /** The figure as a fraction of what this machine's bare operation did (1 = at the limit), and what that limit is. */
  limit: { ratio: number | null; what: string } | null;
  basis: string;
  /** Set when the figure was taken below the goal's own size (a --quick run): shown, never judged. */
  belowGoalSize?: boolean;
  /** Why the workload failed (a verify that did not verify): a failed run meets no goal, however fast. */
  failure?: string;
}

/** higher-is-better figure ÷ limit, or limit ÷ lower-is-better figure: 1 means at the limit. */
const over = (
  figure: number | null | undefined,
  limit: number | null | undefined,
  better: 'higher' | 'lower',
): number | null => (figure && limit ? (better === 'higher' ? figure / limit : limit / figure) : null);

const median = (xs: number[]): number | null => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function line(c: Check): GoalLine {
  /** A line with no figure to judge: why, and on what basis. */
  const unjudged = (status: 'failed' | 'not measured', basis: string): GoalLine => ({
    id: c.id,
    goal: c.goal,
    measured: '—',
    status,
    gap: '—',
    ratioToLimit: '—',
    basis,
  });
  if (c.failure) return unjudged('failed', `${c.basis}; failed: ${c.failure}`);
  if (c.value === null || Number.isNaN(c.value)) return unjudged('not measured', c.basis);
  if (c.belowGoalSize)
    return {
      id: c.id,
      goal: c.goal,
      measured: `${fmt(c.value, c.digits ?? 0)}${c.unit}`,
      status: 'not judged',
      gap: '—',
      ratioToLimit: c.limit?.ratio ? `${c.limit.ratio.toFixed(2)} of ${c.limit.what}` : '—',
      basis: c.basis,
    };
  const met = c.better === 'higher' ? c.value >= c.target : c.value <= c.target;
  const gap = c.better === 'higher' ? c.target - c.value : c.value - c.target;
  const pct =
    c.target === 0 ? '' : ` (${Math.round((100 * gap) / c.target)}% ${c.better === 'higher' ? 'below' : 'over'})`;
  const r = c.limit?.ratio ?? null;
  return {
    id: c.id,
    goal: c.goal,
    measured: `${fmt(c.value, c.digits ?? 0)}${c.unit}`,
    status: met ? 'met' : 'short',
    gap: met ? '—' : `${c.better === 'higher' ? '−' : '+'}${fmt(gap, c.digits ?? 0)}${c.unit}${pct}`,
    ratioToLimit: c.limit
      ? r === null
        ? `— (${c.limit.what}: not measured)`
        : `${r.toFixed(2)} of ${c.limit.what}`
      : '— (no probe bounds it)',
    basis: c.basis,
  };
}

/** Median over rounds of figure ÷ that round's limit: ratios taken in the same state. */
function sameRoundRatio(
  rounds: { value: number; probes: ProbeResult }[],
  limitOf: (p: ProbeResult) => number | null,
): number | null {
  return median(rounds.flatMap((r) => (limitOf(r.probes) ? [r.value / (limitOf(r.probes) as number)] : [])));
}

function appendChecks(f: Figures, basis: string): Check[] {
  const rounds = (id: string) => f.appendRounds[id] ?? [];
  const med = (id: string) => median(rounds(id).map((r) => r.value));
  const raw1 = sameRoundRatio(rounds('append-1w-sqlite'), (p) => p.sqliteInsert1PerTxRowsPerSecond);
  const raw16 = sameRoundRatio(rounds('append-16w-sqlite'), (p) => p.sqliteInsert16PerTxRowsPerSecond);
  const pg1 = sameRoundRatio(rounds('append-1w-postgres'), (p) => p.pgCommit1PerSecond);
  const pg16 = sameRoundRatio(rounds('append-16w-postgres'), (p) => p.pgCommit16PerTxRowsPerSecond);
  const asRatio = (id: string, goal: string, r: number | null, target: number, what: string): Check => ({
    id,
    goal,
    value: r,
    target,
    better: 'higher',
    unit: '×',
    digits: 2,
    limit: { ratio: r, what },
    basis: `${basis}; median over rounds of the ratio to ${what} measured in the same round`,
  });
  const rate = (id: string, goal: string, key: string, target: number, r: number | null, what: string): Check => ({
    id,
    goal,
    value: med(key),
    target,
    better: 'higher',
    unit: ' events/s',
    limit: { ratio: r, what },
    basis,
  });
  return [
    rate(
      'P1',
      'P1 SQLite, 1 writer, single-event appends with expected revision ≥ 5,000/s',
      'append-1w-sqlite',
      5000,
      raw1,
      'raw one-row-per-transaction SQLite inserts',
    ),
    asRatio(
      'P1-raw',
      'P1 … and ≥ 0.80 of raw SQLite one-row-per-transaction inserts (same round)',
      raw1,
      0.8,
      'raw SQLite one-row-per-transaction inserts',
    ),
    rate(
      'P2',
      'P2 SQLite, 16 writers ≥ 20,000 events/s',
      'append-16w-sqlite',
      20000,
      raw16,
      'raw 16-rows-per-transaction SQLite inserts',
    ),
    asRatio(
      'P2-raw',
      'P2 … and ≥ 0.80 of raw SQLite 16-rows-per-transaction inserts (same round)',
      raw16,
      0.8,
      'raw SQLite 16-rows-per-transaction inserts',
    ),
    asRatio(
      'P3-1w',
      'P3 PostgreSQL, 1 writer ≥ 0.80 of a bare one-row INSERT commit (same round)',
      pg1,
      0.8,
      'a bare one-row INSERT commit',
    ),
    rate(
      'P3-16w',
      'P3 PostgreSQL, 16 writers ≥ 12,000 events/s',
      'append-16w-postgres',
      12000,
      pg16,
      'bare 16-row INSERT commits',
    ),
  ];
}

function scaleChecks(f: Figures): Check[] {
  const p = f.probes;
  const at = (n: number | undefined) => (n ? `measured at ${fmt(n)} events` : 'not measured');
  const exportLimitSeconds = p && f.exported ? f.exported.events / p.writerChunkedLinesPerSecond : null;
  // Verify's floor: parse each line and hash its entry and one tree node (the root rebuilt once from all leaves).
  const verifyLimitSeconds =
    p && f.exported ? f.exported.events * (1 / p.jsonParsePerSecond + 2 / p.sha256PerSecond) : null;
  const small = (n: number | undefined) => n !== undefined && n < 1_000_000;
  const verifyFailure = f.verified && !f.verified.ok ? (f.verified.failure ?? 'the export did not verify') : undefined;
  /** A `ledger` command's peak RSS against its ceiling, in MB: there is no machine limit to compare it with. */
  const peakRss = (
    id: string,
    goal: string,
    target: number,
    workload: 'rebuild' | 'export' | 'verify',
    figures: { peakRssMb: number | null } | null,
    events: number | undefined,
    failure?: string,
  ): Check => ({
    id,
    goal,
    value: figures?.peakRssMb ?? null,
    failure,
    target,
    better: 'lower',
    unit: ' MB',
    limit: null,
    basis: `\`ledger ${workload}\`'s peak RSS (GNU time: the largest process of the command)`,
    belowGoalSize: small(events),
  });
  /** A P5 workload's time over the exported log, against 10 s and the machine's floor for it. */
  const exportSeconds = (
    id: string,
    goal: string,
    seconds: number | undefined,
    limitSeconds: number | null,
    limitWhat: string,
    failure?: string,
  ): Check => ({
    id,
    goal,
    value: seconds ?? null,
    failure,
    target: 10,
    better: 'lower',
    unit: ' s',
    digits: 1,
    limit: { ratio: over(seconds, limitSeconds, 'lower'), what: limitWhat },
    basis: at(f.exported?.events),
    belowGoalSize: small(f.exported?.events),
  });
  return [
    {
      id: 'P4',
      goal: 'P4 rebuild all projections from 1M events ≥ 200,000 events/s',
      value: f.rebuild?.eventsPerSecond ?? null,
      target: 200_000,
      better: 'higher',
      unit: ' events/s',
      limit: {
        ratio: over(f.rebuild?.eventsPerSecond, p?.rawReadRowsPerSecond, 'higher'),
        what: "better-sqlite3's raw sequential read of the same log",
      },
      basis: at(f.rebuild?.events),
      belowGoalSize: small(f.rebuild?.events),
    },
    peakRss('P4-rss', 'P4 … peak RSS ≤ 512 MB', 512, 'rebuild', f.rebuild, f.rebuild?.events),
    exportSeconds(
      'P5-export',
      'P5 export 1M events ≤ 10 s',
      f.exported?.seconds,
      exportLimitSeconds,
      `a streaming writer's time for as many ${fmt(p?.writerLineBytes)}-byte lines in 1 MiB chunks`,
    ),
    peakRss('P5-export-rss', 'P5 … export peak RSS ≤ 256 MB', 256, 'export', f.exported, f.exported?.events),
    exportSeconds(
      'P5-verify',
      'P5 verify that export ≤ 10 s',
      f.verified?.seconds,
      verifyLimitSeconds,
      'one core parsing each entry and taking 2 SHA-256 per event',
      verifyFailure,
    ),
    peakRss(
      'P5-verify-rss',
      'P5 … verify peak RSS ≤ 256 MB',
      256,
      'verify',
      f.verified,
      f.exported?.events,
      verifyFailure,
    ),
  ];
}

function httpChecks(f: Figures, basis: string): Check[] {
  const h = f.http;
  const p = f.probes;
  /** A figure of the HTTP run, with the same figure of bare Node http + JSON on this machine as its limit. */
  const vsBare = (
    id: string,
    goal: string,
    [value, bare]: [number | null | undefined, number | null | undefined],
    [target, better, unit]: [number, Check['better'], string],
    what: string,
  ): Check => ({
    id,
    goal,
    value: value ?? null,
    target,
    better,
    unit,
    limit: { ratio: over(value, bare, better), what },
    basis,
  });
  return [
    vsBare(
      'P6',
      'P6 HTTP, 64 connections, new cases and acts on existing cases ≥ 3,000 commands/s',
      [h?.commandsPerSecond, p?.bareHttpPerSecond],
      [3000, 'higher', '/s'],
      'bare Node http + JSON',
    ),
    vsBare('P6-p99', 'P6 … p99 ≤ 25 ms', [h?.p99, p?.bareHttpP99Ms], [25, 'lower', ' ms'], 'bare Node http + JSON p99'),
    {
      id: 'P6-errors',
      goal: 'P6 … 0 errors (non-2xx, socket errors, timeouts)',
      value: h ? h.non2xx + h.errors + h.timeouts : null,
      target: 0,
      better: 'lower',
      unit: '',
      limit: null,
      basis,
    },
  ];
}

function readChecks(f: Figures): Check[] {
  const p = f.probes;
  const rows = [
    ['P8-sqlite-streams', 'P8 SQLite: read whole streams ≥ Emmett', 'read-sqlite:readStreamEventsPerSecond', true],
    ['P8-sqlite-all', 'P8 SQLite: read the global log ≥ Emmett', 'read-sqlite:readAllEventsPerSecond', true],
    ['P8-pg-streams', 'P8 PostgreSQL: read whole streams ≥ Emmett', 'read-postgres:readStreamEventsPerSecond', false],
    ['P8-pg-all', 'P8 PostgreSQL: read the global log ≥ Emmett', 'read-postgres:readAllEventsPerSecond', false],
  ] as const;
  return rows.map(([id, goal, key, sqlite]) => {
    const r = f.reads[key];
    const ratio = r?.product && r.peer ? r.product / r.peer : null;
    return {
      id,
      goal,
      value: ratio,
      target: 1,
      better: 'higher',
      unit: '× Emmett',
      digits: 2,
      limit: sqlite
        ? {
            ratio: over(r?.product, p?.rawReadRowsPerSecond, 'higher'),
            what: "better-sqlite3's raw sequential read (product events/s ÷ raw rows/s)",
          }
        : null,
      basis: r?.product
        ? `product ${fmt(r.product)} events/s, Emmett ${fmt(r.peer)} events/s (medians)`
        : 'not measured',
    } satisfies Check;
  });
}

export function evaluateGoals(f: Figures, bases: { append: string; http: string }): GoalLine[] {
  const asAtLimit = {
    ratio: over(f.asAt?.p99, f.probes?.replayFloorP99Ms, 'lower'),
    what: 'p99 of reading 64 events of that stream raw and parsing them',
  };
  const asAt: Check = {
    id: 'P7',
    goal: 'P7 as-at on a 10k-event stream p99 ≤ 5 ms, in a 1M-event log',
    value: f.asAt?.p99 ?? null,
    target: 5,
    better: 'lower',
    unit: ' ms',
    digits: 2,
    limit: asAtLimit,
    basis: f.asAt
      ? `${fmt(f.asAt.queries)} queries at spread dates, in a log of ${fmt(f.asAt.logEvents)} events`
      : 'not measured',
    belowGoalSize: f.asAt ? f.asAt.logEvents < 1_000_000 : false,
  };
  return [
    ...appendChecks(f, bases.append),
    ...scaleChecks(f),
    ...httpChecks(f, bases.http),
    asAt,
    ...readChecks(f),
  ].map(line);
}
