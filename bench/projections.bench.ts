/**
 * Projections benchmark. Run: npx tsx bench/projections.bench.ts [events]
 *
 *  1. A log of 1M events (default) of a realistic mix, generated through the real deciders
 *     and appended through the SQLite adapter, plus one CSP with a 10k-event stream. The log
 *     is cached in the OS temp folder (first run ~5 min to append; later runs reuse it).
 *  2. The store's own read rate (readAll over the whole log): the ceiling for any projector.
 *  3. A full rebuild of every projection (read model in its own SQLite file, so the cached
 *     log stays clean), events/s.
 *  4. getCase(stream, { asAt }) on the 10k-event stream at random dates: p50 / p99 (ms),
 *     and the same with recordedOn.
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { openReadModel } from '@ledger/projections';
import { appendGenerated, generateAppends } from '@ledger/projections/testing/generate';

const TOTAL = Number(process.argv[2] ?? 1_000_000);
const LONG = 10_000;
const LONG_STREAM = 'community-safety-partnership:kent-long';

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
}

async function main(): Promise<void> {
  const cache = join(tmpdir(), `ledger-bench-projections-${TOTAL}-v2.sqlite`);
  if (!existsSync(cache)) {
    const partial = `${cache}.partial`;
    rmSync(partial, { force: true });
    const t = Date.now();
    const store = await SqliteEventStore.open({ file: partial });
    let last = 0;
    const n = await appendGenerated(
      store,
      (function* () {
        let count = 0;
        for (const a of generateAppends(TOTAL, 42, { longStream: { events: LONG } })) {
          count += a.events.length;
          if (count - last >= 50_000) {
            last = count;
            process.stderr.write(`\rgenerating the log: ${count} events, ${Math.round(count / ((Date.now() - t) / 1000))}/s`);
          }
          yield a;
        }
      })(),
      512,
    );
    await store.close();
    for (const ext of ['-wal', '-shm']) rmSync(partial + ext, { force: true });
    renameSync(partial, cache);
    process.stderr.write(`\rgenerated ${n} events in ${((Date.now() - t) / 1000).toFixed(0)} s${' '.repeat(20)}\n`);
  }
  const store = await SqliteEventStore.open({ file: cache });
  const events = Number(await store.headPosition());

  let t = performance.now();
  let c = 0;
  for await (const _ of store.readAll({})) c++;
  const readRate = c / ((performance.now() - t) / 1000);

  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-rm-'));
  const rm = await openReadModel(store, { backend: 'sqlite', file: join(dir, 'read-model.sqlite') }, { rebuildBatchSize: 10_000 });
  t = performance.now();
  let lastReport = 0;
  await rm.runner.rebuild(undefined, (p) => {
    if (p.done - lastReport >= 100_000 || p.phase !== 'loading') {
      lastReport = p.done;
      process.stderr.write(`\rrebuild ${p.phase} ${p.done}/${p.total} ${p.eventsPerSecond}/s   `);
    }
  });
  const rebuildSecs = (performance.now() - t) / 1000;
  process.stderr.write('\n');

  const long = await rm.queries.getCase(LONG_STREAM, { visibility: 'all', timelineLimit: 0 });
  if (!long || long.eventCount !== LONG) throw new Error(`expected a ${LONG}-event stream, got ${long?.eventCount}`);
  const first = long.openedOn as string;
  const span = (Date.parse(long.lastActOn as string) - Date.parse(first)) / 86_400_000;
  const dates = Array.from({ length: 1000 }, (_, i) => new Date(Date.parse(first) + Math.floor(((i * 7919) % 1000) / 1000 * span) * 86_400_000).toISOString().slice(0, 10));
  const measure = async (key: 'asAt' | 'recordedOn') => {
    for (const d of dates.slice(0, 50)) await rm.queries.getCase(LONG_STREAM, { [key]: d, visibility: 'all', timelineLimit: 20 }); // warm up
    const ms: number[] = [];
    for (const d of dates) {
      const s = performance.now();
      const r = await rm.queries.getCase(LONG_STREAM, { [key]: d, visibility: 'all', timelineLimit: 20 });
      ms.push(performance.now() - s);
      if (!r) throw new Error(`no case as at ${d}`);
    }
    return { p50: pct(ms, 0.5), p99: pct(ms, 0.99) };
  };
  const asAt = await measure('asAt');
  const recordedOn = await measure('recordedOn');
  const st = await rm.runner.status();

  const lines = [
    `Projections benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, SQLite (better-sqlite3, WAL)`,
    `log: ${events} events (realistic mix generated through the deciders + one ${LONG}-event CSP stream)`,
    `store readAll alone: ${Math.round(readRate)} events/s (the ceiling for any projector reading through the port)`,
    `rebuild of ${st.projections.map((p) => p.name).join(' + ')}: ${rebuildSecs.toFixed(1)} s = ${Math.round(events / rebuildSecs)} events/s`,
    `getCase asAt on the ${LONG}-event stream (timeline of 20): p50 ${asAt.p50.toFixed(2)} ms, p99 ${asAt.p99.toFixed(2)} ms`,
    `getCase recordedOn on the ${LONG}-event stream (timeline of 20): p50 ${recordedOn.p50.toFixed(2)} ms, p99 ${recordedOn.p99.toFixed(2)} ms`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  await rm.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
