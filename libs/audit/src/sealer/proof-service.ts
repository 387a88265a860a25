/**
 * Read side of the sealer: checkpoints and proofs, from storage. Safe to use while
 * the sealer runs; perfect-subtree hashes never change once written, so they are cached.
 */
import { StoredTree, NodeCache } from '../merkle/stored-tree';
import { StreamHeadsTree, type StreamHeadsSnapshot } from '../merkle/stream-heads-tree';
import type { SealerStorage, StoredCheckpoint } from '../storage/types';
import type { LogSigner } from '../keys/signer';
import type { StreamHead } from '../verify/stream-heads';
import { sealBody } from '../verify/seal';

export class NotFound extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFound';
  }
}

export interface PublicKeyInfo {
  name: string;
  /** C2SP vkey: name+keyid+base64(0x01||pubkey). */
  vkey: string;
  keyId: string;
  /** Raw Ed25519 public key, base64. */
  publicKey: string;
  /** SHA-256 of the raw public key, hex. */
  fingerprint: string;
  algorithm: 'Ed25519';
}

export interface InclusionProof {
  eventId?: string;
  leafIndex: number;
  leafHash: string;
  treeSize: number;
  proof: Buffer[];
  checkpoint: StoredCheckpoint;
}

export interface ConsistencyProof {
  fromSize: number;
  toSize: number;
  fromRoot: Buffer;
  toRoot: Buffer;
  proof: Buffer[];
}

export interface StreamHeadProof {
  head: StreamHead;
  index: number;
  streamsTreeSize: number;
  proof: Buffer[];
}

export class ProofService {
  readonly tree: StoredTree;
  private readonly snapshots = new Map<number, StreamHeadsSnapshot>();

  constructor(
    readonly storage: SealerStorage,
    private readonly signer: Pick<LogSigner, 'name' | 'vkey' | 'keyId' | 'publicKey' | 'fingerprint' | 'signNote'>,
    readonly origin: string,
    /** The sealer's live snapshot for a size, when it can give one. */
    private readonly liveSnapshot: (size: number) => StreamHeadsSnapshot | null = () => null,
    cache = new NodeCache(),
  ) {
    this.tree = new StoredTree(storage, cache);
  }

  publicKey(): PublicKeyInfo {
    return {
      name: this.signer.name,
      vkey: this.signer.vkey,
      keyId: this.signer.keyId.toString('hex'),
      publicKey: this.signer.publicKey.toString('base64'),
      fingerprint: this.signer.fingerprint,
      algorithm: 'Ed25519',
    };
  }

  /** Seals an export: signs the digest of its bytes with the log's key (see verify/seal.ts). */
  sealExport(digest: Uint8Array): string {
    return this.signer.signNote(sealBody(digest));
  }

  latestCheckpoint(): Promise<StoredCheckpoint | null> {
    return this.storage.latestCheckpoint();
  }

  listCheckpoints(options?: { limit?: number; beforeSize?: number }): Promise<StoredCheckpoint[]> {
    return this.storage.listCheckpoints(options);
  }

  async checkpointAt(size: number): Promise<StoredCheckpoint> {
    const cp = await this.storage.checkpointAt(size);
    if (!cp) throw new NotFound(`no checkpoint was issued at tree size ${size}`);
    return cp;
  }

  private async checkpointFor(size?: number): Promise<StoredCheckpoint> {
    if (size !== undefined) return this.checkpointAt(size);
    const cp = await this.storage.latestCheckpoint();
    if (!cp) throw new NotFound('no checkpoint has been issued yet');
    return cp;
  }

  async leafIndexOf(eventId: string): Promise<{ leafIndex: number; leafHash: Buffer } | null> {
    const l = await this.storage.leafByEventId(eventId);
    return l && { leafIndex: l.leafIndex, leafHash: l.leafHash };
  }

  /** Inclusion proof of a leaf against a checkpoint (latest by default). */
  async inclusionProof(leafIndex: number, treeSize?: number): Promise<InclusionProof> {
    const cp = await this.checkpointFor(treeSize);
    if (leafIndex < 0 || leafIndex >= cp.size)
      throw new NotFound(`leaf ${leafIndex} is not in the tree of size ${cp.size}`);
    const [leafHash] = (await this.storage.getNodes([{ level: 0, index: leafIndex }])).values();
    return {
      leafIndex,
      leafHash: leafHash.toString('hex'),
      treeSize: cp.size,
      proof: await this.tree.inclusionProof(leafIndex, cp.size),
      checkpoint: cp,
    };
  }

  /** Inclusion proof for an event id against a checkpoint (latest by default). */
  async inclusionProofForEvent(eventId: string, treeSize?: number): Promise<InclusionProof> {
    const leaf = await this.storage.leafByEventId(eventId);
    if (!leaf) throw new NotFound(`event ${eventId} has not been sealed yet`);
    const cp = await this.checkpointFor(treeSize);
    if (leaf.leafIndex >= cp.size)
      throw new NotFound(
        `event ${eventId} (leaf ${leaf.leafIndex}) is not yet covered by the checkpoint of size ${cp.size}`,
      );
    return {
      eventId,
      leafIndex: leaf.leafIndex,
      leafHash: leaf.leafHash.toString('hex'),
      treeSize: cp.size,
      proof: await this.tree.inclusionProof(leaf.leafIndex, cp.size),
      checkpoint: cp,
    };
  }

  /** Consistency proof between two checkpointed sizes (to defaults to the latest). */
  async consistencyProof(fromSize: number, toSize?: number): Promise<ConsistencyProof> {
    const to = await this.checkpointFor(toSize);
    if (fromSize > to.size)
      throw new NotFound(`cannot prove consistency from size ${fromSize} to the smaller size ${to.size}`);
    const from = await this.checkpointAt(fromSize).catch(async (e) => {
      if (fromSize === 0) return { root: await this.tree.root(0) } as StoredCheckpoint;
      throw e;
    });
    return {
      fromSize,
      toSize: to.size,
      fromRoot: from.root,
      toRoot: to.root,
      proof: await this.tree.consistencyProof(fromSize, to.size),
    };
  }

  /** The stream-heads tree as of a checkpointed size. */
  async streamHeads(size: number): Promise<StreamHeadsSnapshot> {
    const cached = this.snapshots.get(size);
    if (cached) return cached;
    let snap = this.liveSnapshot(size);
    if (!snap) {
      const rows = await this.storage.streamHeadsAsOf(size);
      snap = StreamHeadsTree.from(
        rows.map((r) => ({
          stream: r.stream,
          revision: r.revision,
          leafHash: r.leafHash.toString('hex'),
          leafIndex: r.leafIndex,
        })),
      ).snapshot();
    }
    this.snapshots.set(size, snap);
    while (this.snapshots.size > 4) this.snapshots.delete(this.snapshots.keys().next().value as number);
    return snap;
  }

  /** Inclusion proof of a stream's head in the stream-heads tree of a checkpoint. */
  async streamHeadProof(stream: string, treeSize?: number): Promise<StreamHeadProof | null> {
    return (await this.streamHeadProver(await this.checkpointFor(treeSize)))(stream);
  }

  /** The stream-heads tree of a checkpoint, checked against it. */
  async checkedStreamHeads(cp: StoredCheckpoint): Promise<StreamHeadsSnapshot> {
    const snap = await this.streamHeads(cp.size);
    if (!snap.root.equals(cp.streamsRoot))
      throw new Error(
        `the stream-heads tree rebuilt for size ${cp.size} does not match its checkpoint; run verify-store`,
      );
    return snap;
  }

  /** Proofs of many streams' heads against one checkpoint: its tree is checked once, not per stream. */
  async streamHeadProver(cp: StoredCheckpoint): Promise<(stream: string) => StreamHeadProof | null> {
    const snap = await this.checkedStreamHeads(cp);
    return (stream) => {
      const p = snap.proof(stream);
      return p && { head: p.head, index: p.index, proof: p.proof, streamsTreeSize: snap.size };
    };
  }
}
