/**
 * The read workloads on the large cached log (bench/scale-log.ts), one per child process so each
 * peak RSS is its own (P7, P8):
 *
 *   tsx bench/scale.bench.ts asat <log> <read-model>      getCase as-at / recorded-on on the 10k-event stream
 *   tsx bench/scale.bench.ts readall <log>                the port's readAll over the whole log
 *
 * Each prints one JSON line. Rebuild, export and verify are the `ledger` command itself
 * (bench/lib/ledger-cli.ts, run by scale-run).
 */
import { join } from 'node:path';
import type * as EventStoreSqlite from '@ledger/event-store/sqlite';
import { failAndExit, reportAndExit } from './lib/child';
import { percentile, secondsSince } from './lib/format';

// Each phase loads only the modules it runs, so its peak RSS is not that of code it never calls
// (scale-log brings the generator).
const fromLibs = <T>(path: string): Promise<T> => import(join(__dirname, '..', 'libs', path)) as Promise<T>;
const loadEventStore = () => fromLibs<typeof EventStoreSqlite>('event-store/src/sqlite');
const loadProjections = () => import('@ledger/projections');
const loadScaleLog = () => import('./scale-log');

async function asAt(log: string, readModel: string, queries: number) {
  const [{ SqliteEventStore }, { openReadModel }] = await Promise.all([loadEventStore(), loadProjections()]);
  const { LONG_STREAM, LONG_STREAM_EVENTS } = await loadScaleLog();
  const store = await SqliteEventStore.open({ file: log });
  const events = Number(await store.headPosition());
  const rm = await openReadModel(store, { backend: 'sqlite', file: readModel });
  const long = await rm.queries.getCase(LONG_STREAM, { visibility: 'all', timelineLimit: 0 });
  if (!long || long.eventCount !== LONG_STREAM_EVENTS)
    throw new Error(`expected a ${LONG_STREAM_EVENTS}-event stream, got ${long?.eventCount}`);
  const first = Date.parse(long.openedOn as string);
  const spanDays = (Date.parse(long.lastActOn as string) - first) / 86_400_000;
  const dates = Array.from({ length: queries }, (_, i) =>
    new Date(first + Math.floor((((i * 7919) % queries) / queries) * spanDays) * 86_400_000).toISOString().slice(0, 10),
  );
  const measure = async (key: 'asAt' | 'recordedOn') => {
    for (const d of dates.slice(0, 50))
      await rm.queries.getCase(LONG_STREAM, { [key]: d, visibility: 'all', timelineLimit: 20 });
    const ms: number[] = [];
    for (const d of dates) {
      const t = process.hrtime.bigint();
      const r = await rm.queries.getCase(LONG_STREAM, { [key]: d, visibility: 'all', timelineLimit: 20 });
      ms.push(secondsSince(t) * 1000);
      if (!r) throw new Error(`no case as at ${d}`);
    }
    return { p50: percentile(ms, 0.5), p99: percentile(ms, 0.99) };
  };
  const a = await measure('asAt');
  const r = await measure('recordedOn');
  await rm.close();
  await store.close();
  return { events, queries, asAtP50: a.p50, asAtP99: a.p99, recordedOnP50: r.p50, recordedOnP99: r.p99 };
}

async function readAll(log: string) {
  const { SqliteEventStore } = await loadEventStore();
  const store = await SqliteEventStore.open({ file: log });
  const t = process.hrtime.bigint();
  let n = 0;
  for await (const _ of store.readAll({})) n++;
  const seconds = secondsSince(t);
  await store.close();
  return { events: n, seconds, eventsPerSecond: Math.round(n / seconds) };
}

async function main(): Promise<Record<string, unknown>> {
  const [phase, a, b] = process.argv.slice(2);
  switch (phase) {
    case 'asat':
      return asAt(a, b, Number(process.env.BENCH_ASAT_QUERIES ?? 1000));
    case 'readall':
      return readAll(a);
    default:
      throw new Error(`unknown phase ${phase}`);
  }
}

if (require.main === module) main().then(reportAndExit, failAndExit);
