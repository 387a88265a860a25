import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Options } from 'pino-http';
import { v7 as uuidv7 } from 'uuid';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Nest's start-up chatter (one line per module and per route): kept for debug, dropped otherwise. */
const STARTUP_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

/**
 * The log as an operator reads it: one short line per request ("GET /v1/cases 200 4 ms",
 * with its id), request and response headers only at debug, and none of Nest's start-up
 * lines unless debugging.
 */
export function loggingOptions(level: string): Options {
  const verbose = level === 'debug' || level === 'trace';
  return {
    level,
    // One line per request only when info is logged: building it costs on every request.
    autoLogging: ['info', 'debug', 'trace'].includes(level),
    // The request id is the correlation id recorded on every event.
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : uuidv7();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customSuccessMessage: (req, res, ms) => `${req.method} ${req.url} ${res.statusCode} ${Math.round(ms)} ms`,
    customErrorMessage: (req, res, err) => `${req.method} ${req.url} ${res.statusCode} failed: ${err.message}`,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
    // Bodies are never logged: they can carry personal data.
    serializers: verbose
      ? {
          req: (r: { id: string; method: string; url: string; headers: unknown }) => ({
            id: r.id,
            method: r.method,
            url: r.url,
            headers: r.headers,
          }),
          res: (r: { statusCode: number; headers: unknown }) => ({ statusCode: r.statusCode, headers: r.headers }),
        }
      : {
          req: (r: { id: string }) => ({ id: r.id }),
          res: (r: { statusCode: number }) => ({ statusCode: r.statusCode }),
        },
    ...(verbose
      ? {}
      : {
          hooks: {
            logMethod(args, method) {
              const first = args[0] as unknown;
              if (
                first &&
                typeof first === 'object' &&
                STARTUP_CONTEXTS.has(String((first as { context?: unknown }).context))
              )
                return;
              method.apply(this, args);
            },
          },
        }),
  };
}
