/**
 * Audits a whole store: recomputes every leaf hash from the stored entry bytes,
 * checks each per-stream chain, compares with the sealer's leaves, recomputes the
 * root at every checkpoint size and checks its signature (so every checkpoint is a
 * prefix of the same log: consistency), checks the stored consistency proofs between
 * consecutive checkpoints (exercising the stored interior nodes), and the
 * stream-heads root of the latest checkpoint.
 */
import { CorruptEntry, type EventStore, type Position, type RecordedEvent } from '@ledger/event-store';
import { StoredTree } from './merkle/stored-tree';
import { StreamHeadsTree } from './merkle/stream-heads-tree';
import type { SealerStorage, StoredCheckpoint, StoredLeaf } from './storage/types';
import { CompactRange, equalHashes, hashLeaf, verifyConsistency } from './verify/merkle';
import { parseCheckpointBody, verifyNote, type NoteVerifierKey } from './verify/note';

export interface VerifyStoreOptions {
  source: Pick<EventStore, 'readAll'>;
  storage: SealerStorage;
  trustedKeys: NoteVerifierKey[];
  /** Report every problem (default: stop after 100). */
  maxFailures?: number;
  onProgress?: (p: { events: number; checkpoints: number }) => void;
}

export interface VerifyStoreReport {
  ok: boolean;
  failures: string[];
  events: number;
  sealed: number;
  checkpoints: number;
  latestCheckpointSize: number | null;
}

type Read = { ev: RecordedEvent; corrupt?: undefined } | { ev?: undefined; corrupt: CorruptEntry };

/**
 * The whole log, an unreadable row included: the store throws on a row it cannot decode,
 * and a page that holds one throws as a whole. So after a throw the log is re-read one
 * row at a time up to the damaged row, which is reported, and reading goes on after it.
 */
async function* everyRow(source: Pick<EventStore, 'readAll'>): AsyncGenerator<Read> {
  let after: Position | null = null;
  let stepUntil: Position | null = null;
  for (;;) {
    const from: Position | null = after;
    try {
      let got = 0;
      for await (const ev of source.readAll({ after, ...(stepUntil !== null ? { limit: 1 } : {}) })) {
        got++;
        after = ev.position;
        yield { ev };
      }
      if (stepUntil === null || got === 0) return;
    } catch (e) {
      if (!(e instanceof CorruptEntry)) throw e;
      if (stepUntil === null) {
        // Re-read that page one row at a time to find the rows before the damaged one.
        stepUntil = e.position as Position;
        continue;
      }
      if (e.position === from) throw e;
      yield { corrupt: e };
      after = e.position as Position;
      if (e.position === stepUntil) stepUntil = null;
    }
  }
}

export async function verifyStore(o: VerifyStoreOptions): Promise<VerifyStoreReport> {
  const max = o.maxFailures ?? 100;
  const failures: string[] = [];
  const report: VerifyStoreReport = { ok: false, failures, events: 0, sealed: 0, checkpoints: 0, latestCheckpointSize: null };
  class Enough extends Error {}
  const fail = (m: string) => {
    failures.push(m);
    if (failures.length >= max) throw new Enough();
  };

  const state = await o.storage.state();
  report.sealed = state.size;
  const leaves = o.storage.leaves(0, state.size)[Symbol.asyncIterator]();
  const cps = o.storage.allCheckpoints()[Symbol.asyncIterator]();
  let nextCp: StoredCheckpoint | null = ((await cps.next()).value as StoredCheckpoint | undefined) ?? null;
  let prevCp: StoredCheckpoint | null = null;
  let latest: StoredCheckpoint | null = null;
  const cr = CompactRange.empty();
  const chain = new Map<string, { revision: number; hash: string; leafIndex: number }>();
  const tree = new StoredTree(o.storage);

  const checkCheckpoint = async (cp: StoredCheckpoint) => {
    report.checkpoints++;
    try {
      const body = parseCheckpointBody(verifyNote(cp.note, o.trustedKeys).body);
      if (body.size !== BigInt(cp.size) || !body.root.equals(cp.root)) fail(`checkpoint ${cp.size}: its stored size or root differs from its signed note`);
    } catch (e) {
      fail(`checkpoint ${cp.size}: ${(e as Error).message}`);
    }
    if (!equalHashes(cr.root(), cp.root)) fail(`checkpoint ${cp.size}: the root recomputed from the stored entries differs from the signed root; entries before ${cp.size} were changed`);
    if (prevCp) {
      try {
        const proof = await tree.consistencyProof(prevCp.size, cp.size);
        verifyConsistency(prevCp.size, cp.size, proof, prevCp.root, cp.root);
      } catch (e) {
        fail(`checkpoints ${prevCp.size} -> ${cp.size}: the stored tree cannot prove consistency (${(e as Error).message})`);
      }
    }
    prevCp = cp;
    latest = cp;
  };

  try {
    while (nextCp && nextCp.size === 0) {
      await checkCheckpoint(nextCp);
      nextCp = ((await cps.next()).value as StoredCheckpoint | undefined) ?? null;
    }
    for await (const row of everyRow(o.source)) {
      const i = report.events++;
      let hash: Buffer;
      if (row.corrupt) {
        // Go on with what the sealer recorded for this leaf, so the rows after it are checked too.
        const r = i < state.size ? await leaves.next() : null;
        const leaf = r?.value as StoredLeaf | undefined;
        fail(`entry at position ${row.corrupt.position} (leaf ${i}): cannot be read (${row.corrupt.message})`);
        if (!leaf || leaf.leafIndex !== i) {
          fail(`leaf ${i} is missing from the audit tables, so the audit cannot go on past the unreadable entry`);
          break;
        }
        hash = leaf.leafHash;
        chain.set(leaf.stream, { revision: leaf.revision, hash: hash.toString('hex'), leafIndex: i });
      } else {
        const ev = row.ev;
        hash = hashLeaf(ev.entryBytes);
        const hex = hash.toString('hex');
        const where = `event ${ev.eventId} (position ${ev.position}, leaf ${i})`;
        if (hex !== ev.leafHash) fail(`${where}: its bytes no longer hash to the leaf hash stored with them; the row was altered`);
        const prev = chain.get(ev.stream);
        if (ev.streamRevision !== (prev ? prev.revision + 1 : 0) || ev.prevStreamLeafHash !== (prev ? prev.hash : null)) fail(`${where}: stream ${ev.stream} revision ${ev.streamRevision} does not follow revision ${prev?.revision ?? 'none'} in the chain`);
        chain.set(ev.stream, { revision: ev.streamRevision, hash: hex, leafIndex: i });
        if (i < state.size) {
          const r = await leaves.next();
          const leaf = r.value as StoredLeaf | undefined;
          if (!leaf || leaf.leafIndex !== i) fail(`leaf ${i} is missing from the audit tables`);
          else {
            if (leaf.eventId !== ev.eventId) fail(`${where}: the sealer recorded event ${leaf.eventId} at this leaf; events were inserted, removed or reordered`);
            if (!leaf.leafHash.equals(hash)) fail(`${where}: the sealed leaf hash differs from the entry's hash; the entry or the audit row was altered`);
          }
        }
      }
      cr.append(hash);
      while (nextCp && BigInt(nextCp.size) === cr.size) {
        await checkCheckpoint(nextCp);
        nextCp = ((await cps.next()).value as StoredCheckpoint | undefined) ?? null;
      }
      if (o.onProgress && report.events % 10000 === 0) o.onProgress({ events: report.events, checkpoints: report.checkpoints });
    }
    if (report.events < state.size) fail(`the store holds ${report.events} events but ${state.size} were sealed: events were deleted`);
    if (nextCp) fail(`checkpoint ${nextCp.size} is beyond the ${report.events} events in the store: events were deleted`);
    const last = latest as StoredCheckpoint | null;
    if (last) {
      // The stream-heads root of the latest checkpoint, from the chain as of its size.
      const heads = await o.storage.streamHeadsAsOf(last.size);
      const t = StreamHeadsTree.from(heads.map((h) => ({ stream: h.stream, revision: h.revision, leafHash: h.leafHash.toString('hex'), leafIndex: h.leafIndex })));
      if (!t.root().equals(last.streamsRoot)) fail(`checkpoint ${last.size}: the stream-heads root does not match the stored leaves`);
      report.latestCheckpointSize = last.size;
    }
  } catch (e) {
    if (!(e instanceof Enough)) failures.push(`the audit stopped, the log could not be read on (was it altered?): ${(e as Error).message}`);
  }
  report.ok = failures.length === 0;
  return report;
}
