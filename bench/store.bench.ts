/**
 * npm run bench:store — single-event appends with an exact expected revision across
 * 1,000 streams, with 1 writer and with 16 concurrent writers, on SQLite and (when
 * DATABASE_URL is set) PostgreSQL. Prints events per second.
 */
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore, NewEvent } from '../libs/event-store/src';
import { SqliteEventStore } from '../libs/event-store/src/sqlite';

export interface StoreBenchResult {
  backend: string;
  writers: number;
  appends: number;
  seconds: number;
  eventsPerSecond: number;
}

/** One benchmark event: a realistic envelope with a short payload. */
export function benchEvent(i: number): NewEvent {
  return {
    eventId: uuidv7(),
    type: 'BenchAppended',
    schemaVersion: 1,
    data: { i, note: 'precept report recommendation text of a realistic length for a panel record' },
    metadata: {
      actor: { id: 'bench', name: 'Bench', role: 'system', body: 'bench' },
      effectiveAt: '2013-02-01',
      recordedAt: new Date().toISOString(),
      legalBasis: 'PRSRA 2011 Sch 5 para 3',
      correlationId: 'bench',
      causationId: null,
      classification: 'open',
    },
  };
}

/** Each writer owns streams w, w+writers, ... so expected revisions never conflict. */
export async function benchAppends(
  store: EventStore,
  backend: string,
  writers: number,
  seconds: number,
  streams = 1000,
): Promise<StoreBenchResult> {
  const heads = new Map<number, bigint | null>();
  const prefix = `bench-${randomUUID().slice(0, 8)}`;
  let appends = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let k = 0; Date.now() < deadline; k++) {
        const s = (w + k * writers) % streams;
        const head = heads.get(s) ?? null;
        const r = await store.append(`${prefix}:${s}`, [benchEvent(k)], head === null ? 'no-stream' : head);
        heads.set(s, r.nextExpectedRevision);
        appends++;
      }
    }),
  );
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  return { backend, writers, appends, seconds: secs, eventsPerSecond: Math.round(appends / secs) };
}

export async function benchSqlite(writers: number, seconds: number): Promise<StoreBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
  const store = await SqliteEventStore.open({ file: join(dir, 'ledger.sqlite') });
  try {
    return await benchAppends(store, 'sqlite', writers, seconds);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const results: StoreBenchResult[] = [];
  for (const writers of [1, 16]) results.push(await benchSqlite(writers, seconds));
  if (process.env.DATABASE_URL) {
    const { PostgresEventStore } = await import('../libs/event-store/src/postgres');
    for (const writers of [1, 16]) {
      const store = await PostgresEventStore.connect({
        connectionString: process.env.DATABASE_URL,
        schema: `bench_${randomUUID().slice(0, 8)}`,
      });
      try {
        results.push(await benchAppends(store, 'postgres', writers, seconds));
      } finally {
        await store.close();
      }
    }
  } else {
    console.warn('PostgreSQL skipped: set DATABASE_URL to include it.');
  }
  console.table(results);
}

if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
