/**
 * Typed errors of the event-store port. Every adapter throws these and nothing else
 * for the conditions they describe, so callers (handlers, the HTTP error filter)
 * can map them without knowing the backend.
 */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The stream's actual revision did not match what the caller expected. */
export class WrongExpectedRevision extends EventStoreError {
  readonly code = 'wrong-expected-revision';
  constructor(
    readonly stream: string,
    readonly expected: string,
    /** Revision of the last event in the stream, or null when the stream does not exist. */
    readonly actual: bigint | null,
  ) {
    super(
      `Stream "${stream}": expected revision ${expected}, actual ${actual === null ? 'no stream' : actual.toString()}`,
    );
  }
}

/** An event id was appended before with different content (or to another stream). */
export class IdempotencyConflict extends EventStoreError {
  readonly code = 'idempotency-conflict';
  constructor(
    readonly eventId: string,
    reason: string,
  ) {
    super(`Event id ${eventId} was already appended with different content: ${reason}`);
  }
}

/** The append or read request is malformed; nothing was written. */
export class InvalidAppend extends EventStoreError {
  readonly code = 'invalid-append';
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** Stored bytes no longer parse: the store was altered outside the ledger. */
export class CorruptEntry extends EventStoreError {
  readonly code = 'corrupt-entry';
  constructor(
    readonly position: string,
    reason: string,
  ) {
    super(`Entry at position ${position} cannot be read: ${reason}`);
  }
}

export class StoreClosed extends EventStoreError {
  readonly code = 'store-closed';
  constructor() {
    super('The event store is closed');
  }
}

/**
 * The stream was deleted outside the ledger (an operator soft-deleted or tombstoned it in
 * the backend). The ledger never deletes; appending to it or reading it cannot be trusted.
 */
export class StreamDeleted extends EventStoreError {
  readonly code = 'stream-deleted';
  constructor(
    readonly stream: string,
    readonly how: 'soft-deleted' | 'tombstoned',
  ) {
    super(`Stream "${stream}" was ${how} in the backing store; the ledger does not support deleting streams`);
  }
}
