/**
 * The JSON Lines export format, version 2. One header line, one line per event, one
 * trailer line. Hashes in hex where they name an entry (as the store does), proof
 * elements and roots in base64 (as checkpoints do). Every line is written as
 * JSON.stringify writes it, and the trailer's seal signs the bytes of all of them, so
 * the header's claims (scope, completeness, key) are as signed as the checkpoint.
 */
export const EXPORT_FORMAT = 'governance-ledger-export';
export const EXPORT_VERSION = 2;

export type ExportScope =
  | { kind: 'stream'; streams: string[] }
  | { kind: 'body'; body: string }
  | { kind: 'dateRange'; field: 'effectiveAt' | 'recordedAt'; from: string; to: string };

export interface ExportHeader {
  type: 'header';
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  origin: string;
  scope: ExportScope;
  /** True when each exported stream is exported whole, from revision 0 to its head. */
  completeStreams: boolean;
  /** The signed note of the checkpoint every proof in the file is against. */
  checkpoint: string;
  treeSize: number;
  /** SHA-256 of the log's raw Ed25519 public key, hex. */
  keyFingerprint: string;
  /** The log's public key as a C2SP vkey. Informational: verifiers never trust it. */
  publicKey: string;
  exportedAt: string;
}

export interface DisclosedField {
  /** JSON Pointer into the entry, e.g. "/data/complainant/name". */
  path: string;
  /** base64 of the 32-byte salt. */
  salt: string;
  value: string;
}

export interface ExportEventLine {
  type: 'event';
  leafIndex: number;
  /** Hex SHA-256(0x00 || entry bytes). */
  leafHash: string;
  /** base64 of the exact entry bytes. */
  entry: string;
  /** Inclusion proof against the header's checkpoint, base64 elements. */
  proof: string[];
  disclosed?: DisclosedField[];
}

export interface StreamHeadProofLine {
  streamId: string;
  lastRevision: number;
  lastLeafHash: string;
  /** Position of this head in the stream-heads tree. */
  index: number;
  proof: string[];
}

/**
 * When an export holds more than STREAM_HEADS_IN_TRAILER streams, each head proof is
 * its own line between the events and the trailer, so no line grows with the export.
 */
export interface StreamHeadLine extends StreamHeadProofLine {
  type: 'streamHead';
  streamsTreeSize: number;
}

export const STREAM_HEADS_IN_TRAILER = 1000;

export interface ConsistencyProofLine {
  fromSize: number;
  /** base64 root of the earlier tree. */
  fromRoot: string;
  proof: string[];
}

export interface ExportTrailer {
  type: 'trailer';
  count: number;
  /** Number of leaves (streams) in the stream-heads tree of the checkpoint. */
  streamsTreeSize: number;
  streamHeads: StreamHeadProofLine[];
  /** Streams asked for that have no event up to the checkpoint. */
  missingStreams?: string[];
  consistency: ConsistencyProofLine[];
  /**
   * A signed note by the log's key over the SHA-256 of every byte before the trailer
   * and of the trailer itself without this field (see seal.ts). Always the last field.
   */
  seal: string;
}

export type ExportLine = ExportHeader | ExportEventLine | StreamHeadLine | ExportTrailer;
