/**
 * Offline verifier of a JSON Lines export. Streams the file line by line: memory
 * holds one line plus one small record per exported stream, never the events.
 *
 * Checks, in this order: the checkpoint signature (pinned keys only), every leaf hash,
 * every inclusion proof, each per-stream chain, the commitments of disclosed personal
 * fields, stream completeness (stream-heads proofs), and consistency with an earlier
 * checkpoint.
 */
import type { Readable } from 'node:stream';
import canonicalize from 'canonicalize';
import { hashLeaf, verifyConsistency, verifyInclusion, ProofError } from './merkle';
import { NoteError, parseVkey, verifyCheckpoint, type Checkpoint, type NoteVerifierKey } from './note';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportHeader, type ExportTrailer, type ExportEventLine, type StreamHeadLine, type StreamHeadProofLine } from './format';
import { streamHeadLeafHash } from './stream-heads';
import { checkCommitment } from './commitment';
import { checkWitnessQuorum, type Cosignature, type WitnessKey } from './cosignature';

export interface VerifyOptions {
  /** Pinned public keys: vkey strings or parsed keys. Keys inside the export are never used. */
  trustedKeys: ReadonlyArray<string | NoteVerifierKey>;
  /** An earlier signed checkpoint (note text) the export's checkpoint must extend. */
  earlierCheckpoint?: string;
  /** Report every failure instead of stopping at the first. */
  all?: boolean;
  /** Longest line accepted, in bytes (default 32 MiB). */
  maxLineBytes?: number;
  /** Pinned witness vkeys, and how many of them must have cosigned the checkpoint the events are proved into. */
  witnesses?: ReadonlyArray<string | WitnessKey>; witnessesRequired?: number;
}

export interface StreamSummary {
  stream: string;
  events: number;
  firstRevision: number;
  lastRevision: number;
  /** Proven to hold every event of the stream up to the checkpoint. */
  complete: boolean;
}

export interface VerifyReport {
  ok: boolean;
  /** Plain-English reasons, in the order found. */
  failures: string[];
  /** Facts a reader should know that are not failures. */
  notes: string[];
  origin?: string;
  treeSize?: string;
  root?: string;
  verifiedBy: string[];
  events: number;
  streams: StreamSummary[];
  disclosedFields: number;
  consistentWithEarlier?: boolean;
  witnessedBy?: Cosignature[]; // the given witnesses that cosigned the checkpoint
}

class StopVerification extends Error {}

interface StreamState {
  headChecked?: boolean;
  lastLeafIndex: number;
  first: number;
  last: number;
  lastHash: string;
  events: number;
  gaps: boolean;
}

/** Splits a byte stream into lines without holding more than one line. */
export async function* readLines(input: AsyncIterable<Buffer | string>, maxLineBytes = 32 * 1024 * 1024): AsyncGenerator<string> {
  let parts: Buffer[] = [];
  let len = 0;
  for await (const chunk of input) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let nl: number;
    while ((nl = buf.indexOf(0x0a)) >= 0) {
      parts.push(buf.subarray(0, nl));
      len += nl;
      if (len > maxLineBytes) throw new Error(`a line is longer than ${maxLineBytes} bytes`);
      const line = Buffer.concat(parts, len).toString('utf8');
      parts = [];
      len = 0;
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
      buf = buf.subarray(nl + 1);
    }
    if (buf.length) {
      parts.push(buf);
      len += buf.length;
      if (len > maxLineBytes) throw new Error(`a line is longer than ${maxLineBytes} bytes`);
    }
  }
  if (len > 0) yield Buffer.concat(parts, len).toString('utf8');
}

function b64(s: unknown, what: string): Buffer {
  if (typeof s !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) throw new ProofError(`${what} is not base64`);
  return Buffer.from(s, 'base64');
}

function proofOf(p: unknown, what: string): Buffer[] {
  if (!Array.isArray(p)) throw new ProofError(`${what} is missing`);
  return p.map((x, i) => b64(x, `${what} element ${i}`));
}

function isIndex(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

export async function verifyExport(input: Readable | AsyncIterable<Buffer | string>, options: VerifyOptions): Promise<VerifyReport> {
  const report: VerifyReport = { ok: false, failures: [], notes: [], verifiedBy: [], events: 0, streams: [], disclosedFields: 0 };
  let suppressedNotes = 0;
  const note = (m: string): void => {
    if (report.notes.length < 200) report.notes.push(m);
    else suppressedNotes++;
  };
  const fail = (reason: string): void => {
    report.failures.push(reason);
    if (!options.all) throw new StopVerification(reason);
  };

  let trusted: NoteVerifierKey[];
  try {
    trusted = options.trustedKeys.map((k) => (typeof k === 'string' ? parseVkey(k) : k));
  } catch (e) {
    report.failures.push(`A trusted key could not be read: ${(e as Error).message}`);
    return report;
  }
  if (trusted.length === 0) {
    report.failures.push('No trusted key was given. Pass the log operator\'s public key (never take it from the export itself).');
    return report;
  }

  let header: ExportHeader | null = null;
  let cp: Checkpoint | null = null;
  let trailer: ExportTrailer | null = null;
  let lineNo = 0;
  let lastLeafIndex = -1;
  const streams = new Map<string, StreamState>();
  const completeStreams = new Set<string>();

  try {
    for await (const line of readLines(input as AsyncIterable<Buffer | string>, options.maxLineBytes)) {
      lineNo++;
      if (line.trim() === '') continue;
      let obj: Record<string, unknown>;
      try {
        obj = JSON.parse(line) as Record<string, unknown>;
      } catch {
        fail(`Line ${lineNo} is not valid JSON: the file is damaged.`);
        continue;
      }
      if (trailer) {
        fail(`Line ${lineNo} comes after the trailer: something was appended to the export.`);
        continue;
      }
      if (!header) {
        if (obj.type !== 'header') {
          fail('The first line is not the export header.');
          throw new StopVerification('no header');
        }
        header = obj as unknown as ExportHeader;
        cp = checkHeader(header, trusted, report, fail);
        if (!cp) throw new StopVerification('no checkpoint');
        const quorum = options.witnesses?.length || options.witnessesRequired ? checkWitnessQuorum(header.checkpoint, options.witnesses ?? [], options.witnessesRequired ?? 0) : null;
        if (quorum) report.witnessedBy = quorum.witnessedBy;
        if (quorum?.failure) fail(quorum.failure);
        continue;
      }
      if (obj.type === 'event') {
        lastLeafIndex = checkEvent(obj as unknown as ExportEventLine, lineNo, lastLeafIndex, header, cp as Checkpoint, streams, report, fail);
      } else if (obj.type === 'streamHead') {
        const h = obj as unknown as StreamHeadLine;
        checkHead(h, h.streamsTreeSize, header, cp as Checkpoint, streams, completeStreams, note, fail);
      } else if (obj.type === 'trailer') {
        trailer = obj as unknown as ExportTrailer;
        checkTrailer(trailer, header, cp as Checkpoint, streams, completeStreams, report, note, fail);
      } else {
        fail(`Line ${lineNo} has an unknown type ${JSON.stringify(obj.type)}.`);
      }
    }
    if (!header) fail('The file is empty: there is no export header.');
    else if (!trailer) fail('The export ends without its trailer: it was cut short, so events may be missing.');
    if (cp) checkEarlier(cp, trailer, options.earlierCheckpoint, trusted, report, fail);
  } catch (e) {
    if (!(e instanceof StopVerification)) report.failures.push(`The export could not be read: ${(e as Error).message}`);
  }

  if (suppressedNotes) report.notes.push(`... and ${suppressedNotes} more notes like these.`);
  report.streams = [...streams.entries()].map(([stream, s]) => ({
    stream,
    events: s.events,
    firstRevision: s.first,
    lastRevision: s.last,
    complete: completeStreams.has(stream) && report.failures.length === 0,
  }));
  report.ok = report.failures.length === 0;
  return report;
}

function checkHeader(h: ExportHeader, trusted: NoteVerifierKey[], report: VerifyReport, fail: (r: string) => void): Checkpoint | null {
  if (h.format !== EXPORT_FORMAT) fail(`This is not a Governance Ledger export (format ${JSON.stringify(h.format)}).`);
  if (h.version !== EXPORT_VERSION) fail(`Export format version ${JSON.stringify(h.version)} is not supported (this verifier reads version ${EXPORT_VERSION}).`);
  let cp: (Checkpoint & { verifiedBy: string[] }) | null = null;
  try {
    cp = verifyCheckpoint(h.checkpoint, trusted);
  } catch (e) {
    fail(`Signature check failed: ${(e as Error).message}.`);
    return null;
  }
  report.verifiedBy = cp.verifiedBy;
  report.origin = cp.origin;
  report.treeSize = cp.size.toString();
  report.root = cp.root.toString('base64');
  if (h.origin !== cp.origin) fail(`The header says the log is "${h.origin}" but the signed checkpoint is for "${cp.origin}".`);
  if (BigInt(h.treeSize) !== cp.size) fail(`The header says the tree has ${h.treeSize} entries but the signed checkpoint says ${cp.size}.`);
  if (!cp.streamsRoot) fail('The signed checkpoint has no stream-heads root, so completeness cannot be checked.');
  if (h.publicKey) {
    try {
      const inFile = parseVkey(h.publicKey);
      if (!trusted.some((k) => k.publicKey.equals(inFile.publicKey))) report.notes.push('The export names a public key you did not pass; it was ignored, as it should be.');
    } catch {
      report.notes.push('The public key written in the export could not be read; it is not used anyway.');
    }
  }
  return cp;
}

function checkEvent(
  ev: ExportEventLine,
  lineNo: number,
  lastLeafIndex: number,
  header: ExportHeader,
  cp: Checkpoint,
  streams: Map<string, StreamState>,
  report: VerifyReport,
  fail: (r: string) => void,
): number {
  const where = `Line ${lineNo} (leaf ${String(ev.leafIndex)})`;
  report.events++;
  if (!isIndex(ev.leafIndex)) {
    fail(`${where}: the leaf index is not a whole number.`);
    return lastLeafIndex;
  }
  let bytes: Buffer;
  try {
    bytes = b64(ev.entry, 'the entry');
  } catch {
    fail(`${where}: the entry is not base64.`);
    return ev.leafIndex;
  }
  // 1. Leaf hash: the bytes are canonical JSON and hash to the stated leaf hash.
  const leafHash = hashLeaf(bytes);
  let entry: Record<string, unknown> | null = null;
  try {
    entry = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    if (canonicalize(entry) !== bytes.toString('utf8')) fail(`${where}: the entry bytes are not in canonical form (RFC 8785); they were edited.`);
  } catch {
    fail(`${where}: the entry bytes are not JSON; they were damaged or edited.`);
  }
  if (ev.leafHash !== undefined && ev.leafHash !== leafHash.toString('hex')) fail(`${where}: the entry does not hash to the stated leaf hash; the entry or the hash was altered.`);
  // 2. Inclusion proof against the signed root.
  try {
    if (BigInt(ev.leafIndex) >= cp.size) throw new ProofError(`leaf ${ev.leafIndex} is beyond the checkpoint (size ${cp.size})`);
    verifyInclusion(ev.leafIndex, cp.size, leafHash, proofOf(ev.proof, 'the inclusion proof'), cp.root);
  } catch (e) {
    fail(`${where}: the inclusion proof fails (${(e as Error).message}); this entry is not what the signed log holds.`);
  }
  if (!entry) return ev.leafIndex;
  // 3. Per-stream chain.
  const stream = entry.stream;
  const rev = entry.streamRevision;
  const prev = entry.prevStreamLeafHash;
  if (typeof stream !== 'string' || !isIndex(rev) || (prev !== null && typeof prev !== 'string')) {
    fail(`${where}: the entry lacks stream, streamRevision or prevStreamLeafHash.`);
    return ev.leafIndex;
  }
  if (rev === 0 && prev !== null) fail(`${where}: the first event of stream "${stream}" points at a previous event.`);
  const s = streams.get(stream);
  if (!s) {
    if (header.completeStreams && rev !== 0) fail(`${where}: stream "${stream}" starts at revision ${rev}; revisions 0 to ${rev - 1} are missing from the export.`);
    streams.set(stream, { lastLeafIndex: ev.leafIndex, first: rev, last: rev, lastHash: leafHash.toString('hex'), events: 1, gaps: rev !== 0 });
  } else {
    if (rev <= s.last) fail(`${where}: stream "${stream}" goes back from revision ${s.last} to ${rev}, or an event appears twice.`);
    else if (ev.leafIndex <= s.lastLeafIndex) fail(`${where}: stream "${stream}" revision ${rev} sits before revision ${s.last} in the log; the order was tampered with.`);
    else if (rev === s.last + 1) {
      if (prev !== s.lastHash) fail(`${where}: stream "${stream}" revision ${rev} does not point at the hash of revision ${s.last}; the chain is broken.`);
    } else {
      s.gaps = true;
      if (header.completeStreams) fail(`${where}: stream "${stream}" jumps from revision ${s.last} to ${rev}; the events in between are missing.`);
    }
    s.last = rev;
    s.lastLeafIndex = ev.leafIndex;
    s.lastHash = leafHash.toString('hex');
    s.events++;
  }
  // 4. Disclosed personal fields.
  for (const d of ev.disclosed ?? []) {
    report.disclosedFields++;
    let salt: Buffer;
    try {
      salt = b64(d.salt, 'the salt');
    } catch {
      fail(`${where}: the salt disclosed for ${d.path} is not base64.`);
      continue;
    }
    const problem = checkCommitment(entry, d.path, salt, d.value);
    if (problem) fail(`${where}: ${problem}.`);
  }
  return ev.leafIndex;
}

function checkHead(
  h: StreamHeadProofLine,
  streamsTreeSize: unknown,
  header: ExportHeader,
  cp: Checkpoint,
  streams: Map<string, StreamState>,
  completeStreams: Set<string>,
  note: (m: string) => void,
  fail: (r: string) => void,
): void {
  try {
    if (!cp.streamsRoot) throw new ProofError('no stream-heads root');
    if (!isIndex(h.index) || !isIndex(streamsTreeSize)) throw new ProofError('bad index or size');
    verifyInclusion(h.index, streamsTreeSize, streamHeadLeafHash(h), proofOf(h.proof, 'the stream-heads proof'), cp.streamsRoot);
  } catch (e) {
    fail(`The head of stream "${h.streamId}" is not proven by the signed checkpoint (${(e as Error).message}).`);
    return;
  }
  const s = streams.get(h.streamId);
  if (!s) {
    if (header.completeStreams) fail(`Stream "${h.streamId}" has ${h.lastRevision + 1} events at the checkpoint but none are in the export.`);
    return;
  }
  s.headChecked = true;
  if (s.last !== h.lastRevision || s.lastHash !== h.lastLeafHash) {
    if (header.completeStreams) fail(`Stream "${h.streamId}" ends at revision ${s.last} in the export, but at revision ${h.lastRevision} in the signed log: events were left out.`);
    else note(`Stream "${h.streamId}": ${s.events} of its ${h.lastRevision + 1} events are in this selection.`);
    return;
  }
  if (!s.gaps && s.first === 0) completeStreams.add(h.streamId);
  else note(`Stream "${h.streamId}": ${s.events} of its ${h.lastRevision + 1} events are in this selection.`);
}

function checkTrailer(
  t: ExportTrailer,
  header: ExportHeader,
  cp: Checkpoint,
  streams: Map<string, StreamState>,
  completeStreams: Set<string>,
  report: VerifyReport,
  note: (m: string) => void,
  fail: (r: string) => void,
): void {
  if (t.count !== report.events) fail(`The trailer says the export holds ${t.count} events but it holds ${report.events}: events were added or removed.`);
  for (const h of t.streamHeads ?? []) checkHead(h, t.streamsTreeSize, header, cp, streams, completeStreams, note, fail);
  for (const [stream, s] of streams) {
    if (!s.headChecked) {
      if (header.completeStreams) fail(`The export gives no stream-heads proof for stream "${stream}", so it cannot be shown complete.`);
      else note(`Stream "${stream}": completeness not claimed.`);
    }
  }
  for (const m of t.missingStreams ?? []) note(`Stream "${m}" was asked for but has no events up to the checkpoint (absence is not proven by this file).`);
}

function checkEarlier(cp: Checkpoint, t: ExportTrailer | null, earlierNote: string | undefined, trusted: NoteVerifierKey[], report: VerifyReport, fail: (r: string) => void): void {
  if (earlierNote === undefined) return;
  let earlier: Checkpoint;
  try {
    earlier = verifyCheckpoint(earlierNote, trusted);
  } catch (e) {
    fail(`The earlier checkpoint you gave fails its own check: ${(e as Error).message}.`);
    return;
  }
  if (earlier.origin !== cp.origin) {
    fail(`The earlier checkpoint is for log "${earlier.origin}", the export for "${cp.origin}".`);
    return;
  }
  if (earlier.size > cp.size) {
    report.consistentWithEarlier = false;
    fail(`The export's checkpoint (size ${cp.size}) is older than the earlier checkpoint you hold (size ${earlier.size}): the log was rolled back.`);
    return;
  }
  const entry = earlier.size === cp.size || earlier.size === 0n ? { proof: [] as string[], fromRoot: earlier.root.toString('base64') } : (t?.consistency ?? []).find((c) => BigInt(c.fromSize) === earlier.size);
  if (!entry) {
    report.consistentWithEarlier = false;
    fail(`The export carries no consistency proof from size ${earlier.size}; export again asking for one from that checkpoint.`);
    return;
  }
  try {
    verifyConsistency(earlier.size, cp.size, proofOf(entry.proof, 'the consistency proof'), earlier.root, cp.root);
    report.consistentWithEarlier = true;
  } catch (e) {
    report.consistentWithEarlier = false;
    if (e instanceof ProofError || e instanceof NoteError) fail(`The log is not consistent with the earlier checkpoint: ${e.message}.`);
    else throw e;
  }
}
