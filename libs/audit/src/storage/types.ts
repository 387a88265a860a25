/**
 * What the sealer persists, in the same database as the event store (own tables,
 * prefixed audit_). One small interface, two implementations (SQLite, PostgreSQL).
 *
 * Stored for proofs: every leaf hash (level 0, with its event id, stream and
 * revision) and every interior node of a perfect subtree (level >= 1). Any proof at
 * any size is then O(log n) point reads; the right edge for appending is rebuilt from
 * O(log n) stored nodes on start.
 */
export interface StoredLeaf {
  leafIndex: number;
  eventId: string;
  stream: string;
  revision: number;
  leafHash: Buffer;
}

/** A sealed leaf with its event's stored row: the entry bytes as the store keeps them. */
export interface SealedEntryRow {
  leafIndex: number;
  /** The leaf hash the sealer sealed, lower-case hex. */
  leafHash: string;
  /** The leaf hash the event store keeps beside the entry, lower-case hex. */
  storeLeafHash: string;
  eventId: string;
  stream: string;
  effectiveAt: string;
  recordedAt: string;
  entry: Buffer;
}

export interface StoredNode {
  level: number;
  index: number;
  hash: Buffer;
}

export interface StreamHeadRow {
  stream: string;
  revision: number;
  leafHash: Buffer;
  leafIndex: number;
}

export interface StoredCheckpoint {
  size: number;
  root: Buffer;
  streamsRoot: Buffer;
  /** Number of streams in the stream-heads tree. */
  streamsSize: number;
  /** The signed note, exactly as published. */
  note: string;
  issuedAt: string;
}

export interface SealerState {
  /** Number of leaves sealed. */
  size: number;
  /** Store position of the last sealed event (resume point). */
  lastPosition: string | null;
}

export interface SealBatch {
  leaves: StoredLeaf[];
  nodes: StoredNode[];
  heads: StreamHeadRow[];
  lastPosition: string;
  /** Size before the batch: the write fails unless storage is still at this size. */
  expectedSize: number;
  /** The checkpoint of the tree with this batch, stored in the same transaction (one commit, and never without its leaves). */
  checkpoint?: StoredCheckpoint;
}

/** One of the log's signing keys: the first (seq 0), or one adopted by a recorded rotation. */
export interface LogKeyRecord {
  seq: number;
  /** C2SP vkey of the key. */
  vkey: string;
  /** Checkpoints of this tree size and larger are signed by this key. */
  fromSize: number;
  recordedAt: string;
  /** For a rotation: the signed note by which the previous key endorsed this one. */
  statement: string | null;
}

export interface SealerStorage {
  readonly backend: 'sqlite' | 'postgres';
  /** Creates the tables if needed. */
  init(): Promise<void>;
  state(): Promise<SealerState>;
  /** Writes one batch atomically (leaves, nodes, heads, state and its checkpoint if given). */
  appendBatch(batch: SealBatch): Promise<void>;
  /** Keeps a checkpoint; a second checkpoint at the same size is ignored. */
  addCheckpoint(cp: StoredCheckpoint): Promise<void>;
  /** Hashes of nodes by (level, index); level 0 are leaves. Missing ids are absent. */
  getNodes(ids: ReadonlyArray<{ level: number; index: number }>): Promise<Map<string, Buffer>>;
  leafByEventId(eventId: string): Promise<StoredLeaf | null>;
  /** Leaf hashes in [from, to), in order (fewer when the tree is smaller). */
  leafHashes(from: number, to: number): Promise<Buffer[]>;
  /** Hashes of one level's nodes in [from, to), in order (level 0: leaves); ends before the first one missing. */
  nodeHashes(level: number, from: number, to: number): Promise<Buffer[]>;
  /** Leaves in [from, to), in order, paged. */
  leaves(from: number, to: number): AsyncIterable<StoredLeaf>;
  latestCheckpoint(): Promise<StoredCheckpoint | null>;
  checkpointAt(size: number): Promise<StoredCheckpoint | null>;
  /** Newest first. */
  listCheckpoints(options?: { limit?: number; beforeSize?: number }): Promise<StoredCheckpoint[]>;
  /** Every checkpoint, oldest first. */
  allCheckpoints(): AsyncIterable<StoredCheckpoint>;
  /** Current head of every stream. */
  streamHeads(): Promise<StreamHeadRow[]>;
  /**
   * Optional: the same heads one at a time, the leaf hash as lower-case hex, without holding
   * them all (a log may have hundreds of thousands of streams).
   */
  eachStreamHead?(
    f: (stream: string, revision: number, leafHashHex: string, leafIndex: number) => void,
    /** Told how many heads follow, before the first. */
    onCount?: (n: number) => void,
  ): Promise<void>;
  /** The log's signing keys, oldest first. */
  logKeys(): Promise<LogKeyRecord[]>;
  /**
   * Records `key` (its seq the number of keys recorded so far) unless another key took that
   * place first; returns the keys as they then stand.
   */
  recordLogKey(key: LogKeyRecord): Promise<LogKeyRecord[]>;
  /**
   * Optional, where the audit tables share a database with the event rows: the leaves in
   * [from, to) with their events, in leaf order, a page at a time, without decoding the entries.
   */
  sealedEntryPages?(from: number, to: number): AsyncIterable<SealedEntryRow[]>;
  /** With sealedEntryPages: the dates of the events stored after the event of leaf `leafIndex` (-1: all). */
  eventDatesAfterLeaf?(leafIndex: number): AsyncIterable<{ effectiveAt: string; recordedAt: string }>;
  /** Head of every stream as of a tree size (from the leaves; O(rows)). */
  streamHeadsAsOf(size: number): Promise<StreamHeadRow[]>;
  close(): Promise<void>;
}

export const nodeKey = (level: number, index: number | bigint): string => `${level}/${index}`;

export class SealerConflict extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealerConflict';
  }
}
