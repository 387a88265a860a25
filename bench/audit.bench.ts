/**
 * Audit benchmark: seal a large log, issue checkpoints at that size, export it whole
 * as JSONL, verify the export. Export and verify run in child processes so their
 * peak RSS is their own.
 *
 *   npx tsx bench/audit.bench.ts                 (1M events, about 5 minutes on 2 cores)
 *   BENCH_EVENTS=100000 npx tsx bench/audit.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore, type NewEvent } from '@ledger/event-store';
import { exportJsonl, LogSigner, Sealer, SqliteSealerStorage } from '@ledger/audit';
import * as parallel from '@ledger/audit/verify/parallel';
import { timedVerify } from './lib/timed-verify';

const N = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const STREAMS = Math.max(1, Math.floor(N / 20));
const ORIGIN = 'bench.example/audit';
const HEAP_MB = 192;
/**
 * Young generation cap, MiB per semi-space. Node's default lets the young generation grow
 * to about 120 MB while the export and the verifier keep 30 to 90 MB alive: RSS then tracks
 * that, not the work. 4 MiB brings both well under 256 MB peak RSS.
 */
const SEMI_SPACE_MB = 4;
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const mb = (kb: number) => (kb / 1024).toFixed(0);

function ev(i: number): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'ReportRequested',
    schemaVersion: 1,
    data: { n: i },
    metadata: {
      actor: { id: 'a1', name: 'Officer', role: 'panel-secretariat', body: i % 2 ? 'kent-pcc' : 'kent-and-medway-pcp' },
      effectiveAt: '2013-02-01',
      recordedAt: '2024-01-01T00:00:00.000Z',
      legalBasis: 'PRSRA 2011 Sch 5 para 4',
      correlationId: 'c',
      causationId: null,
      classification: 'open',
    },
  };
}
const streamName = (k: number) => `case-${k.toString(36).padStart(5, '0')}`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'audit-bench-'));
  const file = join(dir, 'ledger.sqlite');
  const signer = LogSigner.generate(ORIGIN);
  const keyFile = join(dir, 'signing.key');
  writeFileSync(keyFile, signer.serialize(), { mode: 0o600 });
  console.log(
    `# audit benchmark, ${new Date().toISOString()}, ${cpus().length} cores (${cpus()[0]?.model}), node ${process.version}`,
  );
  console.log(`events ${N}, streams ${STREAMS}`);
  try {
    const store = await SqliteEventStore.open({ file });
    let t = process.hrtime.bigint();
    const CONC = 2000;
    for (let base = 0; base < N; base += CONC) {
      const jobs: Promise<unknown>[] = [];
      for (let i = base; i < Math.min(N, base + CONC); i++)
        jobs.push(store.append(streamName(i % STREAMS), [ev(i)], 'any'));
      await Promise.all(jobs);
    }
    console.log(`fill: ${(ms(t) / 1000).toFixed(1)} s`);

    const storage = await SqliteSealerStorage.open(file);
    const sealer = await Sealer.open({ source: store, storage, signer, origin: ORIGIN, batchSize: 10_000 });
    t = process.hrtime.bigint();
    await sealer.catchUp();
    const sealMs = ms(t);
    console.log(
      `seal ${N} (batches of 10k, checkpoint per batch): ${(sealMs / 1000).toFixed(1)} s, ${Math.round(N / (sealMs / 1000))} events/s`,
    );

    // Checkpoints at N leaves: a batch touching existing streams, then one adding new streams.
    const timings: Record<string, number[]> = { existing: [], newStreams: [], newAtFront: [], signOnly: [] };
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 100; i++)
        await store.append(streamName((round * 100 + i * 37) % STREAMS), [ev(N + i)], 'any');
      t = process.hrtime.bigint();
      await sealer.checkpointNow();
      timings.existing.push(ms(t));
      for (let i = 0; i < 100; i++) await store.append(`zz-new-${round}-${i}`, [ev(N + i)], 'any');
      t = process.hrtime.bigint();
      await sealer.checkpointNow();
      timings.newStreams.push(ms(t));
      await store.append(`0-first-${round}`, [ev(N)], 'any');
      t = process.hrtime.bigint();
      await sealer.checkpointNow();
      timings.newAtFront.push(ms(t));
    }
    const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)].toFixed(1);
    console.log(`checkpoint at ${sealer.size} leaves (read + seal + sign + store), median of 5:`);
    console.log(`  100 events on existing streams: ${med(timings.existing)} ms`);
    console.log(`  100 events on new streams (sorted last): ${med(timings.newStreams)} ms`);
    console.log(
      `  1 event on a new stream sorted first (rebuilds every stream-heads node): ${med(timings.newAtFront)} ms`,
    );

    // Proof latency at N leaves.
    const size = sealer.size;
    t = process.hrtime.bigint();
    for (let i = 0; i < 1000; i++) await sealer.proofs.inclusionProof(Math.floor(Math.random() * size), size);
    console.log(`inclusion proof (random leaf, cold cache mostly): ${(ms(t) / 1000).toFixed(3)} ms each`);
    const cps = await sealer.proofs.listCheckpoints({ limit: 1000 });
    t = process.hrtime.bigint();
    for (let i = 0; i < 200; i++)
      await sealer.proofs.consistencyProof(cps[Math.floor(Math.random() * cps.length)].size, size);
    console.log(`consistency proof to size ${size}: ${(ms(t) / 200).toFixed(3)} ms each`);
    await storage.close();
    await store.close();

    const out = join(dir, 'all.jsonl');
    // A small heap limit shows the export and the verifier run in bounded memory.
    const heapFlags = [`--max-old-space-size=${HEAP_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`];
    console.log(`export and verify run with ${heapFlags.join(' ')}`);
    const ex = spawnSync(
      process.execPath,
      [...process.execArgv, ...heapFlags, __filename, 'export', file, keyFile, out],
      { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
    );
    console.log(ex.stdout.trim());
    const vr = spawnSync(
      process.execPath,
      [...process.execArgv, ...heapFlags, __filename, 'verify', out, signer.vkey],
      { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
    );
    console.log(vr.stdout.trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function childExport(file: string, keyFile: string, out: string): Promise<void> {
  const signer = LogSigner.parse(readFileSync(keyFile, 'utf8'));
  const store = await SqliteEventStore.open({ file });
  // The export reads the audit tables in order: a small page cache is enough.
  const storage = await SqliteSealerStorage.open(file, { cacheKiB: Number(process.env.EXPORT_CACHE_KIB ?? 4096) });
  const sealer = await Sealer.open({ source: store, storage, signer, origin: ORIGIN });
  const t = process.hrtime.bigint();
  const r = await exportJsonl({
    proofs: sealer.proofs,
    out: createWriteStream(out),
    scope: { kind: 'dateRange', field: 'recordedAt', from: '2000-01-01', to: '2100-01-01' },
  });
  const took = ms(t);
  console.log(
    `export JSONL of ${r.count} events: ${(took / 1000).toFixed(1)} s (${Math.round(r.count / (took / 1000))} events/s), file ${(statSync(out).size / 1e6).toFixed(0)} MB, peak RSS ${mb(process.resourceUsage().maxRSS)} MB`,
  );
  await storage.close();
  await store.close();
}

async function childVerify(out: string, vkey: string): Promise<void> {
  const { r, seconds } = await timedVerify(parallel, out, vkey);
  const took = seconds * 1000;
  console.log(
    `verify JSONL of ${r.events} events: ${r.ok ? 'OK' : 'FAILED ' + r.failures[0]}, ${(took / 1000).toFixed(1)} s (${Math.round(r.events / (took / 1000))} events/s), peak RSS ${mb(process.resourceUsage().maxRSS)} MB`,
  );
}

const [phase, ...args] = process.argv.slice(2);
(phase === 'export'
  ? childExport(args[0], args[1], args[2])
  : phase === 'verify'
    ? childVerify(args[0], args[1])
    : main()
).catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
