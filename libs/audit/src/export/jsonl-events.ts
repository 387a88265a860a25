/**
 * The event lines of a JSON Lines export: where the sealed entries come from, and their text.
 */
import type { RecordedEvent } from '@ledger/event-store';
import type { SealerStorage } from '../storage/types';
import type { ExportScope } from '../verify/format';
import type { StreamHead } from '../verify/stream-heads';
import { dateInRange } from '../verify/scope';
import { sealedWithin } from './common';

/** One event to export: its sealed leaf and its entry bytes. */
export interface SealedEntry {
  eventId: string;
  stream: string;
  leafIndex: number;
  /** The sealed leaf hash, hex. */
  leafHash: string;
  entry: Buffer;
  /** Whether the store's own leaf hash for the event is the sealed one. */
  storeAgrees: boolean;
  /** The decoded event, when it was read through the event store (needed to disclose). */
  event?: RecordedEvent;
}

type RowSource = Required<Pick<SealerStorage, 'sealedEntryPages' | 'eventDatesAfterLeaf'>>;

/** Whether a date-range export can read sealed rows directly instead of events through the store. */
export function readsRows(
  storage: Partial<RowSource>,
  scope: ExportScope,
): storage is RowSource & Partial<SealerStorage> {
  return scope.kind === 'dateRange' && !!storage.sealedEntryPages && !!storage.eventDatesAfterLeaf;
}

/**
 * A date-range export straight from the sealed rows, in leaf (= log) order, a page at a time:
 * the date is a column, so no entry is decoded to choose it. Events stored after the
 * checkpoint's last leaf that fall in the range are counted in `tally.skipped`, as the event
 * path counts them.
 */
export async function* sealedRowsInRange(
  storage: RowSource,
  scope: Extract<ExportScope, { kind: 'dateRange' }>,
  treeSize: number,
  tally: { skipped: number },
): AsyncGenerator<SealedEntry[]> {
  const byRecorded = scope.field === 'recordedAt';
  const inRange = (r: { effectiveAt: string; recordedAt: string }) =>
    dateInRange(byRecorded ? r.recordedAt : r.effectiveAt, scope.from, scope.to);
  for await (const rows of storage.sealedEntryPages(0, treeSize)) {
    const page: SealedEntry[] = [];
    for (const r of rows) {
      if (!inRange(r)) continue;
      page.push({
        eventId: r.eventId,
        stream: r.stream,
        leafIndex: r.leafIndex,
        leafHash: r.leafHash,
        entry: r.entry,
        storeAgrees: r.leafHash === r.storeLeafHash,
      });
    }
    yield page;
  }
  for await (const r of storage.eventDatesAfterLeaf(treeSize - 1)) if (inRange(r)) tally.skipped++;
}

/** Events given by the caller in a page: few enough that disclosure lookups keep their pace. */
const EVENT_PAGE = 64;

/** The events given by the caller, each with its sealed leaf (see sealedWithin), a page at a time. */
export async function* sealedEvents(
  events: AsyncIterable<RecordedEvent>,
  storage: Parameters<typeof sealedWithin>[1]['storage'],
  treeSize: number,
  tally: { skipped: number },
): AsyncGenerator<SealedEntry[]> {
  let page: SealedEntry[] = [];
  for await (const { ev, leaf } of sealedWithin(events, { storage }, treeSize, tally)) {
    const leafHash = leaf.leafHash.toString('hex');
    page.push({
      eventId: ev.eventId,
      stream: ev.stream,
      leafIndex: leaf.leafIndex,
      leafHash,
      entry: ev.entryBytes,
      storeAgrees: leafHash === ev.leafHash,
      event: ev,
    });
    if (page.length >= EVENT_PAGE) {
      yield page;
      page = [];
    }
  }
  if (page.length) yield page;
}

/**
 * Base64 of inclusion proofs in leaf order, as the JSON text of the array. The prover hands
 * out the same node objects for the steps that neighbouring leaves share, so only the
 * elements that changed are encoded.
 */
export function proofEncoder(): { texts: (proof: Buffer[]) => string[]; json: (proof: Buffer[]) => string } {
  let nodes: Buffer[] = [];
  let texts: string[] = [];
  let quoted: string[] = [];
  const update = (proof: Buffer[]) => {
    const t = new Array<string>(proof.length);
    const q = new Array<string>(proof.length);
    for (let i = 0; i < proof.length; i++) {
      if (proof[i] === nodes[i]) {
        t[i] = texts[i];
        q[i] = quoted[i];
      } else {
        t[i] = proof[i].toString('base64');
        q[i] = `"${t[i]}"`;
      }
    }
    nodes = proof;
    texts = t;
    quoted = q;
  };
  return {
    texts: (proof) => {
      update(proof);
      return texts;
    },
    json: (proof) => {
      update(proof);
      return `[${quoted.join(',')}]`;
    },
  };
}

/** Proof nodes below this index get a piece each; the text of the rest changes every 2^LOW leaves at most. */
const LOW = 2;

/**
 * The JSON text of inclusion proofs asked for in leaf order, as pieces to copy one after
 * another (ChunkedWriter.asciiLine): each lowest node's base64 in quotes, and the text of the
 * nodes above them, built again only when one of those changes. Same text as proofEncoder().json.
 */
export class ProofPieces {
  private readonly nodes: Buffer[] = [];
  private readonly quoted: string[] = [];
  private tail = ']';

  /** Puts the pieces into `into` from `at`; returns the index after the last. */
  put(proof: Buffer[], into: string[], at: number): number {
    let stale = proof.length !== this.nodes.length;
    for (let i = 0; i < proof.length; i++) {
      if (proof[i] === this.nodes[i]) continue;
      this.nodes[i] = proof[i];
      this.quoted[i] = `"${proof[i].toString('base64')}"`;
      if (i >= LOW) stale = true;
    }
    this.nodes.length = proof.length;
    this.quoted.length = proof.length;
    if (stale) this.tail = proof.length > LOW ? `,${this.quoted.slice(LOW).join(',')}]` : ']';
    let k = at;
    into[k++] = '[';
    for (let i = 0; i < LOW && i < proof.length; i++) {
      if (i) into[k++] = ',';
      into[k++] = this.quoted[i];
    }
    into[k++] = this.tail;
    return k;
  }
}

/**
 * An event line without disclosed fields, exactly as JSON.stringify writes an ExportEventLine
 * (same key order; hex and base64 need no escaping), as pieces into `into` from 0 (see
 * ProofPieces); returns how many.
 */
export function eventLinePieces(
  into: string[],
  leafIndex: number,
  leafHash: string,
  entry: Buffer,
  proof: Buffer[],
  pieces: ProofPieces,
): number {
  into[0] = `{"type":"event","leafIndex":${leafIndex},"leafHash":"${leafHash}","entry":"`;
  into[1] = entry.toString('base64');
  into[2] = '","proof":';
  const n = pieces.put(proof, into, 3);
  into[n] = '}';
  return n + 1;
}

/** A stream-head line, exactly as JSON.stringify writes a StreamHeadLine, without building the object first. */
export function streamHeadLineText(treeSize: number, head: StreamHead, index: number, proofJson: string): string {
  return `{"type":"streamHead","streamsTreeSize":${treeSize},"streamId":${JSON.stringify(head.streamId)},"lastRevision":${head.lastRevision},"lastLeafHash":"${head.lastLeafHash}","index":${index},"proof":${proofJson}}`;
}
