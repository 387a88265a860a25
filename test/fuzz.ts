/**
 * Fuzzing every operation of the OpenAPI document with fast-check: generated bad bodies,
 * headers and paths, and hostile input aimed at known weak spots (deep nesting, crafted
 * cursors, NUL bytes, huge integers, missing or null nested objects). Properties: never a
 * 5xx; every error is problem+json; every response finishes in time; a rejected request
 * changes nothing in the store. FUZZ_RUNS sets the number of requests (default 1,000;
 * `npm run fuzz` runs 20,000).
 */
import fc from 'fast-check';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { bearer, request, TestApp } from './helpers/app';
import { hostileCase, OpenApiDoc } from './fuzz-hostile';

/** A response that has not finished by then is a failure: no request may hang. */
const FUZZ_TIMEOUT = { response: 15_000, deadline: 30_000 };

/** Read endpoints fuzzed besides every command endpoint listed in the OpenAPI document. */
const READ_PATHS = [
  '/v1/streams/{stream}',
  '/v1/cases/{stream}',
  '/v1/cases',
  '/v1/trail',
  '/v1/deadlines',
  '/v1/ledger/events/{eventId}/proof',
  '/v1/exports/streams/{stream}',
];

const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom(
          'areas',
          'matters',
          'dueOn',
          'effectiveAt',
          'classification',
          'provenance',
          'caseId',
          'sentTo',
          '__proto__',
          'constructor',
        ),
      ),
      tie('value'),
      { maxKeys: 6 },
    ),
  ),
})).value;

const segment = fc.oneof(
  fc.constantFrom(
    'kent',
    'essex',
    'no-such-case',
    '%00',
    '..',
    'KENT',
    'a'.repeat(300),
    'csp-report-requirement:x',
    '%E0%A4%A',
  ),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
);

export interface FuzzCase {
  method: 'POST' | 'GET' | 'PUT' | 'DELETE' | 'PATCH';
  path: string;
  contentType: string | null;
  body: string | null;
  auth: 'none' | 'good' | 'garbage';
  ifMatch: string | null;
  idempotencyKey: string | null;
}

const fuzzCase = (paths: string[]): fc.Arbitrary<FuzzCase> =>
  fc.record({
    method: fc.constantFrom('POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH'),
    path: fc.tuple(fc.constantFrom(...paths), segment).map(([p, s]) => p.replace(/\{[A-Za-z]+\}/, s)),
    contentType: fc.option(
      fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/merge-patch+json',
        'multipart/form-data',
        'application/json; charset=latin1',
      ),
      { nil: null },
    ),
    body: fc.option(
      fc.oneof(
        jsonish.map((v) => JSON.stringify(v)),
        fc.string(),
        fc.constantFrom('{', '[1,2', '{"areas":[{"name":1}]}', 'null', '""', '{"__proto__":{"admin":true}}'),
      ),
      { nil: null },
    ),
    auth: fc.constantFrom('none', 'good', 'garbage'),
    ifMatch: fc.option(
      fc.oneof(fc.constantFrom('W/"0"', '"1"', '*', 'W/"99999999999999999999"'), fc.string({ maxLength: 10 })),
      { nil: null },
    ),
    idempotencyKey: fc.option(fc.oneof(fc.string({ maxLength: 10 }), fc.constant('k'.repeat(300))), { nil: null }),
  });

async function log(store: EventStore): Promise<string> {
  return (await store.headPosition()) ?? 'empty';
}

export async function runFuzz(
  t: TestApp,
  runs: number,
): Promise<{ requests: number; statuses: Record<number, number> }> {
  const store = t.app.get<EventStore>(EVENT_STORE);
  const doc = (await request(t.http).get('/docs-json')).body as OpenApiDoc;
  const commandPaths = Object.entries(doc.paths)
    .filter(([, ops]) => Object.values(ops).some((op) => op['x-command']))
    .map(([p]) => p);
  if (commandPaths.length < 50)
    throw new Error(`expected every command endpoint in the OpenAPI document, found ${commandPaths.length}`);
  const statuses: Record<number, number> = {};
  let requests = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        { arbitrary: fuzzCase([...commandPaths, ...READ_PATHS]), weight: 3 },
        { arbitrary: hostileCase(doc), weight: 2 },
      ),
      async (c) => {
        const before = await log(store);
        let r = request(t.http)[c.method.toLowerCase() as 'post'](c.path).timeout(FUZZ_TIMEOUT);
        if (c.contentType) r = r.set('Content-Type', c.contentType);
        if (c.auth === 'good') r = r.set(bearer(t.keys.admin));
        if (c.auth === 'garbage') r = r.set('Authorization', 'Bearer glk_nope');
        if (c.ifMatch !== null) r = r.set('If-Match', c.ifMatch.replace(/[^\x20-\x7e]/g, ''));
        if (c.idempotencyKey !== null) r = r.set('Idempotency-Key', c.idempotencyKey.replace(/[^\x20-\x7e]/g, ''));
        let res: request.Response;
        try {
          res = c.body !== null ? await r.send(c.body) : await r;
        } catch (e) {
          throw new Error(`no complete response (${(e as Error).message}) for ${JSON.stringify(c).slice(0, 2000)}`);
        }
        requests++;
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status >= 500) throw new Error(`${res.status} for ${JSON.stringify(c).slice(0, 2000)}: ${res.text}`);
        if (res.status >= 400) {
          // The viewer answers people with an HTML page (input refused before routing is problem+json there too).
          if (c.path.startsWith('/ui/') && /^text\/html/.test(res.headers['content-type'] ?? '')) {
            // An HTML error page.
          } else if (!/^application\/problem\+json/.test(res.headers['content-type'] ?? ''))
            throw new Error(`not problem+json (${res.headers['content-type']}) for ${JSON.stringify(c)}`);
          else if (res.body.status !== res.status || typeof res.body.title !== 'string')
            throw new Error(`bad problem body for ${JSON.stringify(c)}: ${res.text}`);
          if ((await log(store)) !== before)
            throw new Error(`a rejected request changed the store: ${JSON.stringify(c)}`);
        }
      },
    ),
    { numRuns: runs, verbose: false },
  );
  return { requests, statuses };
}
