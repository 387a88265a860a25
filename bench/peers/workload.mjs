/**
 * The peer's side of `npm run bench` (bench/run.ts): the same workloads as
 * bench/workloads.ts, written against Emmett's public API (0.42.x). Run by the parent as
 *
 *   node bench/peers/workload.mjs '<json spec>'
 *
 * and prints one JSON line with the result and this process's peak RSS.
 *
 * Spec: { kind: 'append' | 'read', backend: 'sqlite' | 'postgres', writers, seconds,
 *         streams, eventsPerStream, appendBatch, pgUrl, dir }
 *
 * Configuration, chosen to be Emmett's best documented setup, not a straw man:
 * - SQLite: getSQLiteEventStore with one long-lived (singleton) connection. Emmett's default
 *   opens a new sqlite3 connection per operation, which is slower still. The connection is
 *   shared, and Emmett nests transactions on it with a counter, so only one writer at a time
 *   is correct: the 16-writer row is "not supported" rather than measured.
 * - PostgreSQL: getPostgreSQLEventStore(connectionString) with its default pooled connections,
 *   in a database of its own (created and dropped by this script).
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';

const spec = JSON.parse(process.argv[2] ?? '{}');

function event(i) {
  return {
    type: 'BenchAppended',
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

async function openSqlite() {
  const { getSQLiteEventStore, sqliteConnection, readMessagesBatch } = await import('@event-driven-io/emmett-sqlite');
  const dir = spec.dir ?? mkdtempSync(join(tmpdir(), 'peer-sqlite-'));
  const fileName = join(dir, 'emmett.sqlite');
  const connection = sqliteConnection({ fileName });
  // spec.perOperation: Emmett's default (a new connection for every operation), for reference.
  const store = spec.perOperation ? getSQLiteEventStore({ fileName }) : getSQLiteEventStore({ fileName, connectionOptions: { singleton: true, connection } });
  await store.schema.migrate();
  const sync = await connection.querySingle('PRAGMA synchronous');
  const journal = await connection.querySingle('PRAGMA journal_mode');
  return {
    store,
    settings: { synchronous: Object.values(sync ?? {})[0], journalMode: Object.values(journal ?? {})[0] },
    readBatch: (after, batchSize) => readMessagesBatch(connection, { after, batchSize }),
    close: async () => {
      connection.close();
      if (!spec.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgres() {
  const { default: pg } = await import('pg');
  const { getPostgreSQLEventStore, readMessagesBatch } = await import('@event-driven-io/emmett-postgresql');
  const { dumbo, endAllPools } = await import('@event-driven-io/dumbo');
  const db = `bench_peer_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: spec.pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${db}`);
  const url = new URL(spec.pgUrl);
  url.pathname = `/${db}`;
  const connectionString = url.toString();
  const store = getPostgreSQLEventStore(connectionString);
  await store.schema.migrate();
  const pool = dumbo({ connectionString });
  return {
    store,
    settings: {},
    readBatch: (after, batchSize) => readMessagesBatch(pool.execute, { after, batchSize }),
    close: async () => {
      await pool.close();
      await store.close();
      await endAllPools();
      await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Each writer owns streams w, w + writers, ... so its expected versions never conflict. */
async function appends(store, writers, seconds, streams) {
  const heads = new Map();
  const prefix = `bench-${randomUUID().slice(0, 8)}`;
  let count = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let k = 0; Date.now() < deadline; k++) {
        const s = (w + k * writers) % streams;
        const head = heads.get(s);
        const r = await store.appendToStream(`${prefix}:${s}`, [event(k)], { expectedStreamVersion: head ?? STREAM_DOES_NOT_EXIST });
        heads.set(s, r.nextExpectedStreamVersion);
        count++;
      }
    }),
  );
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  return { appends: count, seconds: secs, eventsPerSecond: Math.round(count / secs) };
}

async function reads(h, streams, eventsPerStream, appendBatch) {
  const prefix = `read-${randomUUID().slice(0, 8)}`;
  let t = process.hrtime.bigint();
  const heads = new Map();
  for (let done = 0; done < eventsPerStream; done += appendBatch) {
    const n = Math.min(appendBatch, eventsPerStream - done);
    for (let s = 0; s < streams; s++) {
      const r = await h.store.appendToStream(`${prefix}:${s}`, Array.from({ length: n }, (_, i) => event(done + i)), { expectedStreamVersion: heads.get(s) ?? STREAM_DOES_NOT_EXIST });
      heads.set(s, r.nextExpectedStreamVersion);
    }
  }
  const fillSeconds = Number(process.hrtime.bigint() - t) / 1e9;

  t = process.hrtime.bigint();
  let streamEvents = 0;
  for (let s = 0; s < streams; s++) {
    const r = await h.store.readStream(`${prefix}:${s}`);
    streamEvents += r.events.length;
  }
  const streamSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (streamEvents !== streams * eventsPerStream) throw new Error(`readStream saw ${streamEvents} events`);

  t = process.hrtime.bigint();
  let allEvents = 0;
  let after = 0n;
  for (;;) {
    const b = await h.readBatch(after, 1000);
    allEvents += b.messages.length;
    if (b.messages.length === 0) break;
    after = b.messages[b.messages.length - 1].metadata.globalPosition;
    if (!b.areEventsLeft && !b.areMessagesLeft) break;
  }
  const allSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (allEvents !== streams * eventsPerStream) throw new Error(`global read saw ${allEvents} events`);
  return {
    events: allEvents,
    fillSeconds,
    readStreamEventsPerSecond: Math.round(streamEvents / streamSeconds),
    readStreamMsPerStream: (streamSeconds * 1000) / streams,
    readAllEventsPerSecond: Math.round(allEvents / allSeconds),
  };
}

async function main() {
  const h = spec.backend === 'postgres' ? await openPostgres() : await openSqlite();
  try {
    const result = spec.kind === 'append' ? await appends(h.store, spec.writers, spec.seconds, spec.streams) : await reads(h, spec.streams, spec.eventsPerStream, spec.appendBatch);
    process.stdout.write(JSON.stringify({ ok: true, ...result, settings: h.settings, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
  } finally {
    await h.close();
  }
}

// Dropping the database ends any connection Emmett still holds idle; that is expected.
process.on('uncaughtException', (e) => {
  if (e?.code === '57P01') return;
  throw e;
});

main().then(
  () => process.exit(0),
  (e) => {
    process.stdout.write(JSON.stringify({ ok: false, error: String(e?.message ?? e).slice(0, 300) }) + '\n');
    process.exit(1);
  },
);
