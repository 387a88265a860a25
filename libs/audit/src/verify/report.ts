/**
 * What the export verifier is asked and what it answers: shared by the verifier and the
 * checks of its header, events and trailer, which live in their own files.
 */
import type { NoteVerifierKey } from './note';
import type { ExportScope } from './format';
import type { HumanViewKind } from './human-view';
import type { Cosignature, WitnessKey } from './cosignature';

export interface VerifyOptions {
  /** Pinned public keys: vkey strings or parsed keys. Keys inside the export are never used. */
  trustedKeys: ReadonlyArray<string | NoteVerifierKey>;
  /** An earlier signed checkpoint (note text) the export's checkpoint must extend. */
  earlierCheckpoint?: string;
  /** Report every failure instead of stopping at the first. */
  all?: boolean;
  /** Longest line accepted, in bytes (default 32 MiB). */
  maxLineBytes?: number;
  /** Pinned witness vkeys, and how many of them must have cosigned the checkpoint the events are proved into. */
  witnesses?: ReadonlyArray<string | WitnessKey>;
  witnessesRequired?: number;
  /** The file's name, to name its evidence file when it turns out to be a CSV or PDF. */
  fileName?: string;
}

export interface StreamSummary {
  stream: string;
  events: number;
  firstRevision: number;
  lastRevision: number;
  /** Proven to hold every event of the stream up to the checkpoint. */
  complete: boolean;
}

export interface VerifyReport {
  ok: boolean;
  /** Plain-English reasons, in the order found. */
  failures: string[];
  /** Facts a reader should know that are not failures. */
  notes: string[];
  origin?: string;
  treeSize?: string;
  root?: string;
  verifiedBy: string[];
  /** Fingerprint (hex SHA-256 of the raw public key) of the pinned key that signed the checkpoint. */
  keyFingerprint?: string;
  /** What the header says was exported, once its claims are checked. */
  scope?: ExportScope;
  /** True for case exports: every exported case must be whole up to the checkpoint. */
  claimsComplete?: boolean;
  /** The pinned keys whose seal covers every byte of the file. */
  sealedBy: string[];
  events: number;
  streams: StreamSummary[];
  disclosedFields: number;
  /** Earlier trees the trailer proves this checkpoint's log extends. */
  consistency: Array<{ fromSize: number; fromRoot: string }>;
  consistentWithEarlier?: boolean;
  witnessedBy?: Cosignature[]; // the given witnesses that cosigned the checkpoint
  /** Set when the file is a CSV or PDF: a human view, not evidence. */
  humanView?: { kind: HumanViewKind; evidenceFile: string | null };
}

export function emptyReport(): VerifyReport {
  return {
    ok: false,
    failures: [],
    notes: [],
    verifiedBy: [],
    sealedBy: [],
    events: 0,
    streams: [],
    disclosedFields: 0,
    consistency: [],
  };
}
