/**
 * The workloads on the large cached log (bench/scale-log.ts), one per child process so each
 * peak RSS is its own (P4, P5, P7):
 *
 *   tsx bench/scale.bench.ts rebuild <log> <read-model>   rebuild every projection into <read-model>
 *   tsx bench/scale.bench.ts asat <log> <read-model>      getCase as-at / recorded-on on the 10k-event stream
 *   tsx bench/scale.bench.ts readall <log>                the port's readAll over the whole log
 *   tsx bench/scale.bench.ts export <log> <key> <out>     JSONL export of the whole log
 *   tsx bench/scale.bench.ts verify <out> <key>           verify that export
 *
 * Each prints one JSON line. Nothing here writes to the cached log: the read model, the export
 * and the sealer's reads all go elsewhere or only read.
 *
 * scale-run runs export and verify from the build instead: bench/lib/compiled.ts transpiles this
 * file to dist/bench/scale.bench.js (`node dist/bench/scale.bench.js export|verify …`, same
 * arguments), which loads the libraries from dist/libs as `ledger export` and `ledger verify` do,
 * so their peak RSS is the product's and not that of tsx's loader.
 */
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type * as EventStoreSqlite from '@ledger/event-store/sqlite';
import type * as Signer from '@ledger/audit/keys/signer';
import type * as SealerStorageSqlite from '@ledger/audit/storage/sqlite';
import type * as SealerModule from '@ledger/audit/sealer/sealer';
import type * as Jsonl from '@ledger/audit/export/jsonl';
import type * as Parallel from '@ledger/audit/verify/parallel';
import { failAndExit, reportAndExit } from './lib/child';
import { percentile, secondsSince } from './lib/format';
import { timedVerify } from './lib/timed-verify';

// Each phase loads only the modules it runs, so its peak RSS is not that of code it never calls
// (the audit index alone brings the PDF and witness code; scale-log brings the generator).
// A module of libs/ by path, so the same code loads source under tsx and dist/libs when compiled.
const fromLibs = <T>(path: string): Promise<T> => import(join(__dirname, '..', 'libs', path)) as Promise<T>;
const loadEventStore = () => fromLibs<typeof EventStoreSqlite>('event-store/src/sqlite');
const loadProjections = () => import('@ledger/projections');
const loadScaleLog = () => import('./scale-log');

async function rebuild(log: string, readModel: string) {
  const [{ SqliteEventStore }, { openReadModel }] = await Promise.all([loadEventStore(), loadProjections()]);
  const store = await SqliteEventStore.open({ file: log });
  const events = Number(await store.headPosition());
  const rm = await openReadModel(store, { backend: 'sqlite', file: readModel }, { rebuildBatchSize: 10_000 });
  const t = process.hrtime.bigint();
  await rm.runner.rebuild();
  const seconds = secondsSince(t);
  const projections = (await rm.runner.status()).projections.map((p) => p.name);
  await rm.close();
  await store.close();
  return { events, seconds, eventsPerSecond: Math.round(events / seconds), projections };
}

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

async function exportLog(log: string, keyFile: string, out: string) {
  const { SqliteEventStore } = await loadEventStore();
  const { LogSigner } = await fromLibs<typeof Signer>('audit/src/keys/signer');
  const { SqliteSealerStorage } = await fromLibs<typeof SealerStorageSqlite>('audit/src/storage/sqlite');
  const { Sealer } = await fromLibs<typeof SealerModule>('audit/src/sealer/sealer');
  const { exportJsonl } = await fromLibs<typeof Jsonl>('audit/src/export/jsonl');
  const signer = LogSigner.parse(readFileSync(keyFile, 'utf8'));
  const store = await SqliteEventStore.open({ file: log });
  // The export reads the log once in order: a small page cache keeps its memory flat.
  const storage = await SqliteSealerStorage.open(log, { cacheKiB: 4096 });
  // The log's origin is the first line of its checkpoints (scale-log names it).
  const origin = (await storage.latestCheckpoint())?.note.split('\n')[0] ?? '';
  const sealer = await Sealer.open({ source: store, storage, signer, origin });
  const scope = { kind: 'dateRange', field: 'recordedAt', from: '2000-01-01', to: '2100-01-01' } as const;
  const t = process.hrtime.bigint();
  // A date range: the exporter reads the sealed rows itself, in leaf order.
  const r = await exportJsonl({
    proofs: sealer.proofs,
    out: createWriteStream(out),
    scope,
  });
  const seconds = secondsSince(t);
  const bytes = statSync(out).size;
  await storage.close();
  await store.close();
  return {
    events: r.count,
    seconds,
    eventsPerSecond: Math.round(r.count / seconds),
    bytes,
    lineBytes: Math.round(bytes / Math.max(1, r.count)),
    vkey: signer.vkey,
  };
}

async function verify(out: string, keyFile: string) {
  const { LogSigner } = await fromLibs<typeof Signer>('audit/src/keys/signer');
  const parallel = await fromLibs<typeof Parallel>('audit/src/verify/parallel');
  const vkey = LogSigner.parse(readFileSync(keyFile, 'utf8')).vkey;
  const { r, seconds } = await timedVerify(parallel, out, vkey);
  return {
    events: r.events,
    seconds,
    eventsPerSecond: Math.round(r.events / seconds),
    verifyOk: r.ok,
    failure: r.ok ? null : String(r.failures[0] ?? ''),
  };
}

async function main(): Promise<Record<string, unknown>> {
  const [phase, a, b, c] = process.argv.slice(2);
  switch (phase) {
    case 'rebuild':
      return rebuild(a, b);
    case 'asat':
      return asAt(a, b, Number(process.env.BENCH_ASAT_QUERIES ?? 1000));
    case 'readall':
      return readAll(a);
    case 'export':
      return exportLog(a, b, c);
    case 'verify':
      return verify(a, b);
    default:
      throw new Error(`unknown phase ${phase}`);
  }
}

if (require.main === module) main().then(reportAndExit, failAndExit);
