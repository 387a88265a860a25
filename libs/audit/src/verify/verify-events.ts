/**
 * The per-line checks of the export verifier: each event (leaf hash, inclusion proof,
 * stream chain, scope, disclosed fields) and each stream head (completeness).
 */
import { hashLeaf, ProofError } from './merkle';
import { b64, isIndex, ProofDecoder } from './decode';
import { isCanonicalJson } from './canonical';
import { InclusionChecker } from './inclusion-checker';
import type { Checkpoint } from './note';
import type { ExportEventLine, ExportScope, StreamHeadProofLine } from './format';
import { streamHeadLeafHash } from './stream-heads';
import { checkCommitment } from './commitment';
import { entryInScope } from './scope';
import { hashFromHex, StreamTable } from './stream-table';

/** What the checks of one export share while it is read. */
export interface Run extends EventContext {
  /** Whether each exported stream must be whole: true for case (stream) exports, whatever the header says. */
  claimsComplete: boolean;
  cp: Checkpoint;
  streams: StreamTable;
  counts: { events: number; disclosedFields: number };
  note: (m: string) => void;
  fail: (r: string) => void;
}

/** What an event line's checks share: the signed tree and the export's scope. */
export interface EventContext {
  cp: Pick<Checkpoint, 'size' | 'root' | 'streamsRoot'>;
  scope: ExportScope;
  /** Checks the events' inclusion proofs against cp; made at the first event. */
  inclusion?: InclusionChecker;
  /** Decodes the events' inclusion proofs, reusing the elements the previous proof shared. */
  proofs?: ProofDecoder;
  /** The same for the stream heads' proofs against the checkpoint's stream-heads root, for one tree size. */
  heads?: { size: number; inclusion: InclusionChecker; proofs: ProofDecoder };
}

/**
 * The outcome of the checks of one event line that need nothing but the line and the
 * signed tree (so they may run anywhere, in any order): the failures in the order they are
 * found, and what the per-stream chain, which needs the lines before, is checked with.
 */
export interface EventCheck {
  where: string;
  /** null when the leaf index is not a whole number (nothing else was checked). */
  leafIndex: number | null;
  failures: string[];
  /** The entry's chain fields and leaf hash, when the entry is JSON. */
  chain?: { stream: unknown; rev: unknown; prev: unknown; leafHash: string };
  /** Failures of the disclosed fields, reported after the chain's. */
  disclosedFailures: string[];
  disclosed: number;
}

/**
 * Proves that the leaf `leafHash` stands at `leafIndex` in the signed checkpoint's tree, by the
 * line's inclusion proof; throws (ProofError, or the proof's decoding error) when it does not.
 * Every event line is proven here, on the full check and on the workers' plain-line path alike.
 */
export function proveInclusion(leafIndex: number, leafHash: Buffer, proof: unknown, ctx: EventContext): void {
  const { cp } = ctx;
  if (BigInt(leafIndex) >= cp.size)
    throw new ProofError(`leaf ${leafIndex} is beyond the checkpoint (size ${cp.size})`);
  ctx.inclusion ??= new InclusionChecker(cp.size, cp.root);
  ctx.proofs ??= new ProofDecoder('the inclusion proof');
  ctx.inclusion.verify(leafIndex, leafHash, ctx.proofs.decode(proof));
}

/** The checks of one event line that need no other line (1 to 3, and 5 of checkEvent). */
export function checkEventLine(ev: ExportEventLine, lineNo: number, ctx: EventContext): EventCheck {
  const where = `Line ${lineNo} (leaf ${String(ev.leafIndex)})`;
  const out: EventCheck = { where, leafIndex: null, failures: [], disclosedFailures: [], disclosed: 0 };
  const fail = (r: string) => out.failures.push(r);
  if (!isIndex(ev.leafIndex)) {
    fail(`${where}: the leaf index is not a whole number.`);
    return out;
  }
  out.leafIndex = ev.leafIndex;
  let bytes: Buffer;
  try {
    bytes = b64(ev.entry, 'the entry');
  } catch {
    fail(`${where}: the entry is not base64.`);
    return out;
  }
  // 1. Leaf hash: the bytes are canonical JSON and hash to the stated leaf hash.
  const leafHash = hashLeaf(bytes);
  const leafHex = leafHash.toString('hex');
  let entry: Record<string, unknown> | null = null;
  try {
    const text = bytes.toString('utf8');
    entry = JSON.parse(text) as Record<string, unknown>;
    if (!isCanonicalJson(text, entry))
      fail(`${where}: the entry bytes are not in canonical form (RFC 8785); they were edited.`);
  } catch {
    fail(`${where}: the entry bytes are not JSON; they were damaged or edited.`);
  }
  if (ev.leafHash !== undefined && ev.leafHash !== leafHex)
    fail(`${where}: the entry does not hash to the stated leaf hash; the entry or the hash was altered.`);
  // 2. Inclusion proof against the signed root.
  try {
    proveInclusion(ev.leafIndex, leafHash, ev.proof, ctx);
  } catch (e) {
    fail(`${where}: the inclusion proof fails (${(e as Error).message}); this entry is not what the signed log holds.`);
  }
  if (!entry) return out;
  // 3. The event belongs to what the header says was exported.
  if (!entryInScope(entry, ctx.scope))
    fail(`${where}: this event is outside what the header says was exported; the header or the file was edited.`);
  out.chain = { stream: entry.stream, rev: entry.streamRevision, prev: entry.prevStreamLeafHash, leafHash: leafHex };
  checkDisclosed(ev, entry, where, out);
  return out;
}

/** Applies one line's checks to the run, in file order; returns the line's leaf index. */
export function applyEventCheck(c: EventCheck, lastLeafIndex: number, run: Run): number {
  run.counts.events++;
  for (const f of c.failures) run.fail(f);
  if (c.leafIndex === null) return lastLeafIndex;
  if (!c.chain || !checkChain(c.leafIndex, c.chain, c.where, run)) return c.leafIndex;
  run.counts.disclosedFields += c.disclosed;
  for (const f of c.disclosedFailures) run.fail(f);
  return c.leafIndex;
}

/**
 * An event's chain fields once whole, its leaf hash and the previous event's as bytes of
 * `hashes`: leafAt, and prevAt (null when the entry points at no previous event, -1 when it
 * points at a string that is not 64 lower-case hex digits, which no leaf hash is).
 */
export interface ChainLink {
  stream: string;
  rev: number;
  prevAt: number | null;
  leafAt: number;
  hashes: Uint8Array;
}

/**
 * Applies an event line whose own checks passed and whose chain fields are whole (the
 * columns of RegionResults): what applyEventCheck does with such a line's EventCheck.
 */
export function applyPlainEvent(lineNo: number, leafIndex: number, link: ChainLink, run: Run): number {
  run.counts.events++;
  checkLink(leafIndex, link, () => `Line ${lineNo} (leaf ${leafIndex})`, run);
  return leafIndex;
}

/** Checks one event line; returns its leaf index. */
export function checkEvent(ev: ExportEventLine, lineNo: number, lastLeafIndex: number, run: Run): number {
  return applyEventCheck(checkEventLine(ev, lineNo, run), lastLeafIndex, run);
}

const linkHashes = new Uint8Array(64);

/** 4. Per-stream chain; false when the entry lacks the fields it is made of. */
function checkChain(leafIndex: number, chain: NonNullable<EventCheck['chain']>, where: string, run: Run): boolean {
  const { stream, rev, prev } = chain;
  if (typeof stream !== 'string' || !isIndex(rev) || (prev !== null && typeof prev !== 'string')) {
    run.fail(`${where}: the entry lacks stream, streamRevision or prevStreamLeafHash.`);
    return false;
  }
  if (!hashFromHex(chain.leafHash, linkHashes, 0)) throw new Error('a leaf hash is not hex');
  const prevAt = prev === null ? null : hashFromHex(prev, linkHashes, 32) ? 32 : -1;
  checkLink(leafIndex, { stream, rev, prevAt, leafAt: 0, hashes: linkHashes }, where, run);
  return true;
}

/** 4. Per-stream chain of an event whose chain fields are whole. */
function checkLink(leafIndex: number, link: ChainLink, whereText: string | (() => string), run: Run): void {
  const { streams } = run;
  // The line's place is spelt out only for a failure.
  const fail = (r: (where: string) => string) => run.fail(r(typeof whereText === 'string' ? whereText : whereText()));
  const { stream, rev, prevAt, hashes } = link;
  if (rev === 0 && prevAt !== null)
    fail((where) => `${where}: the first event of stream "${stream}" points at a previous event.`);
  const n = streams.find(stream);
  if (n < 0) {
    if (run.claimsComplete && rev !== 0)
      fail(
        (where) =>
          `${where}: stream "${stream}" starts at revision ${rev}; revisions 0 to ${rev - 1} are missing from the export.`,
      );
    streams.add(stream, leafIndex, rev, hashes, link.leafAt);
    return;
  }
  const last = streams.lastRevision(n);
  if (rev <= last)
    fail(
      (where) => `${where}: stream "${stream}" goes back from revision ${last} to ${rev}, or an event appears twice.`,
    );
  else if (leafIndex <= streams.lastLeafIndex(n))
    fail(
      (where) =>
        `${where}: stream "${stream}" revision ${rev} sits before revision ${last} in the log; the order was tampered with.`,
    );
  else if (rev === last + 1) {
    if (prevAt === null || prevAt < 0 || !streams.isLastHash(n, hashes, prevAt))
      fail(
        (where) =>
          `${where}: stream "${stream}" revision ${rev} does not point at the hash of revision ${last}; the chain is broken.`,
      );
  } else {
    streams.markGap(n);
    if (run.claimsComplete)
      fail(
        (where) =>
          `${where}: stream "${stream}" jumps from revision ${last} to ${rev}; the events in between are missing.`,
      );
  }
  streams.next(n, leafIndex, rev, hashes, link.leafAt);
}

/** 5. Disclosed personal fields: each must match the commitment the entry holds. */
function checkDisclosed(ev: ExportEventLine, entry: Record<string, unknown>, where: string, out: EventCheck): void {
  const fail = (r: string) => out.disclosedFailures.push(r);
  for (const d of ev.disclosed ?? []) {
    out.disclosed++;
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
}

/** Checks one stream head against the signed stream-heads root, and the stream's completeness. */
export function checkHead(h: StreamHeadProofLine, streamsTreeSize: unknown, run: Run): void {
  const { cp, streams, fail } = run;
  try {
    if (!cp.streamsRoot) throw new ProofError('no stream-heads root');
    if (!isIndex(h.index) || !isIndex(streamsTreeSize)) throw new ProofError('bad index or size');
    // Heads come in tree order: neighbouring proofs share their upper steps, hashed once.
    if (run.heads?.size !== streamsTreeSize)
      run.heads = {
        size: streamsTreeSize,
        inclusion: new InclusionChecker(streamsTreeSize, cp.streamsRoot),
        proofs: new ProofDecoder('the stream-heads proof'),
      };
    run.heads.inclusion.verify(h.index, streamHeadLeafHash(h), run.heads.proofs.decode(h.proof));
  } catch (e) {
    fail(`The head of stream "${h.streamId}" is not proven by the signed checkpoint (${(e as Error).message}).`);
    return;
  }
  const hex = h.lastLeafHash;
  applyHead(h.streamId, h.lastRevision, (n) => streams.lastHashHex(n) === hex, run);
}

/**
 * What a proven stream head says of the stream's events in the export (completeness);
 * `isLast(n)` is whether the head's leaf hash is that of stream n's last event.
 */
export function applyHead(streamId: string, lastRevision: number, isLast: (n: number) => boolean, run: Run): void {
  const { streams, fail, note } = run;
  const n = streams.find(streamId);
  if (n < 0) {
    if (run.claimsComplete)
      fail(`Stream "${streamId}" has ${lastRevision + 1} events at the checkpoint but none are in the export.`);
    return;
  }
  streams.markHeadChecked(n);
  const partial = () =>
    note(`Stream "${streamId}": ${streams.eventCount(n)} of its ${lastRevision + 1} events are in this selection.`);
  if (streams.lastRevision(n) !== lastRevision || !isLast(n)) {
    if (run.claimsComplete)
      fail(
        `Stream "${streamId}" ends at revision ${streams.lastRevision(n)} in the export, but at revision ${lastRevision} in the signed log: events were left out.`,
      );
    else partial();
    return;
  }
  if (!streams.hasGaps(n) && streams.firstRevision(n) === 0) streams.markComplete(n);
  else partial();
}
