/**
 * Offline verifier of a JSON Lines export. Streams the file line by line: memory
 * holds one line plus one small record per exported stream, never the events.
 *
 * Checks, in this order: the checkpoint signature (pinned keys only) and the header's
 * claims (key fingerprint, scope, completeness), every leaf hash, every inclusion
 * proof, each per-stream chain, that each event is in the header's scope, the
 * commitments of disclosed personal fields, stream completeness (stream-heads proofs),
 * the trailer's consistency proofs, consistency with an earlier checkpoint, and last
 * the seal over every byte of the file.
 */
import type { Readable } from 'node:stream';
import { verifyConsistency, ProofError } from './merkle';
import { keyFingerprint, parseVkey, verifyCheckpoint, type Checkpoint, type NoteVerifierKey } from './note';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportHeader,
  type ExportTrailer,
  type ExportEventLine,
  type StreamHeadLine,
} from './format';
import { applyEventCheck, applyHead, applyPlainEvent, checkEvent, checkHead, type Run } from './verify-events';
import { batchesFor, EventBatches, sendsOut, type EventLineChecker } from './event-batches';
import { b64, isIndex, proofOf } from './decode';
import { SealDigest, checkSeal } from './seal';
import { scopeProblem } from './scope';
import { evidenceNameIn, humanViewOf, humanViewReason } from './human-view';
import { checkWitnessQuorum } from './cosignature';

import { emptyReport, type VerifyOptions, type VerifyReport } from './report';
import { readLinesOrRegions } from './lines';
import { checkEarlier } from './earlier';
import { StreamTable } from './stream-table';

export type { VerifyOptions, StreamSummary, VerifyReport } from './report';
export { readLines } from './lines';

class StopVerification extends Error {}

/**
 * `events`: checks event lines elsewhere (parallel.ts runs them on worker threads); the
 * report is the same as without it.
 */
export async function verifyExport(
  input: Readable | AsyncIterable<Buffer | string>,
  options: VerifyOptions,
  events?: EventLineChecker,
): Promise<VerifyReport> {
  const report = emptyReport();
  const { note, fail, endNotes } = reporting(report, options);

  const trusted = trustedKeysOf(options, report);
  if (!trusted) return report;

  let header: ExportHeader | null = null;
  let run: Run | null = null;
  let trailer: ExportTrailer | null = null;
  let lineNo = 0;
  let lastLeafIndex = -1;
  const digest = new SealDigest();
  let batches: EventBatches | null = null;

  /** Reads one line (all but the event lines sent out in batches). */
  const readLine = (line: string, lineNo: number, digested = false): void => {
    if (readAsHumanView(report, line, lineNo)) return;
    if (trailer) return fail(`Line ${lineNo} comes after the trailer: something was appended to the export.`);
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(line) as Record<string, unknown>;
    } catch {
      if (!digested) digest.addLine(line);
      return fail(`Line ${lineNo} is not valid JSON: the file is damaged.`);
    }
    if (obj.type !== 'trailer' && !digested) digest.addLine(line);
    if (!header) {
      header = obj as unknown as ExportHeader;
      const r = (run = startRun(header, trusted, options, report, note, fail));
      batches = events
        ? batchesFor(events, r, {
            readOther: (text, n) => readLine(text, n, true),
            readNext: (text) => readLine(text, ++lineNo),
            applyEvent: (c) => (lastLeafIndex = applyEventCheck(c, lastLeafIndex, r)),
            nextLine: () => ++lineNo,
            applyPlain: (no, leafIndex, chain) => (lastLeafIndex = applyPlainEvent(no, leafIndex, chain, r)),
            applyHead: (id, rev, hashes, at) => applyHead(id, rev, (n) => r.streams.isLastHash(n, hashes, at), r),
            takesPlain: () => !trailer,
            digest,
            maxLineBytes: options.maxLineBytes,
          })
        : null;
      return;
    }
    const r = run as Run;
    if (obj.type === 'event') {
      lastLeafIndex = checkEvent(obj as unknown as ExportEventLine, lineNo, lastLeafIndex, r);
    } else if (obj.type === 'streamHead') {
      checkHead(obj as unknown as StreamHeadLine, obj.streamsTreeSize, r);
    } else if (obj.type === 'trailer') {
      trailer = obj as unknown as ExportTrailer;
      checkTrailer(trailer, r, digest, trusted, report);
    } else {
      fail(`Line ${lineNo} has an unknown type ${JSON.stringify(obj.type)}.`);
    }
  };

  // Whole lines go out as bytes once the header is read, until the trailer is.
  const regions = () => !!(batches as EventBatches | null)?.takesRegions && !trailer && !report.humanView;
  const source = input as AsyncIterable<Buffer | string>;
  try {
    const room = events?.regionBytes?.bind(events);
    for await (const line of readLinesOrRegions(source, regions, options.maxLineBytes, room)) {
      const b = batches as EventBatches | null;
      // A region comes only while regions() holds; its lines are counted as it is applied.
      if (typeof line !== 'string') await b?.addRegion(line.bytes);
      else if (b && !b.regionsPending && !trailer && !report.humanView && sendsOut(line)) {
        digest.addLine(line);
        await b.add(line, ++lineNo);
      } else {
        // Every line before this one is applied first: lines are read in file order.
        await b?.drain();
        readLine(line, ++lineNo);
      }
    }
    await (batches as EventBatches | null)?.drain();
    // Set by readLine, which the compiler does not follow.
    checkEnd(report, options, trusted, header, trailer, run as Run | null, fail);
  } catch (e) {
    if (!(e instanceof StopVerification)) report.failures.push(`The export could not be read: ${(e as Error).message}`);
  }

  endNotes();
  return finished(report, run);
}

function finished(report: VerifyReport, run: Run | null): VerifyReport {
  report.streams = run ? streamSummaries(run, report.failures.length === 0) : [];
  report.ok = report.failures.length === 0;
  return report;
}

/** Notes (the first 200, then a count) and failures (the first stops the check unless `all`). */
function reporting(report: VerifyReport, options: VerifyOptions) {
  let suppressed = 0;
  return {
    note: (m: string): void => {
      if (report.notes.length < 200) report.notes.push(m);
      else suppressed++;
    },
    fail: (reason: string): void => {
      report.failures.push(reason);
      if (!options.all) throw new StopVerification(reason);
    },
    endNotes: (): void => {
      if (suppressed) report.notes.push(`... and ${suppressed} more notes like these.`);
    },
  };
}

/** The first line: the header, whose checkpoint every proof is checked against. */
function startRun(
  header: ExportHeader,
  trusted: NoteVerifierKey[],
  options: VerifyOptions,
  report: VerifyReport,
  note: (m: string) => void,
  fail: (r: string) => void,
): Run {
  if ((header as { type?: unknown }).type !== 'header') {
    fail('The first line is not the export header.');
    throw new StopVerification('no header');
  }
  const run = checkHeader(header, trusted, report, note, fail);
  if (!run) throw new StopVerification('no checkpoint');
  checkQuorum(header, options, report, fail);
  return run;
}

/** What can only be judged once the whole file is read. */
function checkEnd(
  report: VerifyReport,
  options: VerifyOptions,
  trusted: NoteVerifierKey[],
  header: ExportHeader | null,
  trailer: ExportTrailer | null,
  run: Run | null,
  fail: (r: string) => void,
): void {
  if (report.humanView)
    report.failures.push(humanViewReason(report.humanView.kind, options.fileName, report.humanView.evidenceFile));
  else if (!header) fail('The file is empty: there is no export header.');
  else if (!trailer) fail('The export ends without its trailer: it was cut short, so events may be missing.');
  if (run) checkEarlier(run.cp, trailer, options.earlierCheckpoint, trusted, report, fail);
}

/** A CSV or PDF is a human view, not evidence: its lines are only searched for the evidence file's name. */
function readAsHumanView(report: VerifyReport, line: string, lineNo: number): boolean {
  if (report.humanView) {
    report.humanView.evidenceFile ??= evidenceNameIn(line);
    return true;
  }
  const kind = lineNo === 1 ? humanViewOf(line) : null;
  if (kind) report.humanView = { kind, evidenceFile: evidenceNameIn(line) };
  return kind !== null;
}

function checkQuorum(
  header: ExportHeader,
  options: VerifyOptions,
  report: VerifyReport,
  fail: (r: string) => void,
): void {
  if (!options.witnesses?.length && !options.witnessesRequired) return;
  const quorum = checkWitnessQuorum(header.checkpoint, options.witnesses ?? [], options.witnessesRequired ?? 0);
  report.witnessedBy = quorum.witnessedBy;
  if (quorum.failure) fail(quorum.failure);
}

function trustedKeysOf(options: VerifyOptions, report: VerifyReport): NoteVerifierKey[] | null {
  let trusted: NoteVerifierKey[];
  try {
    trusted = options.trustedKeys.map((k) => (typeof k === 'string' ? parseVkey(k) : k));
  } catch (e) {
    report.failures.push(`A trusted key could not be read: ${(e as Error).message}`);
    return null;
  }
  if (trusted.length === 0) {
    report.failures.push(
      "No trusted key was given. Pass the log operator's public key (never take it from the export itself).",
    );
    return null;
  }
  return trusted;
}

/** A stream is complete only when the whole export verified: a failure anywhere may hide its events. */
function streamSummaries(run: Run, verified: boolean): VerifyReport['streams'] {
  const t = run.streams;
  return Array.from({ length: t.size }, (_, n) => ({
    stream: t.id(n),
    events: t.eventCount(n),
    firstRevision: t.firstRevision(n),
    lastRevision: t.lastRevision(n),
    complete: t.complete(n) && verified,
  }));
}

function checkHeader(
  h: ExportHeader,
  trusted: NoteVerifierKey[],
  report: VerifyReport,
  note: (m: string) => void,
  fail: (r: string) => void,
): Run | null {
  if (h.format !== EXPORT_FORMAT) fail(`This is not a Governance Ledger export (format ${JSON.stringify(h.format)}).`);
  if ((h.version as number) === 1)
    fail(
      `This export is format version 1, made before exports were sealed; this verifier reads version ${EXPORT_VERSION}. Export the case again.`,
    );
  else if (h.version !== EXPORT_VERSION)
    fail(
      `Export format version ${JSON.stringify(h.version)} is not supported (this verifier reads version ${EXPORT_VERSION}).`,
    );
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
  if (h.origin !== cp.origin)
    fail(`The header says the log is "${h.origin}" but the signed checkpoint is for "${cp.origin}".`);
  if (typeof h.treeSize !== 'number' || BigInt(h.treeSize) !== cp.size)
    fail(`The header says the tree has ${h.treeSize} entries but the signed checkpoint says ${cp.size}.`);
  if (!cp.streamsRoot) fail('The signed checkpoint has no stream-heads root, so completeness cannot be checked.');
  checkHeaderKey(
    h,
    trusted.filter((k) => (cp as Checkpoint & { verifiedBy: string[] }).verifiedBy.includes(k.name)),
    report,
    fail,
  );
  const problem = scopeProblem(h.scope);
  if (problem) {
    fail(`The header cannot be read: ${problem}.`);
    return null;
  }
  // A case export is whole by definition; a selection cannot be proven complete.
  const claimsComplete = h.scope.kind === 'stream';
  if (h.completeStreams !== claimsComplete) {
    fail(
      claimsComplete
        ? 'The header exports whole cases but says they are not complete: a case export is always whole, so the header was edited.'
        : 'The header claims a selection is complete, which no proof in the file can show: the header was edited.',
    );
  }
  report.scope = h.scope;
  report.claimsComplete = claimsComplete;
  return {
    scope: h.scope,
    claimsComplete,
    cp,
    streams: new StreamTable(),
    counts: report,
    note,
    fail,
  };
}

/** The header's key fingerprint and public key must be those of the pinned key that signed. */
function checkHeaderKey(
  h: ExportHeader,
  signers: NoteVerifierKey[],
  report: VerifyReport,
  fail: (r: string) => void,
): void {
  const fingerprints = signers.map((k) => keyFingerprint(k.publicKey));
  report.keyFingerprint = fingerprints[0];
  if (!fingerprints.includes(h.keyFingerprint)) {
    fail(
      `The header gives the key fingerprint ${String(h.keyFingerprint)}, but the checkpoint is signed by the key you gave, whose fingerprint is ${fingerprints[0]}: the header was edited.`,
    );
  }
  let named: NoteVerifierKey | null = null;
  try {
    named = parseVkey(String(h.publicKey));
  } catch {
    named = null;
  }
  if (!named || !signers.some((k) => k.publicKey.equals((named as NoteVerifierKey).publicKey))) {
    fail(
      'The public key written in the header is not the key you gave that signed the checkpoint: the header was edited. (The key in a file is never trusted; pass the key the office published.)',
    );
  }
}

function checkTrailer(
  t: ExportTrailer,
  run: Run,
  digest: SealDigest,
  trusted: NoteVerifierKey[],
  report: VerifyReport,
): void {
  const { cp, streams, scope, fail, note } = run;
  if (t.count !== report.events)
    fail(
      `The trailer says the export holds ${t.count} events but it holds ${report.events}: events were added or removed.`,
    );
  for (const h of t.streamHeads ?? []) checkHead(h, t.streamsTreeSize, run);
  for (let n = 0; n < streams.size; n++) {
    const stream = streams.id(n);
    if (!streams.headChecked(n)) {
      if (run.claimsComplete)
        fail(`The export gives no stream-heads proof for stream "${stream}", so it cannot be shown complete.`);
      else note(`Stream "${stream}": completeness not claimed.`);
    }
  }
  const missing = t.missingStreams ?? [];
  for (const m of missing) {
    if (streams.has(m) || scope.kind !== 'stream' || !scope.streams.includes(m))
      fail(`The trailer says case "${m}" has no events, but it was not asked for or the file holds events of it.`);
    else
      note(`Stream "${m}" was asked for but has no events up to the checkpoint (absence is not proven by this file).`);
  }
  if (scope.kind === 'stream') {
    for (const s of scope.streams)
      if (!streams.has(s) && !missing.includes(s))
        fail(
          `Case "${s}" was asked for, but the export neither holds its events nor says it has none: events were left out.`,
        );
  }
  // Consistency proofs in the trailer are checked whether or not an earlier checkpoint is given.
  for (const c of t.consistency ?? []) {
    try {
      if (!isIndex(c.fromSize) || BigInt(c.fromSize) > cp.size)
        throw new ProofError(`size ${String(c.fromSize)} is not an earlier tree size`);
      const fromRoot = b64(c.fromRoot, 'the earlier root');
      verifyConsistency(c.fromSize, cp.size, proofOf(c.proof, 'the consistency proof'), fromRoot, cp.root);
      report.consistency.push({ fromSize: c.fromSize, fromRoot: fromRoot.toString('base64') });
    } catch (e) {
      fail(
        `The trailer's consistency proof from size ${String(c.fromSize)} fails: the log at that size is not consistent with this checkpoint (${(e as Error).message}).`,
      );
    }
  }
  // Last: the seal over every byte, so the reasons above name what changed when they can.
  const { seal, ...unsealed } = t;
  const sealed = checkSeal(seal, digest.finish(unsealed), trusted);
  if ('problem' in sealed) fail(sealed.problem);
  else report.sealedBy = sealed.verifiedBy;
}
