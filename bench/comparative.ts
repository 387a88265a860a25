/**
 * The workloads run side by side with Emmett: product (A) and peer (B) in turn, A B A B …,
 * each run in a child process of its own (peak RSS from that child's getrusage maxRSS).
 * The product's side is bench/workloads.ts; the peer's is bench/peers/workload.mjs.
 */
import { join } from 'node:path';
import { lastJson, PEERS, runChild, tsxArgs } from './lib/child';
import { median } from './lib/format';

export type Side = 'product' | 'peer';
export type Backend = 'sqlite' | 'postgres';

export interface Pair {
  id: string;
  label: string;
  backend: Backend;
  spec: Record<string, unknown>;
  /** Metrics this pair reports: key in the child's JSON → label. */
  metrics: { key: string; label: string }[];
  /** Why the peer cannot run this workload, if it cannot. */
  peerUnsupported?: string;
}

export interface Run {
  pair: string;
  side: Side;
  round: number;
  ok: boolean;
  error?: string;
  metrics: Record<string, number>;
  peakRssMb: number | null;
}

export interface PairSummary {
  id: string;
  label: string;
  backend: Backend;
  peerUnsupported: string | null;
  metrics: {
    key: string;
    label: string;
    product: number | null;
    productRuns: (number | null)[];
    peer: number | null;
    peerRuns: (number | null)[];
    ratio: number | null;
  }[];
  productPeakRssMb: number | null;
  peerPeakRssMb: number | null;
  errors: string[];
}

export interface PairSettings {
  appendSeconds: number;
  streams: number;
  readEventsPerStream: number;
  readAppendBatch: number;
}

const EMMETT_SQLITE_SINGLE_WRITER =
  "Emmett's SQLite store is single-writer: on its one shared connection, concurrent writers' transactions would nest into one; with its default per-operation connections (no busy timeout), 16 writers hit SQLITE_BUSY and the run fails (see Method)";

export function pairs(pg: boolean, s: PairSettings): Pair[] {
  const out: Pair[] = [];
  for (const backend of ['sqlite', 'postgres'] as Backend[]) {
    if (backend === 'postgres' && !pg) continue;
    const name = backend === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    for (const writers of [1, 16]) {
      out.push({
        id: `append-${writers}w-${backend}`,
        label: `${name}: single-event appends with expected revision, ${writers} writer${writers > 1 ? 's' : ''}, ${s.streams.toLocaleString('en-GB')} streams`,
        backend,
        spec: { kind: 'append', backend, writers, seconds: s.appendSeconds, streams: s.streams },
        metrics: [{ key: 'eventsPerSecond', label: 'events/s' }],
        peerUnsupported: backend === 'sqlite' && writers > 1 ? EMMETT_SQLITE_SINGLE_WRITER : undefined,
      });
    }
    out.push({
      id: `read-${backend}`,
      label: `${name}: reads over ${(s.streams * s.readEventsPerStream).toLocaleString('en-GB')} events in ${s.streams.toLocaleString('en-GB')} streams`,
      backend,
      spec: {
        kind: 'read',
        backend,
        streams: s.streams,
        eventsPerStream: s.readEventsPerStream,
        appendBatch: s.readAppendBatch,
      },
      metrics: [
        {
          key: 'readStreamEventsPerSecond',
          label: `read whole streams (${s.readEventsPerStream} events each), events/s`,
        },
        { key: 'readAllEventsPerSecond', label: 'read the whole log in global order, events/s' },
      ],
    });
  }
  return out;
}

export async function runSide(pair: Pair, side: Side, round: number, pgUrl: string): Promise<Run> {
  const spec = JSON.stringify({ ...pair.spec, pgUrl });
  const r =
    side === 'product'
      ? await runChild(tsxArgs('bench/workloads.ts', spec))
      : await runChild([join(PEERS, 'workload.mjs'), spec], {}, PEERS);
  const j = lastJson(r.out);
  const metrics: Record<string, number> = {};
  if (j?.ok) for (const m of pair.metrics) if (typeof j[m.key] === 'number') metrics[m.key] = j[m.key] as number;
  return {
    pair: pair.id,
    side,
    round,
    ok: Boolean(j?.ok),
    error: j?.ok ? undefined : String(j?.error ?? r.err.trim().split('\n').slice(-3).join(' ')).slice(0, 300),
    metrics,
    peakRssMb: typeof j?.peakRssMb === 'number' ? (j.peakRssMb as number) : r.polledPeakRssMb,
  };
}

export function summarise(plan: Pair[], runs: Run[]): PairSummary[] {
  return plan.map((p) => {
    const per = (side: Side) => runs.filter((r) => r.pair === p.id && r.side === side);
    const values = (side: Side, key: string) =>
      per(side)
        .filter((r) => r.ok && r.metrics[key] !== undefined)
        .map((r) => r.metrics[key]);
    const metrics = p.metrics.map((m) => {
      const product = median(values('product', m.key));
      const peer = median(values('peer', m.key));
      return {
        key: m.key,
        label: m.label,
        product,
        productRuns: per('product').map((r) => r.metrics[m.key] ?? null),
        peer,
        peerRuns: per('peer').map((r) => r.metrics[m.key] ?? null),
        ratio: product !== null && peer !== null && peer > 0 ? product / peer : null,
      };
    });
    const rss = (side: Side) => median(per(side).flatMap((r) => (r.peakRssMb === null ? [] : [r.peakRssMb])));
    return {
      id: p.id,
      label: p.label,
      backend: p.backend,
      peerUnsupported: p.peerUnsupported ?? null,
      metrics,
      productPeakRssMb: rss('product'),
      peerPeakRssMb: rss('peer'),
      errors: [...per('product'), ...per('peer')]
        .filter((r) => !r.ok)
        .map((r) => `${r.side} round ${r.round}: ${r.error}`),
    };
  });
}
