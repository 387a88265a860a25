/**
 * The event envelope (DESIGN.md "The event envelope", INTEGRITY.md "Entry bytes").
 *
 * A caller hands the store a NewEvent. The store fixes its place in the stream
 * (streamRevision, prevStreamLeafHash), serialises the whole envelope once as
 * RFC 8785 canonical JSON (the entry bytes), keeps exactly those bytes, and
 * hashes them: leafHash = SHA-256(0x00 || entryBytes).
 *
 * The global position is deliberately NOT part of the entry bytes: it is proven by
 * the leaf index in the Merkle tree instead, and leaving it out lets every backend
 * (including EventStoreDB, which assigns $all positions only at commit) store the
 * same bytes.
 */
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export const ROLES = [
  'pcc-office',
  'panel-secretariat',
  'csp-officer',
  'scrutiny-officer',
  'auditor',
  'admin',
  'system',
] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: string;
  name: string;
  role: string;
  /** The body acted for, e.g. "kent-pcc", "kent-and-medway-pcp". */
  body: string;
}

/** `open`, `exempt:<Sch 12A para list>` (e.g. `exempt:1,2`), or `personal`. */
export type Classification = string;

export interface EventMetadata {
  actor: Actor;
  /** Legal date of the act: ISO date (YYYY-MM-DD) or date-time. */
  effectiveAt: string;
  /** System clock when the ledger learnt of it (ISO date-time, UTC). */
  recordedAt: string;
  /** Citation of the power exercised, e.g. "PRSRA 2011 Sch 5 para 4". */
  legalBasis: string | null;
  correlationId: string;
  causationId: string | null;
  classification: Classification;
  /** Anything else the application records with the act (provenance, warnings, ...). */
  [extra: string]: JsonValue | Actor | undefined;
}

export interface NewEvent {
  /** UUID. Deterministic from an Idempotency-Key when the caller has one. */
  eventId: string;
  /** Explicit stored type name: a contract, never derived from a class name. */
  type: string;
  schemaVersion: number;
  data: JsonObject;
  metadata: EventMetadata;
}

/** What is serialised into the entry bytes, in this shape, canonicalised. */
export interface Entry {
  eventId: string;
  stream: string;
  streamRevision: number;
  prevStreamLeafHash: string | null;
  type: string;
  schemaVersion: number;
  data: JsonObject;
  metadata: EventMetadata;
}

/** Opaque global-order position. Compare only through the store; never do arithmetic on it. */
export type Position = string & { readonly __position?: unique symbol };

export interface RecordedEvent extends Entry {
  revision: bigint;
  position: Position;
  /** Hex SHA-256(0x00 || entryBytes), as stored at append time. */
  leafHash: string;
  /** The exact stored bytes. */
  entryBytes: Buffer;
}

export type ExpectedRevision = 'any' | 'no-stream' | 'exists' | bigint;

export interface AppendResult {
  stream: string;
  /** Revision of the last event now in the stream. */
  nextExpectedRevision: bigint;
  positions: Position[];
  events: RecordedEvent[];
  /** True when every event id had been appended before: nothing was written. */
  idempotentReplay: boolean;
}
