/**
 * JSON Lines export (format governance-ledger-export, version 2): the evidence file.
 * Streams: memory holds one event plus one entry per exported stream. Every line goes
 * into the seal's digest as written; the trailer ends with the seal.
 */
import type { Writable } from 'node:stream';
import type { RecordedEvent } from '@ledger/event-store';
import { NotFound, type ProofService } from '../sealer/proof-service';
import type { StoredCheckpoint } from '../storage/types';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  STREAM_HEADS_IN_TRAILER,
  type DisclosedField,
  type ExportEventLine,
  type ExportHeader,
  type ExportScope,
  type ExportTrailer,
  type StreamHeadProofLine,
} from '../verify/format';
import { SealDigest } from '../verify/seal';
import { ChunkedWriter, type ProgressCallback, write } from './common';
import { SequentialProver } from '../merkle/sequential-prover';
import { SeenStreams } from './seen-streams';
import { compareStreamIds } from '../verify/stream-heads';
import {
  eventLinePieces,
  proofEncoder,
  ProofPieces,
  readsRows,
  sealedEvents,
  sealedRowsInRange,
  streamHeadLineText,
  type SealedEntry,
} from './jsonl-events';

/** Bytes gathered per write: about a mebibyte, so the destination sees few, large writes. */
const WRITE_CHUNK_BYTES = 1 << 20;

export interface ExportOptions {
  /**
   * The events to export, in log order. Leave out for a date-range export when the sealer
   * storage reads sealed rows itself (SQLite): the entries are then read in leaf order
   * straight from the rows, without decoding them. Needed to disclose.
   */
  events?: AsyncIterable<RecordedEvent>;
  proofs: ProofService;
  out: Writable;
  scope: ExportScope;
  /** Checkpoint to prove against; default the latest. Events beyond it are left out. */
  checkpoint?: StoredCheckpoint;
  /** Earlier checkpoint sizes to add consistency proofs from. */
  consistencyFrom?: number[];
  /** Personal fields the exporter may disclose for an event, if any. */
  disclose?: (event: RecordedEvent) => Promise<DisclosedField[] | undefined>;
  onProgress?: ProgressCallback;
  /** Progress callback frequency in events (default 1000). */
  progressEvery?: number;
  clock?: () => Date;
  /** Most stream-head proofs kept in the trailer; beyond, one line each (default 1000). */
  streamHeadsInTrailer?: number;
  /** Leave the stream open (default false: end it). */
  keepOpen?: boolean;
}

export interface ExportSummary {
  count: number;
  skipped: number;
  checkpoint: StoredCheckpoint;
  /** The streams of the events written: in the order first seen when few, else in stream-id order. */
  streams: string[];
}

/** A request for an export that cannot be met; raised before the first byte is written. */
export class InvalidExportRequest extends RangeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidExportRequest';
  }
}

/** Consistency proofs from earlier checkpoints to `cp`, or InvalidExportRequest for a size that has none. */
async function consistencyFrom(
  proofs: ProofService,
  cp: StoredCheckpoint,
  sizes: number[],
): Promise<ExportTrailer['consistency']> {
  const out: ExportTrailer['consistency'] = [];
  for (const from of sizes) {
    if (!Number.isSafeInteger(from) || from < 1 || from > cp.size)
      throw new InvalidExportRequest(
        'consistencyFrom',
        `${from} is not an earlier tree size: the export is proved against the checkpoint of size ${cp.size}`,
      );
    const c = await proofs.consistencyProof(from, cp.size).catch((e: unknown) => {
      if (e instanceof NotFound)
        throw new InvalidExportRequest('consistencyFrom', `no checkpoint was issued at tree size ${from}`);
      throw e;
    });
    out.push({
      fromSize: c.fromSize,
      fromRoot: c.fromRoot.toString('base64'),
      proof: c.proof.map((p) => p.toString('base64')),
    });
  }
  return out;
}

function headerOf(o: ExportOptions, cp: StoredCheckpoint): ExportHeader {
  const key = o.proofs.publicKey();
  return {
    type: 'header',
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    origin: o.proofs.origin,
    scope: o.scope,
    completeStreams: o.scope.kind === 'stream',
    checkpoint: cp.note,
    treeSize: cp.size,
    keyFingerprint: key.fingerprint,
    publicKey: key.vkey,
    exportedAt: (o.clock?.() ?? new Date()).toISOString(),
  };
}

/** The sealed entries to export, a page at a time: the caller's events, or the storage's rows for a date range. */
function entriesOf(o: ExportOptions, treeSize: number, tally: { skipped: number }): AsyncIterable<SealedEntry[]> {
  if (o.events) return sealedEvents(o.events, o.proofs.storage, treeSize, tally);
  if (o.disclose) throw new Error('exportJsonl needs the events to disclose their personal fields');
  const storage = o.proofs.storage;
  if (o.scope.kind !== 'dateRange' || !readsRows(storage, o.scope))
    throw new Error('exportJsonl needs the events to export: this storage cannot read them itself for this scope');
  return sealedRowsInRange(storage, o.scope, treeSize, tally);
}

/** Writes the event lines; returns how many and the streams they belong to. */
async function writeEvents(
  o: ExportOptions,
  cp: StoredCheckpoint,
  writer: ChunkedWriter,
  tally: { skipped: number },
): Promise<{ count: number; seen: SeenStreams }> {
  const every = o.progressEvery ?? 1000;
  const seen = new SeenStreams(await o.proofs.checkedStreamHeads(cp), headsInTrailer(o));
  let count = 0;
  const prover = new SequentialProver(o.proofs.storage, cp.size);
  const encode = proofEncoder();
  const proofPieces = new ProofPieces();
  const pieces: string[] = [];
  for await (const page of entriesOf(o, cp.size, tally)) {
    for (const e of page) {
      if (!e.storeAgrees)
        throw new Error(`event ${e.eventId}: the store's leaf hash differs from the sealed one; run verify-store`);
      const proof = prover.proofNow(e.leafIndex) ?? (await prover.inclusionProof(e.leafIndex));
      const disclosed = o.disclose && e.event ? await o.disclose(e.event) : undefined;
      if (disclosed && disclosed.length) {
        const line: ExportEventLine = {
          type: 'event',
          leafIndex: e.leafIndex,
          leafHash: e.leafHash,
          entry: e.entry.toString('base64'),
          proof: encode.texts(proof),
          disclosed,
        };
        writer.line(JSON.stringify(line));
      } else writer.asciiLine(pieces, eventLinePieces(pieces, e.leafIndex, e.leafHash, e.entry, proof, proofPieces));
      seen.add(e.stream);
      count++;
      if (o.onProgress && count % every === 0)
        o.onProgress({ written: count, skipped: tally.skipped, phase: 'events' });
    }
    await writer.room();
  }
  return { count, seen };
}

interface HeadsResult {
  streamsTreeSize: number;
  /** Wanted streams the tree lacks. */
  missing: string[];
}

const headsInTrailer = (o: ExportOptions) => o.streamHeadsInTrailer ?? STREAM_HEADS_IN_TRAILER;

/** The head proofs of a few streams, for the trailer, in the order wanted. */
async function trailerHeads(
  proofs: ProofService,
  cp: StoredCheckpoint,
  wanted: Iterable<string>,
): Promise<HeadsResult & { heads: StreamHeadProofLine[] }> {
  const heads: StreamHeadProofLine[] = [];
  const missing: string[] = [];
  let streamsTreeSize = cp.streamsSize;
  const headProof = await proofs.streamHeadProver(cp);
  const encode = proofEncoder();
  for (const s of wanted) {
    const hp = headProof(s);
    if (!hp) {
      missing.push(s);
      continue;
    }
    streamsTreeSize = hp.streamsTreeSize;
    heads.push({ ...hp.head, index: hp.index, proof: encode.texts(hp.proof) });
  }
  return { heads, streamsTreeSize, missing };
}

/**
 * One line per wanted stream's head (those seen, and `extra` ones named by the scope), walking
 * the stream-heads tree in order: no sort and no search per stream, and neighbouring proofs
 * reuse the encoding of the nodes they share.
 */
async function writeHeadLines(
  proofs: ProofService,
  cp: StoredCheckpoint,
  writer: ChunkedWriter,
  seen: SeenStreams,
  extra: string[],
): Promise<HeadsResult> {
  const snap = await proofs.checkedStreamHeads(cp);
  const named = new Set(extra);
  const wanted = seen.size + named.size;
  const encode = proofEncoder();
  let found = 0;
  for (let p = 0; p < snap.size && found < wanted; p++) {
    if (!seen.seenAt(p) && !(named.size && named.has(snap.idAt(p)))) continue;
    const { head, proof } = snap.at(p);
    writer.line(streamHeadLineText(snap.size, head, p, encode.json(proof)));
    if (++found % 1024 === 0) await writer.room();
  }
  const missing = [...seen.lacking(), ...extra.filter((s) => snap.positionOf(s) < 0)].sort(compareStreamIds);
  return { streamsTreeSize: found ? snap.size : cp.streamsSize, missing };
}

export async function exportJsonl(o: ExportOptions): Promise<ExportSummary> {
  const cp = o.checkpoint ?? (await o.proofs.latestCheckpoint());
  if (!cp) throw new Error('no checkpoint has been issued yet; start the sealer first');
  // Everything that can fail on the request's own terms fails here, before the header.
  const consistency = await consistencyFrom(o.proofs, cp, o.consistencyFrom ?? []);
  const header = headerOf(o, cp);
  const digest = new SealDigest();
  const writer = new ChunkedWriter(o.out, WRITE_CHUNK_BYTES, (bytes) => digest.addBytes(bytes));
  writer.line(JSON.stringify(header));
  const tally = { skipped: 0 };
  const { count, seen } = await writeEvents(o, cp, writer, tally);
  o.onProgress?.({ written: count, skipped: tally.skipped, phase: 'trailer' });

  // Few streams: their head proofs go in the trailer (the scope's streams first, then in the
  // order seen). Many: one line each, before it, in the order of the stream-heads tree.
  const named = o.scope.kind === 'stream' ? o.scope.streams : [];
  const extra = [...new Set(named)].filter((s) => !seen.has(s));
  const { heads, streamsTreeSize, missing } =
    seen.size + extra.length <= headsInTrailer(o)
      ? await trailerHeads(o.proofs, cp, new Set([...named, ...seen.list()]))
      : { heads: [], ...(await writeHeadLines(o.proofs, cp, writer, seen, extra)) };
  await writer.flush();
  const unsealed: Omit<ExportTrailer, 'seal'> = {
    type: 'trailer',
    count,
    streamsTreeSize,
    streamHeads: heads,
    consistency,
  };
  if (missing.length) unsealed.missingStreams = missing;
  const trailer: ExportTrailer = { ...unsealed, seal: o.proofs.sealExport(digest.finish(unsealed)) };
  // Flushed above: the trailer is sealed as canonical JSON, not as the bytes written.
  await write(o.out, JSON.stringify(trailer) + '\n');
  if (!o.keepOpen)
    await new Promise<void>((resolve, reject) => {
      o.out.once('error', reject);
      o.out.end(() => resolve());
    });
  o.onProgress?.({ written: count, skipped: tally.skipped, phase: 'done' });
  return { count, skipped: tally.skipped, checkpoint: cp, streams: seen.list() };
}
