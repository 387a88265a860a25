/**
 * The worker's side of a region (see RegionResults): each event or stream-head line whose checks all pass is
 * written to the region's columns; every other line is left for the reading thread, which
 * reads it again as one line and spells out its failures. So a line is taken here only when
 * checkEventLine would find nothing wrong with it, and the checks never need to name a line.
 */
import { isIndex, b64 } from './decode';
import { hashLeaf } from './merkle';
import { isCanonicalJson } from './canonical';
import { InclusionChecker } from './inclusion-checker';
import { ProofDecoder } from './decode';
import { entryInScope } from './scope';
import { hashFromHex } from './stream-table';
import { PLAIN_FIRST, PLAIN_HEAD, PLAIN_LINKED, type RegionResults } from './event-batches';
import { streamHeadLeafHash, type StreamHead } from './stream-heads';
import { proveInclusion, type EventContext } from './verify-events';

/** Region columns for `count` lines (ends are filled in by the caller). */
export function regionColumns(count: number): RegionResults {
  return {
    count,
    ends: new Int32Array(count),
    plain: new Uint8Array(count),
    leafIndex: new Float64Array(count),
    rev: new Float64Array(count),
    hashes: new Uint8Array(64 * count),
    stream: new Array<string>(count),
  };
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The entry's bytes, JSON and canonical; null when any of that fails. */
function entryOf(ev: Record<string, unknown>): { bytes: Buffer; entry: Record<string, unknown> } | null {
  let bytes: Buffer;
  try {
    bytes = b64(ev.entry, 'the entry');
  } catch {
    return null;
  }
  const text = bytes.toString('utf8');
  const entry = parsed(text);
  if (entry === null || typeof entry !== 'object' || !isCanonicalJson(text, entry)) return null;
  return { bytes, entry: entry as Record<string, unknown> };
}

function included(leafIndex: number, leafHash: Buffer, proof: unknown, ctx: EventContext): boolean {
  try {
    proveInclusion(leafIndex, leafHash, proof, ctx);
    return true;
  } catch {
    return false;
  }
}

/** The proof part of checkHead, for a head whose fields the reading thread can take as columns. */
function takeHeadLine(h: Record<string, unknown>, ctx: EventContext, out: RegionResults, i: number): boolean {
  const { streamId, lastRevision, lastLeafHash, index, streamsTreeSize: size } = h;
  const root = ctx.cp.streamsRoot;
  if (!root || !isIndex(index) || !isIndex(size) || typeof streamId !== 'string' || !isIndex(lastRevision))
    return false;
  if (typeof lastLeafHash !== 'string' || !hashFromHex(lastLeafHash, out.hashes, 64 * i)) return false;
  try {
    if (ctx.heads?.size !== size)
      ctx.heads = {
        size,
        inclusion: new InclusionChecker(size, root),
        proofs: new ProofDecoder('the stream-heads proof'),
      };
    ctx.heads.inclusion.verify(index, streamHeadLeafHash(h as unknown as StreamHead), ctx.heads.proofs.decode(h.proof));
  } catch {
    return false;
  }
  out.plain[i] = PLAIN_HEAD;
  out.rev[i] = lastRevision;
  out.stream[i] = streamId;
  return true;
}

/**
 * Checks the line `text` as checkEventLine does and writes it to row i of `out` when it is a
 * plain event line (no failure, no disclosed field, whole chain fields); false otherwise.
 */
export function takePlainLine(text: string, ctx: EventContext, out: RegionResults, i: number): boolean {
  const ev = parsed(text) as Record<string, unknown> | null | undefined;
  if (!ev || typeof ev !== 'object') return false;
  if (ev.type === 'streamHead') return takeHeadLine(ev, ctx, out, i);
  if (ev.type !== 'event') return false;
  const { leafIndex, disclosed } = ev;
  if (!isIndex(leafIndex)) return false;
  if (disclosed != null && !(Array.isArray(disclosed) && disclosed.length === 0)) return false;
  const e = entryOf(ev);
  if (!e) return false;
  const leafHash = hashLeaf(e.bytes);
  if (ev.leafHash !== undefined && ev.leafHash !== leafHash.toString('hex')) return false;
  if (!included(leafIndex, leafHash, ev.proof, ctx) || !entryInScope(e.entry, ctx.scope)) return false;
  const { stream, streamRevision: rev, prevStreamLeafHash: prev } = e.entry;
  if (typeof stream !== 'string' || !isIndex(rev)) return false;
  if (prev !== null && (typeof prev !== 'string' || !hashFromHex(prev, out.hashes, 64 * i + 32))) return false;
  out.plain[i] = prev === null ? PLAIN_FIRST : PLAIN_LINKED;
  out.leafIndex[i] = leafIndex;
  out.rev[i] = rev;
  out.stream[i] = stream;
  out.hashes.set(leafHash, 64 * i);
  return true;
}
