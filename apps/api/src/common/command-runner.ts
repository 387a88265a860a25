import { Injectable } from '@nestjs/common';
import type { Command, Provenance } from '@ledger/domain';
import { CommandOutcome, idempotentCaseId, InvalidCommand, Ledger, PrepareCommand } from '@ledger/governance';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import type { Response } from 'express';
import { v7 as uuidv7 } from 'uuid';
import type { AuthedRequest } from './auth';
import { ValidationFailed } from './problem';

export interface CommandResponse {
  caseId: string;
  stream: string;
  revision: string;
  events: CommandOutcome['events'];
}

export interface RunOptions {
  /** Only for an act that works on any case (a correction): the process of the case it acts on. */
  aggregateType?: string;
  /**
   * Runs only when the act is new (not a replay) and its preconditions hold, just before the
   * decision: for work bound to the event ids, such as sealing personal data.
   */
  prepare?: PrepareCommand;
}

/**
 * Turns an HTTP request into one act for Ledger.record: actor and correlation from the
 * request, If-Match as the expected revision, Idempotency-Key replay, and the ETag of
 * the new revision. Controllers stay one line per endpoint.
 *
 * Idempotency-Key replay is answered from the log: the key names the events (and a new
 * case's id), so a retry finds the act it repeats on any instance, after any restart,
 * whatever else was lost, and gets the original status, body and ETag.
 */
@Injectable()
export class CommandRunner {
  private readonly inFlight = new Map<string, Promise<unknown>>();
  constructor(private readonly ledger: Ledger) {}

  /** Checks the request's headers; run() does too, but callers that act before running a command call it first. */
  checkHeaders(req: AuthedRequest): { key: string | undefined; ifMatch: bigint | undefined } {
    const key = header(req, 'idempotency-key');
    if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key))
      throw new ValidationFailed([
        { field: 'Idempotency-Key', problems: ['must be 1 to 200 visible ASCII characters'] },
      ]);
    return { key, ifMatch: parseIfMatch(header(req, 'if-match')) };
  }

  /** `extraData`: what the command carries besides the body, outside the request's fingerprint. */
  async run(
    req: AuthedRequest,
    res: Response,
    caseId: string | null,
    type: string,
    body: object,
    extraData: Record<string, unknown> = {},
    options: RunOptions = {},
  ): Promise<CommandResponse> {
    const actor = req.actor!;
    const { key, ifMatch } = this.checkHeaders(req);
    const plain = JSON.parse(JSON.stringify(body ?? {})) as Record<string, unknown>;
    const requestHash =
      key === undefined
        ? undefined
        : createHash('sha256')
            .update(`${req.method} ${req.originalUrl}\n${canonicalize(plain)}`)
            .digest('hex');

    const execute = async (): Promise<CommandResponse> => {
      const { effectiveAt, classification, provenance, caseId: requestedId, ...data } = plain;
      const generated = caseId === null && typeof requestedId !== 'string' && key === undefined;
      const id =
        caseId ??
        (typeof requestedId === 'string'
          ? requestedId
          : key !== undefined
            ? idempotentCaseId(actor.id, key)
            : uuidv7());
      const command: Command = { type, data: { ...data, ...extraData } };
      const outcome: CommandOutcome = await this.ledger.record({
        aggregateType: options.aggregateType,
        caseId: id,
        command,
        actor,
        effectiveAt: effectiveAt as string | undefined,
        ifMatch,
        idempotencyKey: key,
        requestHash,
        correlationId: req.id ?? uuidv7(),
        causationId: header(req, 'x-causation-id') ?? null,
        classification: classification as string | undefined,
        provenance: provenance as Provenance | undefined,
        newCase: generated,
        prepare: options.prepare,
      });
      const status = outcome.created ? 201 : 200;
      const headers: Record<string, string> = { ETag: `W/"${outcome.revision}"` };
      if (outcome.created) headers.Location = `/v1/cases/${encodeURIComponent(outcome.stream)}`;
      const response: CommandResponse = {
        caseId: outcome.caseId,
        stream: outcome.stream,
        revision: outcome.revision.toString(),
        events: outcome.events,
      };
      if (outcome.replayed) headers['Idempotent-Replayed'] = 'true';
      for (const [h, v] of Object.entries(headers)) res.setHeader(h, v);
      res.status(status);
      return response;
    };

    if (!key) return execute();
    // Two concurrent requests with one key: the second waits for the first, then replays it.
    const slot = `${actor.id}\n${key}`;
    const before = this.inFlight.get(slot) ?? Promise.resolve();
    const mine = before.catch(() => undefined).then(execute);
    this.inFlight.set(slot, mine);
    try {
      return await mine;
    } finally {
      if (this.inFlight.get(slot) === mine) this.inFlight.delete(slot);
    }
  }
}

function header(req: AuthedRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** If-Match: W/"3" or "3" → 3n. */
function parseIfMatch(v: string | undefined): bigint | undefined {
  if (v === undefined) return undefined;
  const m = /^\s*(?:W\/)?"(\d{1,15})"\s*$/.exec(v);
  if (!m) throw new InvalidCommand('If-Match must be an ETag from this API, such as W/"3"', 'If-Match');
  return BigInt(m[1]);
}
