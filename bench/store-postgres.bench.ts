/**
 * PostgreSQL adapter append throughput: single-event appends, each with an expected
 * revision, spread over `streams` streams, by `writers` concurrent writers sharing one
 * store (so group commit can batch them). Each writer owns its own slice of the streams,
 * so it always knows the right expected revision and every append succeeds.
 *
 *   npx tsx bench/store-postgres.bench.ts          (DATABASE_URL or the local default)
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { NewEvent } from '../libs/event-store/src/envelope';
import { PostgresEventStore } from '../libs/event-store/src/postgres';

export interface PostgresBenchOptions {
  url: string;
  seconds: number;
  writers: number;
  streams: number;
}

function event(n: number): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'ReportRequested',
    schemaVersion: 1,
    data: { n, topic: 'Annual report on the police and crime plan', dueBy: '2013-03-31' },
    metadata: {
      actor: { id: 'bench', name: 'Bench Writer', role: 'panel-secretariat', body: 'kent-pcp' },
      effectiveAt: '2013-02-01',
      recordedAt: new Date().toISOString(),
      legalBasis: 'PRSRA 2011 s 28(3)',
      correlationId: randomUUID(),
      causationId: null,
      classification: 'open',
    },
  };
}

export async function benchPostgres(opts: PostgresBenchOptions): Promise<{ eventsPerSecond: number; appends: number }> {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const store = await PostgresEventStore.connect({ connectionString: opts.url, schema });
  try {
    const revisions = new Map<string, bigint>();
    let appends = 0;
    let stop = false;
    const writer = async (w: number) => {
      const mine: string[] = [];
      for (let s = w; s < opts.streams; s += opts.writers) mine.push(`bench-${s}`);
      let i = 0;
      while (!stop) {
        const stream = mine[i++ % mine.length];
        const rev = revisions.get(stream);
        const r = await store.append(stream, [event(i)], rev === undefined ? 'no-stream' : rev);
        revisions.set(stream, r.nextExpectedRevision);
        appends++;
      }
    };
    const started = process.hrtime.bigint();
    const timer = setTimeout(() => (stop = true), opts.seconds * 1000);
    await Promise.all(Array.from({ length: opts.writers }, (_, w) => writer(w)));
    clearTimeout(timer);
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    return { eventsPerSecond: Math.round(appends / elapsed), appends };
  } finally {
    await store.close();
    const c = new Client({ connectionString: opts.url });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  }
}

/**
 * Latency of a bare one-row INSERT commit (one round trip, one WAL flush) on the same
 * server: the ceiling for one writer, and on a shared machine the number that explains
 * why two runs differ.
 */
export async function commitLatencyMicros(url: string, n = 500): Promise<number> {
  // A real table: a temporary one writes no WAL, so its commit would not wait for a flush.
  const table = `bench_commit_${randomBytes(5).toString('hex')}`;
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`CREATE TABLE ${table} (id int PRIMARY KEY, payload text)`);
    const started = process.hrtime.bigint();
    for (let i = 0; i < n; i++)
      await c.query({
        name: 'bench_commit',
        text: `INSERT INTO ${table} VALUES ($1, $2)`,
        values: [i, 'x'.repeat(300)],
      });
    return Math.round(Number(process.hrtime.bigint() - started) / 1000 / n);
  } finally {
    await c.query(`DROP TABLE IF EXISTS ${table}`);
    await c.end();
  }
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  process.stdout.write(`postgres: bare INSERT commit round trip ${await commitLatencyMicros(url)} µs\n`);
  for (const writers of [1, 16]) {
    const r = await benchPostgres({ url, seconds, writers, streams: 1000 });
    process.stdout.write(
      `postgres: ${writers} writer(s), 1,000 streams, ${seconds}s: ${r.eventsPerSecond} events/s (${r.appends} appends)\n`,
    );
  }
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
}
