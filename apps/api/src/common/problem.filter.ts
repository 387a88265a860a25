import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { InvalidExportRequest } from '@ledger/audit';
import { StatutoryRuleViolation } from '@ledger/domain';
import {
  CorruptEntry,
  IdempotencyConflict,
  InvalidAppend,
  StoreClosed,
  StreamDeleted,
  WrongExpectedRevision,
} from '@ledger/event-store';
import { InvalidCursor, ReadModelNotReady } from '@ledger/projections';
import {
  CaseNotFound,
  ConcurrencyConflict,
  Forbidden,
  IdempotencyKeyReused,
  InvalidCommand,
  PreconditionFailed,
} from '@ledger/governance';
import type { Request, Response } from 'express';
import { Problem, problem, PROBLEM_CONTENT_TYPE, ValidationFailed } from './problem';

/** A 400 that names the one field at fault. */
const invalidField = (field: string | undefined, message: string): Problem =>
  problem(400, 'validation', 'The request is not valid', message, { errors: [{ field, problems: [message] }] });

/** Nest's own HTTP errors (routing, guards, pipes), in the same problem+json shape. */
function httpProblem(err: HttpException): Problem {
  const status = err.getStatus();
  const res = err.getResponse();
  const detail =
    typeof res === 'string'
      ? res
      : Array.isArray((res as { message?: unknown }).message)
        ? (res as { message: string[] }).message.join('; ')
        : String((res as { message?: unknown }).message ?? err.message);
  const slug =
    (
      {
        400: 'bad-request',
        401: 'unauthorized',
        403: 'forbidden',
        404: 'not-found',
        405: 'method-not-allowed',
        406: 'not-acceptable',
        413: 'too-large',
        415: 'unsupported-media-type',
      } as Record<number, string>
    )[status] ?? 'http-error';
  return problem(
    status,
    slug,
    err.name.replace(/Exception$/, '').replace(/([a-z])([A-Z])/g, '$1 $2') || 'Error',
    detail,
  );
}

/** Errors raised by the body parser before Nest routing; null for any other error. */
function bodyParserProblem(err: unknown): Problem | null {
  const e = err as { type?: string; status?: number; message?: string };
  if (e?.type === 'entity.too.large')
    return problem(413, 'too-large', 'Request body too large', e.message ?? 'The request body is too large');
  if (e?.type === 'entity.parse.failed')
    return problem(400, 'malformed-json', 'Malformed JSON', 'The request body is not valid JSON');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported')
    return problem(415, 'unsupported-media-type', 'Unsupported media type', e.message ?? 'Unsupported encoding');
  if (e?.type === 'request.aborted' || e?.type === 'request.size.invalid' || e?.type === 'stream.encoding.set')
    return problem(400, 'bad-request', 'Bad request', e.message ?? 'The request body could not be read');
  return null;
}

/** Maps every error to RFC 9457 problem+json. The one place errors become HTTP. */
export function toProblem(err: unknown): Problem {
  if (err instanceof StatutoryRuleViolation) {
    return problem(422, 'statutory-rule-violated', 'A statutory rule was broken', err.message, {
      code: err.code,
      citation: err.citation,
      confidence: err.confidence,
    });
  }
  if (err instanceof ValidationFailed)
    return problem(400, 'validation', 'The request is not valid', err.message, { errors: err.errors });
  if (err instanceof InvalidCommand) return invalidField(err.field, err.message);
  if (err instanceof InvalidAppend) {
    if (/bytes; the limit is/.test(err.message))
      return problem(413, 'too-large', 'The event is too large', err.message);
    return invalidField(err.field, err.message);
  }
  if (err instanceof PreconditionFailed)
    return problem(412, 'precondition-failed', 'The case has changed', err.message, {
      expected: err.expected,
      actual: err.actual,
    });
  if (err instanceof WrongExpectedRevision)
    return problem(409, 'conflict', 'The case has changed', err.message, { actual: err.actual?.toString() ?? null });
  if (err instanceof ConcurrencyConflict) return problem(409, 'conflict', 'The case has changed', err.message);
  if (err instanceof IdempotencyConflict || err instanceof IdempotencyKeyReused)
    return problem(409, 'idempotency-conflict', 'Idempotency conflict', err.message);
  if (err instanceof Forbidden) return problem(403, 'forbidden', 'Forbidden', err.message);
  if (err instanceof CaseNotFound) return problem(404, 'not-found', 'Not found', err.message);
  if (err instanceof InvalidExportRequest) return invalidField(err.field, err.message);
  if (err instanceof InvalidCursor) return invalidField('cursor', err.message);
  if (err instanceof ReadModelNotReady)
    return problem(503, 'read-model-not-ready', 'Read model is being built', err.message);
  // An operator deleted the case's stream in EventStoreDB: the record is damaged, not the request.
  if (err instanceof StreamDeleted)
    return problem(
      409,
      'stream-deleted',
      'The case was deleted from the event store',
      `${err.message}. The ledger cannot record or show acts of this case until an operator restores the stream.`,
    );
  if (err instanceof StoreClosed)
    return problem(503, 'unavailable', 'Service unavailable', 'The ledger is shutting down');
  if (err instanceof ThrottlerException)
    return problem(
      429,
      'too-many-requests',
      'Too many requests',
      'Slow down and retry after the period in Retry-After',
    );
  if (err instanceof HttpException) return httpProblem(err);
  const parser = bodyParserProblem(err);
  if (parser) return parser;
  if (err instanceof CorruptEntry) return problem(500, 'corrupt-entry', 'Stored entry cannot be read', err.message);
  return problem(
    500,
    'internal',
    'Internal error',
    'Something went wrong on our side; the request id identifies it in the logs',
  );
}

const fallbackLogger = new Logger('ProblemFilter');

export function sendProblem(req: Request, res: Response, err: unknown, logger?: Logger): void {
  const p = toProblem(err);
  p.instance = req.originalUrl ?? req.url;
  const requestId = (req as { id?: unknown }).id;
  if (requestId) p.requestId = String(requestId);
  // Once the first byte is out, the status cannot change: abort the response so the
  // client sees a broken transfer, never a truncated body that looks complete.
  if (res.headersSent) {
    (logger ?? fallbackLogger).error(
      { err, requestId, url: p.instance },
      'response failed after it had started; aborted',
    );
    res.destroy(err instanceof Error ? err : new Error(String(err)));
    return;
  }
  if (p.status >= 500 && logger) logger.error({ err, requestId }, 'request failed');
  res.removeHeader('Content-Disposition');
  if (p.status === 429) res.setHeader('Retry-After', '10');
  res.status(p.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(p));
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');
  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    sendProblem(ctx.getRequest<Request>(), ctx.getResponse<Response>(), exception, this.logger);
  }
}
