/** Application-layer errors, mapped to problem+json by the API's one exception filter. */
export class PreconditionFailed extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`If-Match ${expected} does not match the current revision ${actual}`);
  }
}

export class ConcurrencyConflict extends Error {
  constructor(readonly stream: string) {
    super(`The case ${stream} changed while this request was being decided; re-read it and try again`);
  }
}

export class Forbidden extends Error {}

export class CaseNotFound extends Error {
  constructor(readonly stream: string) {
    super(`No case ${stream}`);
  }
}

export class InvalidCommand extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

export class IdempotencyKeyReused extends Error {
  constructor() {
    super('This Idempotency-Key was already used for a different request');
  }
}
