/**
 * The product's side of `npm run bench` (bench/run.ts): the same workloads as
 * bench/peers/workload.mjs, through the event-store port. Run in a child process so its
 * peak RSS is its own:
 *
 *   tsx bench/workloads.ts '<json spec>'     → one JSON line on stdout
 *
 * Appends reuse benchAppends from store.bench.ts (single-event appends with an exact
 * expected revision; writer w owns streams w, w + writers, ... of 1,000).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { EventStore } from '../libs/event-store/src';
import { SqliteEventStore } from '../libs/event-store/src/sqlite';
import { PostgresEventStore } from '../libs/event-store/src/postgres';
import { benchAppends, benchEvent } from './store.bench';

export interface WorkloadSpec {
  kind: 'append' | 'read';
  backend: 'sqlite' | 'postgres';
  writers?: number;
  seconds?: number;
  streams: number;
  eventsPerStream?: number;
  appendBatch?: number;
  pgUrl?: string;
}

async function open(spec: WorkloadSpec): Promise<{ store: EventStore; close: () => Promise<void> }> {
  if (spec.backend === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
    const store = await SqliteEventStore.open({ file: join(dir, 'ledger.sqlite') });
    return {
      store,
      close: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = spec.pgUrl as string;
  const schema = `bench_${randomUUID().slice(0, 8)}`;
  const store = await PostgresEventStore.connect({ connectionString: url, schema });
  return {
    store,
    close: async () => {
      await store.close();
      const c = new Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await c.end();
    },
  };
}

async function reads(store: EventStore, streams: number, eventsPerStream: number, appendBatch: number) {
  const prefix = `read-${randomUUID().slice(0, 8)}`;
  let t = process.hrtime.bigint();
  const heads = new Map<number, bigint>();
  for (let done = 0; done < eventsPerStream; done += appendBatch) {
    const n = Math.min(appendBatch, eventsPerStream - done);
    for (let s = 0; s < streams; s++) {
      const head = heads.get(s);
      const r = await store.append(
        `${prefix}:${s}`,
        Array.from({ length: n }, (_, i) => benchEvent(done + i)),
        head === undefined ? 'no-stream' : head,
      );
      heads.set(s, r.nextExpectedRevision);
    }
  }
  const fillSeconds = Number(process.hrtime.bigint() - t) / 1e9;

  t = process.hrtime.bigint();
  let streamEvents = 0;
  for (let s = 0; s < streams; s++) for await (const _ of store.readStream(`${prefix}:${s}`)) streamEvents++;
  const streamSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (streamEvents !== streams * eventsPerStream) throw new Error(`readStream saw ${streamEvents} events`);

  t = process.hrtime.bigint();
  let allEvents = 0;
  for await (const _ of store.readAll()) allEvents++;
  const allSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (allEvents !== streams * eventsPerStream) throw new Error(`readAll saw ${allEvents} events`);
  return {
    events: allEvents,
    fillSeconds,
    readStreamEventsPerSecond: Math.round(streamEvents / streamSeconds),
    readStreamMsPerStream: (streamSeconds * 1000) / streams,
    readAllEventsPerSecond: Math.round(allEvents / allSeconds),
  };
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '{}') as WorkloadSpec;
  const h = await open(spec);
  try {
    const result =
      spec.kind === 'append'
        ? await benchAppends(h.store, spec.backend, spec.writers ?? 1, spec.seconds ?? 5, spec.streams)
        : await reads(h.store, spec.streams, spec.eventsPerStream ?? 100, spec.appendBatch ?? 25);
    process.stdout.write(
      JSON.stringify({ ok: true, ...result, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n',
    );
  } finally {
    await h.close();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (e) => {
      process.stdout.write(
        JSON.stringify({ ok: false, error: String((e as Error)?.message ?? e).slice(0, 300) }) + '\n',
      );
      process.exit(1);
    },
  );
}
