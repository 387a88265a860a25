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

class Enough extends Error {}

/** One pass over the log: the running tree, each stream's chain, and the failures so far. */
class StoreAudit {
  readonly failures: string[] = [];
  readonly report: VerifyStoreReport = {
    ok: false,
    failures: this.failures,
    events: 0,
    sealed: 0,
    checkpoints: 0,
    latestCheckpointSize: null,
  };
  readonly cr = CompactRange.empty();
  private readonly chain = new Map<string, { revision: number; hash: string; leafIndex: number }>();
  private readonly tree: StoredTree;
  private prevCp: StoredCheckpoint | null = null;
  latest: StoredCheckpoint | null = null;

  constructor(
    private readonly o: VerifyStoreOptions,
    private readonly sealedSize: number,
    private readonly leaves: AsyncIterator<StoredLeaf>,
  ) {
    this.tree = new StoredTree(o.storage);
    this.report.sealed = sealedSize;
  }

  fail(m: string): void {
    this.failures.push(m);
    if (this.failures.length >= (this.o.maxFailures ?? 100)) throw new Enough();
  }

  async checkCheckpoint(cp: StoredCheckpoint): Promise<void> {
    this.report.checkpoints++;
    try {
      const body = parseCheckpointBody(verifyNote(cp.note, this.o.trustedKeys).body);
      if (body.size !== BigInt(cp.size) || !body.root.equals(cp.root))
        this.fail(`checkpoint ${cp.size}: its stored size or root differs from its signed note`);
    } catch (e) {
      this.fail(`checkpoint ${cp.size}: ${(e as Error).message}`);
    }
    if (!equalHashes(this.cr.root(), cp.root))
      this.fail(
        `checkpoint ${cp.size}: the root recomputed from the stored entries differs from the signed root; entries before ${cp.size} were changed`,
      );
    const prevCp = this.prevCp;
    if (prevCp) {
      try {
        const proof = await this.tree.consistencyProof(prevCp.size, cp.size);
        verifyConsistency(prevCp.size, cp.size, proof, prevCp.root, cp.root);
      } catch (e) {
        this.fail(
          `checkpoints ${prevCp.size} -> ${cp.size}: the stored tree cannot prove consistency (${(e as Error).message})`,
        );
      }
    }
    this.prevCp = cp;
    this.latest = cp;
  }

  /** The leaf hash of an unreadable row, from what the sealer recorded; null when the audit cannot go on. */
  async corruptRow(i: number, corrupt: CorruptEntry): Promise<Buffer | null> {
    // Go on with what the sealer recorded for this leaf, so the rows after it are checked too.
    const r = i < this.sealedSize ? await this.leaves.next() : null;
    const leaf = r?.value as StoredLeaf | undefined;
    this.fail(`entry at position ${corrupt.position} (leaf ${i}): cannot be read (${corrupt.message})`);
    if (!leaf || leaf.leafIndex !== i) {
      this.fail(`leaf ${i} is missing from the audit tables, so the audit cannot go on past the unreadable entry`);
      return null;
    }
    this.chain.set(leaf.stream, { revision: leaf.revision, hash: leaf.leafHash.toString('hex'), leafIndex: i });
    return leaf.leafHash;
  }

  async readableRow(i: number, ev: RecordedEvent): Promise<Buffer> {
    const hash = hashLeaf(ev.entryBytes);
    const hex = hash.toString('hex');
    const where = `event ${ev.eventId} (position ${ev.position}, leaf ${i})`;
    if (hex !== ev.leafHash)
      this.fail(`${where}: its bytes no longer hash to the leaf hash stored with them; the row was altered`);
    const prev = this.chain.get(ev.stream);
    if (ev.streamRevision !== (prev ? prev.revision + 1 : 0) || ev.prevStreamLeafHash !== (prev ? prev.hash : null))
      this.fail(
        `${where}: stream ${ev.stream} revision ${ev.streamRevision} does not follow revision ${prev?.revision ?? 'none'} in the chain`,
      );
    this.chain.set(ev.stream, { revision: ev.streamRevision, hash: hex, leafIndex: i });
    if (i < this.sealedSize) {
      const r = await this.leaves.next();
      const leaf = r.value as StoredLeaf | undefined;
      if (!leaf || leaf.leafIndex !== i) this.fail(`leaf ${i} is missing from the audit tables`);
      else {
        if (leaf.eventId !== ev.eventId)
          this.fail(
            `${where}: the sealer recorded event ${leaf.eventId} at this leaf; events were inserted, removed or reordered`,
          );
        if (!leaf.leafHash.equals(hash))
          this.fail(
            `${where}: the sealed leaf hash differs from the entry's hash; the entry or the audit row was altered`,
          );
      }
    }
    return hash;
  }

  /** The stream-heads root of the latest checkpoint, from the chain as of its size. */
  async checkLatestHeads(): Promise<void> {
    const last = this.latest;
    if (!last) return;
    const heads = await this.o.storage.streamHeadsAsOf(last.size);
    const t = StreamHeadsTree.from(
      heads.map((h) => ({
        stream: h.stream,
        revision: h.revision,
        leafHash: h.leafHash.toString('hex'),
        leafIndex: h.leafIndex,
      })),
    );
    if (!t.root().equals(last.streamsRoot))
      this.fail(`checkpoint ${last.size}: the stream-heads root does not match the stored leaves`);
    this.report.latestCheckpointSize = last.size;
  }
}

export async function verifyStore(o: VerifyStoreOptions): Promise<VerifyStoreReport> {
  const state = await o.storage.state();
  const audit = new StoreAudit(o, state.size, o.storage.leaves(0, state.size)[Symbol.asyncIterator]());
  const { report } = audit;
  const cps = o.storage.allCheckpoints()[Symbol.asyncIterator]();
  const nextCheckpoint = async () => ((await cps.next()).value as StoredCheckpoint | undefined) ?? null;
  let nextCp = await nextCheckpoint();
  try {
    while (nextCp && nextCp.size === 0) {
      await audit.checkCheckpoint(nextCp);
      nextCp = await nextCheckpoint();
    }
    for await (const row of everyRow(o.source)) {
      const i = report.events++;
      const hash = row.corrupt ? await audit.corruptRow(i, row.corrupt) : await audit.readableRow(i, row.ev);
      if (!hash) break;
      audit.cr.append(hash);
      while (nextCp && BigInt(nextCp.size) === audit.cr.size) {
        await audit.checkCheckpoint(nextCp);
        nextCp = await nextCheckpoint();
      }
      if (o.onProgress && report.events % 10000 === 0)
        o.onProgress({ events: report.events, checkpoints: report.checkpoints });
    }
    if (report.events < state.size)
      audit.fail(`the store holds ${report.events} events but ${state.size} were sealed: events were deleted`);
    if (nextCp)
      audit.fail(`checkpoint ${nextCp.size} is beyond the ${report.events} events in the store: events were deleted`);
    await audit.checkLatestHeads();
  } catch (e) {
    if (!(e instanceof Enough))
      audit.failures.push(`the audit stopped, the log could not be read on (was it altered?): ${(e as Error).message}`);
  }
  report.ok = audit.failures.length === 0;
  return report;
}
