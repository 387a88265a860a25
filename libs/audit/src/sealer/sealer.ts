/**
 * The sealer: driven like a projection, it reads the log in global order
 * (readAll to catch up, subscribe to follow), appends each entry's leaf hash to the
 * RFC 9162 tree, and persists each batch's leaves, completed interior nodes and signed
 * checkpoint in one transaction; it also signs checkpoints on a timer and on demand.
 *
 * Between appends it holds only the right edge of the tree (O(log n)) and the
 * stream-heads tree (O(streams)).
 */
import type { EventStore, Position, RecordedEvent } from '@ledger/event-store';
import { CompactRange, edgeNodes, hashLeaf } from '../verify/merkle';
import { formatCheckpointBody } from '../verify/note';
import { StreamHeadsTree } from '../merkle/stream-heads-tree';
import {
  nodeKey,
  type SealerStorage,
  type StoredCheckpoint,
  type StoredLeaf,
  type StoredNode,
  type StreamHeadRow,
} from '../storage/types';
import type { LogSigner } from '../keys/signer';
import { ProofService } from './proof-service';

export type LogSource = Pick<EventStore, 'readAll' | 'subscribe'>;

export interface SealerOptions {
  source: LogSource;
  storage: SealerStorage;
  signer: LogSigner;
  /** Checkpoint origin line, e.g. governance-ledger.example/kent. */
  origin: string;
  /** Most events sealed per transaction (default 1000). */
  batchSize?: number;
  /** Checkpoint timer while running (default 60 s; 0 disables). */
  checkpointIntervalMs?: number;
  /** How long a live batch waits for more events before sealing (default 20 ms). */
  flushMs?: number;
  clock?: () => Date;
  /** Errors of the background loop (it retries after a second). */
  onError?: (e: unknown) => void;
  /** Called after each checkpoint. */
  onCheckpoint?: (cp: StoredCheckpoint) => void;
}

/** The store handed the sealer something that cannot be sealed. */
class SealingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealingError';
  }
}

export class Sealer {
  readonly proofs: ProofService;
  private range = CompactRange.empty();
  private lastPosition: Position | null = null;
  private latest: StoredCheckpoint | null = null;
  private heads = new StreamHeadsTree();
  /** Log size the committed stream-heads tree corresponds to. */
  private headsSize = 0;
  /** A write failed after the heads tree moved ahead of storage: reload before going on. */
  private stale = false;
  private chain: Promise<unknown> = Promise.resolve();
  private running = false;
  private loop: Promise<void> | null = null;
  private stopSub: (() => Promise<void>) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly batchSize: number;

  private constructor(private readonly opts: SealerOptions) {
    this.batchSize = opts.batchSize ?? 1000;
    this.proofs = new ProofService(opts.storage, opts.signer, opts.origin, (size) =>
      size === this.headsSize ? this.heads.snapshot() : null,
    );
  }

  /** Loads the persisted state (O(log n) nodes plus the stream heads) and checks it. */
  static async open(opts: SealerOptions): Promise<Sealer> {
    const s = new Sealer(opts);
    await opts.storage.init();
    await s.load();
    // Leaves stored apart from their checkpoint (in a database that a sealer wrote so) are checkpointed now.
    if (!s.latest || s.latest.size < s.size) await s.run(() => s.issue());
    return s;
  }

  /** Rebuilds the in-memory state from storage, dropping anything a failed write left ahead of it. */
  private async load(): Promise<void> {
    const st = this.opts.storage;
    const state = await st.state();
    const edge = edgeNodes(state.size).map((e) => ({ level: e.level, index: Number(e.index) }));
    const got = await st.getNodes(edge);
    const hashes = edge.map((e) => {
      const h = got.get(nodeKey(e.level, e.index));
      if (!h)
        throw new SealingError(
          `the audit tables lack node ${nodeKey(e.level, e.index)} for size ${state.size}; they were damaged`,
        );
      return h;
    });
    this.range = CompactRange.fromEdge(state.size, hashes);
    this.lastPosition = state.lastPosition as Position | null;
    const heads = new StreamHeadsTree();
    // Sized once before the heads come: growing by doubling and trimming after left about
    // twice the tree's bytes to collect for a log of 265k streams.
    if (st.eachStreamHead)
      await st.eachStreamHead(
        (s, rev, hex, leafIndex) => heads.set(s, rev, hex, leafIndex),
        (n) => heads.reserve(n),
      );
    else
      for (const h of await st.streamHeads()) heads.set(h.stream, h.revision, h.leafHash.toString('hex'), h.leafIndex);
    heads.commit();
    heads.trim();
    this.heads = heads;
    this.headsSize = state.size;
    this.stale = false;
    this.latest = await st.latestCheckpoint();
    if (this.latest && this.latest.size === state.size && !this.latest.root.equals(this.range.root())) {
      throw new SealerStateError(
        `the stored tree of size ${state.size} does not match its signed checkpoint; the audit tables were altered`,
      );
    }
  }

  /** Position of the last event sealed into the tree, or null before the first. */
  get sealedPosition(): Position | null {
    return this.lastPosition;
  }

  get size(): number {
    return Number(this.range.size);
  }

  get origin(): string {
    return this.opts.origin;
  }

  latestCheckpoint(): StoredCheckpoint | null {
    return this.latest;
  }

  private run<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.chain.then(fn);
    this.chain = p.catch(() => undefined);
    return p;
  }

  /**
   * Seals one batch of events in global order and persists it with its signed checkpoint, in
   * one transaction: one commit per batch, and a checkpoint is never stored without its leaves.
   */
  private async seal(events: RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    if (this.stale) await this.load();
    const cr = this.range.clone();
    const leaves: StoredLeaf[] = [];
    const nodes: StoredNode[] = [];
    const heads = new Map<string, { revision: number; hex: string; hash: Buffer; leafIndex: number }>();
    for (const ev of events) {
      const hash = hashLeaf(ev.entryBytes);
      const hex = hash.toString('hex');
      if (hex !== ev.leafHash)
        throw new SealingError(
          `event ${ev.eventId} at position ${ev.position}: its stored leaf hash does not match its bytes; the store was altered`,
        );
      const prev = heads.get(ev.stream) ?? this.heads.head(ev.stream);
      const expectedRevision = prev ? prev.revision + 1 : 0;
      const expectedPrev = prev ? ('hex' in prev ? prev.hex : prev.leafHash) : null;
      if (ev.streamRevision !== expectedRevision || ev.prevStreamLeafHash !== expectedPrev) {
        throw new SealingError(
          `event ${ev.eventId} (stream ${ev.stream}, revision ${ev.streamRevision}) does not follow the stream's sealed head (revision ${expectedRevision - 1}); the per-stream chain is broken`,
        );
      }
      const leafIndex = Number(cr.size);
      cr.append(hash, (level, index, h) => nodes.push({ level, index: Number(index), hash: h }));
      leaves.push({ leafIndex, eventId: ev.eventId, stream: ev.stream, revision: ev.streamRevision, leafHash: hash });
      heads.set(ev.stream, { revision: ev.streamRevision, hex, hash, leafIndex });
    }
    const headRows: StreamHeadRow[] = [...heads].map(([stream, h]) => ({
      stream,
      revision: h.revision,
      leafHash: h.hash,
      leafIndex: h.leafIndex,
    }));
    // The checkpoint needs the new stream-heads root: no proof may use the tree until the batch is stored.
    this.headsSize = -1;
    this.stale = true;
    for (const [stream, h] of heads) this.heads.set(stream, h.revision, h.hex, h.leafIndex);
    const checkpoint = this.checkpointOf(cr, this.heads);
    await this.opts.storage.appendBatch({
      leaves,
      nodes,
      heads: headRows,
      lastPosition: events[events.length - 1].position,
      expectedSize: this.size,
      checkpoint,
    });
    this.stale = false;
    this.range = cr;
    this.lastPosition = events[events.length - 1].position;
    this.headsSize = this.size;
    this.checkpointed(checkpoint);
  }

  /** Commits the heads tree and signs a checkpoint of `range` with it. */
  private checkpointOf(range: CompactRange, heads: StreamHeadsTree): StoredCheckpoint {
    heads.commit();
    const root = range.root();
    const streamsRoot = heads.root();
    const note = this.opts.signer.signNote(formatCheckpointBody(this.opts.origin, range.size, root, streamsRoot));
    return {
      size: Number(range.size),
      root,
      streamsRoot,
      streamsSize: heads.size,
      note,
      issuedAt: (this.opts.clock?.() ?? new Date()).toISOString(),
    };
  }

  private checkpointed(cp: StoredCheckpoint): void {
    this.latest = cp;
    this.opts.onCheckpoint?.(cp);
  }

  /** Signs and stores a checkpoint of everything sealed, unless one exists at this size. */
  private async issue(): Promise<StoredCheckpoint> {
    if (this.stale) await this.load();
    this.heads.commit();
    this.headsSize = this.size;
    if (this.latest && this.latest.size === this.size) return this.latest;
    const cp = this.checkpointOf(this.range, this.heads);
    await this.opts.storage.addCheckpoint(cp);
    this.checkpointed(cp);
    return cp;
  }

  /** Reads everything after the last sealed position, sealing (with a checkpoint) per batch. */
  catchUp(): Promise<number> {
    if (this.running) return Promise.reject(new Error('the sealer is following the log; use checkpointNow()'));
    return this.run(async () => {
      let total = 0;
      for (;;) {
        const page: RecordedEvent[] = [];
        for await (const ev of this.opts.source.readAll({ after: this.lastPosition, limit: this.batchSize }))
          page.push(ev);
        if (page.length === 0) break;
        await this.seal(page);
        total += page.length;
        if (page.length < this.batchSize) break;
      }
      await this.issue();
      return total;
    });
  }

  /** Issues a checkpoint now: after catching up when stopped, of what is sealed when following. */
  async checkpointNow(): Promise<StoredCheckpoint> {
    if (!this.running) await this.catchUp();
    return this.run(() => this.issue());
  }

  /** Follows the log in the background (subscribe), sealing in small batches. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.follow();
    const every = this.opts.checkpointIntervalMs ?? 60_000;
    if (every > 0) {
      this.timer = setInterval(() => {
        this.run(() => this.issue()).catch((e) => this.opts.onError?.(e));
      }, every);
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.stopSub?.();
    await this.loop;
    this.loop = null;
    await this.chain;
  }

  private async follow(): Promise<void> {
    const flushMs = this.opts.flushMs ?? 20;
    while (this.running) {
      const sub = this.opts.source.subscribe({ after: this.lastPosition, batchSize: this.batchSize });
      this.stopSub = () => sub.stop();
      const it = sub[Symbol.asyncIterator]();
      try {
        let pending = it.next();
        while (this.running) {
          const first = await pending;
          if (first.done) break;
          const batch = [first.value];
          pending = it.next();
          while (batch.length < this.batchSize) {
            let timer: NodeJS.Timeout | undefined;
            const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), flushMs)));
            const r = await Promise.race([pending, timeout]);
            clearTimeout(timer);
            if (r === 'timeout' || r.done) break;
            batch.push(r.value);
            pending = it.next();
          }
          await this.run(() => this.seal(batch));
        }
      } catch (e) {
        if (!this.running) break;
        this.opts.onError?.(e);
        await sub.stop().catch(() => undefined);
        // Reload from storage: the in-memory state may be ahead of a failed write.
        await this.run(() => this.load()).catch((err) => this.opts.onError?.(err));
        await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      await sub.stop().catch(() => undefined);
    }
  }
}

class SealerStateError extends SealingError {}
