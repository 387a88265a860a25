import type { AppendResult, ExpectedRevision, NewEvent, Position, RecordedEvent } from './envelope';

export interface ReadStreamOptions {
  /** Start at this revision (inclusive). Default: first (forwards) or last (backwards). */
  from?: bigint;
  direction?: 'forwards' | 'backwards';
  limit?: number;
}

export interface ReadAllOptions {
  /** Read events strictly after this position; omit to start at the beginning of the log. */
  after?: Position | null;
  limit?: number;
}

export interface SubscribeOptions {
  /** Deliver events strictly after this position; omit to start at the beginning. */
  after?: Position | null;
  /** Events fetched per catch-up read. */
  batchSize?: number;
}

/** Catch-up then live subscription to the global log. Iterate it; call stop() to end. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  stop(): Promise<void>;
}

/**
 * The one event-store port (DESIGN.md). Every adapter passes the same contract suite
 * (libs/event-store/src/testing/contract.ts).
 */
export interface EventStore {
  readonly backend: 'sqlite' | 'postgres' | 'eventstoredb';
  /**
   * Appends atomically. Throws WrongExpectedRevision (with the actual revision),
   * IdempotencyConflict, or InvalidAppend (nothing written). Repeating an append whose
   * event ids were all appended before with the same content returns the original
   * result and writes nothing.
   */
  append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  readStream(stream: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  subscribe(options?: SubscribeOptions): Subscription;
  /** Position of the last committed event, or null for an empty log. */
  headPosition(): Promise<Position | null>;
  /** Orders two positions of this store: negative, zero or positive. */
  comparePositions(a: Position, b: Position): number;
  /** Liveness probe for /health/ready. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol.for('governance-ledger.EventStore');
