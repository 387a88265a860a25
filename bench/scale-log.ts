/**
 * The large log the 1M-event workloads run on (rebuild, as-at, export, verify, the raw-read
 * probe): a realistic mix generated through the real deciders, one CSP stream of 10k events,
 * sealed with a bench signing key. Generating and sealing 1M events takes minutes, so the
 * sealed file is cached under ~/.cache/governance-ledger/bench/, keyed by event count and a
 * hash of the generator's sources (a changed generator makes a new log). Workloads that write
 * must work on a copy.
 *
 *   npx tsx bench/scale-log.ts <events>     → prints the cached file's path, generating it if missing
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { LogSigner, Sealer, SqliteSealerStorage } from '@ledger/audit';
import { generateAppends } from '@ledger/projections/testing/generate';
import { appendGenerated } from '@ledger/projections/testing/generated-log';

export const LONG_STREAM = 'community-safety-partnership:kent-long';
export const LONG_STREAM_EVENTS = 10_000;
export const SCALE_ORIGIN = 'bench.example/ledger';
/** Bumped when this file changes what it writes; the generator's own source is hashed in too. */
const LAYOUT_VERSION = 'v3';
const GENERATOR = ['generate.ts', 'generated-log.ts'].map((f) =>
  resolve(__dirname, '../libs/projections/src/testing', f),
);

export interface ScaleLog {
  file: string;
  keyFile: string;
  events: number;
}

export function cacheDir(): string {
  return process.env.BENCH_CACHE_DIR ?? join(homedir(), '.cache', 'governance-ledger', 'bench');
}

export function generatorVersion(): string {
  const hash = createHash('sha256').update(LAYOUT_VERSION);
  for (const f of GENERATOR) hash.update(readFileSync(f));
  return hash.digest('hex').slice(0, 12);
}

export function scaleLogPaths(events: number): ScaleLog {
  const base = join(cacheDir(), `log-${events}-${generatorVersion()}`);
  return { file: `${base}.sqlite`, keyFile: `${base}.key`, events };
}

async function generate(target: ScaleLog): Promise<void> {
  mkdirSync(cacheDir(), { recursive: true });
  const partial = `${target.file}.partial`;
  for (const ext of ['', '-wal', '-shm']) rmSync(partial + ext, { force: true });
  const t = Date.now();
  const store = await SqliteEventStore.open({ file: partial });
  let last = 0;
  const progress = (count: number) => {
    if (count - last < 50_000) return;
    last = count;
    process.stderr.write(
      `\rgenerating the log: ${count} events, ${Math.round(count / ((Date.now() - t) / 1000))}/s   `,
    );
  };
  await appendGenerated(
    store,
    (function* () {
      let count = 0;
      for (const a of generateAppends(target.events, 42, { longStream: { events: LONG_STREAM_EVENTS } })) {
        count += a.events.length;
        progress(count);
        yield a;
      }
    })(),
    512,
  );
  const signer = LogSigner.generate(SCALE_ORIGIN);
  const storage = await SqliteSealerStorage.open(partial);
  const sealer = await Sealer.open({ source: store, storage, signer, origin: SCALE_ORIGIN, batchSize: 10_000 });
  process.stderr.write('\nsealing the log\n');
  await sealer.catchUp();
  await storage.close();
  await store.close();
  for (const ext of ['-wal', '-shm']) rmSync(partial + ext, { force: true });
  writeFileSync(target.keyFile, signer.serialize(), { mode: 0o600 });
  renameSync(partial, target.file);
  process.stderr.write(`generated and sealed ${target.events} events in ${((Date.now() - t) / 1000).toFixed(0)} s\n`);
}

/** The cached log of about `events` events, generated and sealed first if it is not there. */
export async function ensureScaleLog(events: number): Promise<ScaleLog> {
  const target = scaleLogPaths(events);
  if (!existsSync(target.file) || !existsSync(target.keyFile)) await generate(target);
  return target;
}

if (require.main === module) {
  ensureScaleLog(Number(process.argv[2] ?? 1_000_000)).then(
    (l) => process.stdout.write(`${l.file}\n`),
    (e) => {
      process.stderr.write(`${(e as Error).stack ?? e}\n`);
      process.exit(1);
    },
  );
}
