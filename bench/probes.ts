/**
 * What this machine can do, measured in the same round as the workloads: the limits each goal
 * is judged against. Run in a child per round so the probes' memory and JIT state do not leak
 * into the workloads:
 *
 *   tsx bench/probes.ts '<json ProbeSpec>'    → one JSON line (ProbeResult) on stdout
 *
 * Every probe is the bare operation with no product code: fsync, SHA-256 of an entry-sized
 * input on one core, JSON.parse of a real entry, better-sqlite3's raw sequential read of the
 * scale log, raw SQLite inserts (one row per transaction; 16 rows per transaction) with the
 * product's durability (WAL, synchronous=FULL), a bare PostgreSQL INSERT commit, a streaming
 * writer for export-sized lines, and the floor of an as-at replay (64 rows of the long stream
 * read raw and parsed).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fsyncProbe } from './fsync.probe';
import { failAndExit, reportAndExit } from './lib/child';
import { percentile, secondsSince } from './lib/format';
import { bareHttpProbe } from './probes-http';
import { postgresProbes } from './probes-postgres';
import { LONG_STREAM } from './scale-log';

export interface ProbeSpec {
  quick: boolean;
  fsyncs: number;
  /** The cached scale log: its events table is the raw-read probe's 1M-row table. */
  scaleLogFile: string;
  pgUrl: string | null;
  /** Bytes per line for the streaming-writer probe (about an export line). */
  exportLineBytes: number;
  http: boolean;
}

export interface ProbeResult {
  fsyncsPerSecond: number;
  microsPerFsync: number;
  sha256PerSecond: number;
  sha256Micros: number;
  jsonParsePerSecond: number;
  entryBytes: number;
  rawReadRowsPerSecond: number;
  rawReadRows: number;
  sqliteInsert1PerTxRowsPerSecond: number;
  sqliteInsert16PerTxRowsPerSecond: number;
  pgCommit1PerSecond: number | null;
  pgCommit16PerTxRowsPerSecond: number | null;
  writerLinesPerSecond: number;
  writerChunkedLinesPerSecond: number;
  writerLineBytes: number;
  replayFloorP99Ms: number;
  bareHttpPerSecond: number | null;
  bareHttpP99Ms: number | null;
}

function sha256Probe(n: number): { sha256PerSecond: number; sha256Micros: number } {
  const input = randomBytes(600);
  const t = process.hrtime.bigint();
  let x = 0;
  for (let i = 0; i < n; i++) {
    input[0] = i & 0xff;
    x ^= createHash('sha256').update(input).digest()[0];
  }
  const s = secondsSince(t);
  if (x === 256) throw new Error('unreachable: keeps the digest live');
  return { sha256PerSecond: Math.round(n / s), sha256Micros: Math.round((s / n) * 1e8) / 100 };
}

function jsonParseProbe(entry: string, n: number): number {
  const t = process.hrtime.bigint();
  let k = 0;
  for (let i = 0; i < n; i++) k += (JSON.parse(entry) as object) ? 1 : 0;
  return Math.round(k / secondsSince(t));
}

/**
 * The fastest sequential read better-sqlite3 gives of the log: entries as text (no Buffer per
 * row) in pages of 10,000 by position. Reading BLOBs one row per native step allocates a Buffer
 * each and understated the limit by about 2x, which made the rebuild's ratio look better than it was.
 */
function rawReadProbe(file: string): { rows: number; rowsPerSecond: number; entry: string } {
  const db = new Database(file, { readonly: true });
  try {
    const page = db
      .prepare(
        'SELECT position, stream, revision, CAST(entry AS TEXT) FROM events WHERE position > ? ORDER BY position LIMIT 10000',
      )
      .raw(true);
    const t = process.hrtime.bigint();
    let rows = 0;
    let chars = 0;
    for (let after = 0; ;) {
      const got = page.all(after) as unknown[][];
      if (got.length === 0) break;
      for (const r of got) chars += (r[3] as string).length;
      rows += got.length;
      after = Number(got[got.length - 1][0]);
    }
    const s = secondsSince(t);
    const sample = db.prepare('SELECT entry FROM events WHERE position = ?').get(Math.max(1, Math.floor(rows / 2))) as {
      entry: Buffer;
    };
    if (chars === 0) throw new Error('the scale log is empty');
    return { rows, rowsPerSecond: Math.round(rows / s), entry: sample.entry.toString('utf8') };
  } finally {
    db.close();
  }
}

/** p99 of reading 64 consecutive events of the long stream raw and parsing each: the floor of an as-at replay. */
function replayFloorProbe(file: string, queries: number): number {
  const db = new Database(file, { readonly: true });
  try {
    const head = (
      db.prepare('SELECT max(revision) AS r FROM events WHERE stream = ?').get(LONG_STREAM) as { r: number }
    ).r;
    const stmt = db
      .prepare('SELECT entry FROM events WHERE stream = ? AND revision > ? AND revision <= ? ORDER BY revision')
      .raw(true);
    const ms: number[] = [];
    for (let i = 0; i < queries; i++) {
      const from = ((i * 7919) % Math.max(1, head - 64)) | 0;
      const t = process.hrtime.bigint();
      for (const r of stmt.iterate(LONG_STREAM, from, from + 64) as Iterable<unknown[]>)
        JSON.parse((r[0] as Buffer).toString('utf8'));
      ms.push(secondsSince(t) * 1000);
    }
    return Math.round(percentile(ms, 0.99) * 1000) / 1000;
  } finally {
    db.close();
  }
}

export function sqliteInsertProbe(rowsPerTx: number, seconds: number, entry: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-probe-'));
  const db = new Database(join(dir, 'probe.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(
      'CREATE TABLE t (position INTEGER PRIMARY KEY, stream TEXT NOT NULL, revision INTEGER NOT NULL, entry BLOB NOT NULL, UNIQUE (stream, revision))',
    );
    const ins = db.prepare('INSERT INTO t (stream, revision, entry) VALUES (?, ?, ?)');
    let n = 0;
    const tx = db.transaction((k: number) => {
      for (let i = 0; i < k; i++, n++) ins.run(`s-${n % 1000}`, Math.floor(n / 1000), entry);
    });
    const deadline = Date.now() + seconds * 1000;
    const t = process.hrtime.bigint();
    while (Date.now() < deadline) tx(rowsPerTx);
    return Math.round(n / secondsSince(t));
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function writerProbe(lines: number, lineBytes: number, chunked: boolean): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-probe-'));
  const out = createWriteStream(join(dir, 'lines.jsonl'));
  const line = `{"entry":"${'x'.repeat(Math.max(1, lineBytes - 13))}"}\n`;
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  const t = process.hrtime.bigint();
  try {
    if (chunked) {
      const perChunk = Math.max(1, Math.floor((1 << 20) / line.length));
      for (let i = 0; i < lines; i += perChunk) await write(line.repeat(Math.min(perChunk, lines - i)));
    } else {
      for (let i = 0; i < lines; i++) await write(line);
    }
    await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
    return Math.round(lines / secondsSince(t));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runProbes(spec: ProbeSpec): Promise<ProbeResult> {
  const fsync = fsyncProbe(spec.fsyncs);
  const sha = sha256Probe(spec.quick ? 50_000 : 200_000);
  const raw = rawReadProbe(spec.scaleLogFile);
  const entryBuf = Buffer.from(raw.entry);
  const pg = spec.pgUrl
    ? await postgresProbes(spec.pgUrl, spec.quick, entryBuf.toString('utf8')).catch(() => null)
    : null;
  const writerLines = spec.quick ? 50_000 : 500_000;
  const http = spec.http ? await bareHttpProbe(spec.quick ? 2 : 5).catch(() => null) : null;
  return {
    ...fsync,
    ...sha,
    jsonParsePerSecond: jsonParseProbe(raw.entry, spec.quick ? 20_000 : 100_000),
    entryBytes: entryBuf.length,
    rawReadRowsPerSecond: raw.rowsPerSecond,
    rawReadRows: raw.rows,
    sqliteInsert1PerTxRowsPerSecond: sqliteInsertProbe(1, spec.quick ? 1 : 2, entryBuf),
    sqliteInsert16PerTxRowsPerSecond: sqliteInsertProbe(16, spec.quick ? 1 : 2, entryBuf),
    pgCommit1PerSecond: pg?.commit1PerSecond ?? null,
    pgCommit16PerTxRowsPerSecond: pg?.commit16RowsPerSecond ?? null,
    writerLinesPerSecond: await writerProbe(writerLines, spec.exportLineBytes, false),
    writerChunkedLinesPerSecond: await writerProbe(writerLines, spec.exportLineBytes, true),
    writerLineBytes: spec.exportLineBytes,
    replayFloorP99Ms: replayFloorProbe(spec.scaleLogFile, spec.quick ? 200 : 1000),
    bareHttpPerSecond: http?.perSecond ?? null,
    bareHttpP99Ms: http?.p99 ?? null,
  };
}

if (require.main === module) {
  runProbes(JSON.parse(process.argv[2] ?? '{}') as ProbeSpec).then((r) => reportAndExit({ ...r }), failAndExit);
}
