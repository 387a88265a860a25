/**
 * Hostile requests for the fuzz, aimed where hand-written checks are easy to miss:
 * bodies nested thousands deep, paging cursors forged to any shape, NUL bytes in
 * filters and bodies, integers past 2^53 and past a bigint, and the nested objects of
 * every command body left out, null or of the wrong type. Command bodies start from the
 * examples in the OpenAPI document, so they reach validation of the nested parts.
 */
import fc from 'fast-check';
import type { FuzzCase } from './fuzz';

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  example?: unknown;
  enum?: unknown[];
}

export interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        'x-command'?: unknown;
        requestBody?: { content?: Record<string, { schema?: Schema }> };
        parameters?: Array<{ name: string; in: string }>;
      }
    >
  >;
  components: { schemas: Record<string, Schema> };
}

function resolve(doc: OpenApiDoc, s: Schema | undefined): Schema {
  let x = s ?? {};
  for (let i = 0; i < 10; i++) {
    if (x.$ref) x = doc.components.schemas[x.$ref.replace('#/components/schemas/', '')] ?? {};
    else if (x.allOf?.length === 1) x = x.allOf[0];
    else break;
  }
  return x;
}

/** A body built from the document's examples: valid in shape, so validation reaches its nested parts. */
function example(doc: OpenApiDoc, s: Schema | undefined, depth = 0): unknown {
  const x = resolve(doc, s);
  if (x.example !== undefined) return x.example;
  if (x.enum?.length) return x.enum[0];
  if (depth > 6) return null;
  if (x.type === 'array') return [example(doc, x.items, depth + 1)];
  if (x.properties)
    return Object.fromEntries(Object.entries(x.properties).map(([k, v]) => [k, example(doc, v, depth + 1)]));
  return (
    ({ integer: 1, number: 1, boolean: false, string: 'x' } as Record<string, unknown>)[x.type ?? 'string'] ?? null
  );
}

/** The paths (as property lists) of every nested object or array of objects in a body schema. */
function nestedPaths(
  doc: OpenApiDoc,
  s: Schema | undefined,
  prefix: Array<string | number> = [],
  depth = 0,
): Array<Array<string | number>> {
  const x = resolve(doc, s);
  if (!x.properties || depth > 4) return [];
  return Object.entries(x.properties).flatMap(([k, v]) => {
    const r = resolve(doc, v);
    if (r.properties) return [[...prefix, k], ...nestedPaths(doc, r, [...prefix, k], depth + 1)];
    const item = r.type === 'array' ? resolve(doc, r.items) : null;
    if (item?.properties)
      return [[...prefix, k], [...prefix, k, 0], ...nestedPaths(doc, item, [...prefix, k, 0], depth + 1)];
    return [];
  });
}

function setAt(body: unknown, path: Array<string | number>, value: unknown, remove: boolean): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const k of path.slice(0, -1)) {
    if (at[k] === null || typeof at[k] !== 'object') return copy;
    at = at[k] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (remove) delete at[last];
  else at[last] = value;
  return copy;
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url');
const KINDS = ['cases', 'timeline', 'trail', 'deadlines', 'decisions', 'other'];
const odd = fc.oneof(
  fc.constant(null),
  fc.constant({}),
  fc.constant([]),
  fc.string({ maxLength: 5 }),
  fc.double(),
  fc.integer(),
  fc.constant(1e300),
  fc.constant(-1),
  fc.constant('\u0000'),
  fc.constant("'; --"),
);
const cursor = fc.oneof(
  fc.tuple(fc.constantFrom(...KINDS), fc.array(odd, { maxLength: 4 })).map(([k, v]) => b64({ k, v })),
  fc.tuple(fc.constantFrom(...KINDS), odd).map(([k, v]) => b64({ k, v })),
  odd.map(b64),
  fc.string({ maxLength: 40 }),
);
const hugeInt = fc.constantFrom(
  '99999999999999999999',
  '9007199254740993',
  '9223372036854775808',
  '-1',
  '-99999999999999999999',
  '1e400',
  '1.5',
  'NaN',
  'Infinity',
  '0x10',
  '00000000000000000000001',
  '',
);
const nul = fc.string({ maxLength: 10 }).map((s) => `${s}\u0000'`);
const QUERY_PATHS = [
  '/v1/cases',
  '/v1/trail',
  '/v1/deadlines',
  '/v1/decisions',
  '/v1/cases/{stream}',
  '/v1/ledger/checkpoints',
  '/v1/ledger/checkpoints/{size}',
  '/v1/ledger/consistency',
  '/v1/ledger/events/{eventId}/proof',
  '/v1/streams/{stream}',
  '/v1/exports/streams/{stream}',
  '/v1/exports/range',
  '/v1/exports/bodies/{body}',
  '/v1/force-areas/{area}/dashboard',
  '/ui/areas/{area}/cases',
  '/ui/areas/{area}/trail',
  '/ui/cases/{stream}',
];
const QUERY_NAMES = [
  'cursor',
  'limit',
  'from',
  'to',
  'beforeSize',
  'treeSize',
  'body',
  'status',
  'actorId',
  'stream',
  'owner',
  'process',
  'forceArea',
  'asAt',
  'recordedOn',
  'consistencyFrom',
  'upcomingDays',
  'format',
  'field',
];
const PATH_VALUES = fc.constantFrom(
  'kent',
  'csp-report-requirement:no-such',
  'commissioner-office:kent-2012',
  '99999999999999999999',
  '-1',
  '%00',
  'a%00b',
  '00000000-0000-0000-0000-000000000000',
);

const base = { contentType: null, body: null, ifMatch: null, idempotencyKey: null } as const;

/** Reads with forged cursors, NUL bytes and huge integers in their parameters. */
const hostileQuery: fc.Arbitrary<FuzzCase> = fc
  .record({
    path: fc.tuple(fc.constantFrom(...QUERY_PATHS), PATH_VALUES).map(([p, v]) => p.replace(/\{[A-Za-z]+\}/, v)),
    params: fc.array(fc.tuple(fc.constantFrom(...QUERY_NAMES), fc.oneof(cursor, hugeInt, nul)), {
      minLength: 1,
      maxLength: 3,
    }),
    auth: fc.constantFrom('none', 'good') as fc.Arbitrary<'none' | 'good'>,
  })
  .map(({ path, params, auth }) => ({
    ...base,
    method: 'GET' as const,
    path: `${path}?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`,
    auth,
  }));

export function hostileCase(doc: OpenApiDoc): fc.Arbitrary<FuzzCase> {
  const commands = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => op['x-command'])
      .map(([method, op]) => {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        return {
          method: method.toUpperCase() as FuzzCase['method'],
          path,
          body: example(doc, schema),
          nested: nestedPaths(doc, schema),
        };
      }),
  );
  const withNested = commands.filter((c) => c.nested.length > 0);
  if (withNested.length < 10)
    throw new Error(`expected command bodies with nested objects in the OpenAPI document, found ${withNested.length}`);
  const commandPath = (path: string) =>
    fc.constantFrom('kent', 'no-such-case', 'essex').map((v) => path.replace(/\{[A-Za-z]+\}/g, v));
  const command = fc.constantFrom(...commands);

  // Missing, null or mistyped nested objects in an otherwise example-shaped body.
  const missingNested: fc.Arbitrary<FuzzCase> = fc.constantFrom(...withNested).chain((c) =>
    fc
      .record({
        path: commandPath(c.path),
        at: fc.constantFrom(...c.nested),
        value: fc.oneof(
          fc.constant(undefined),
          fc.constant(null),
          fc.constant('x'),
          fc.constant(1),
          fc.constant([]),
          fc.constant({}),
          fc.constant([null]),
          fc.constant([1]),
        ),
        auth: fc.constant('good' as const),
      })
      .map(({ path, at, value, auth }) => ({
        ...base,
        method: c.method,
        path,
        contentType: 'application/json',
        auth,
        body: JSON.stringify(setAt(c.body, at, value, value === undefined)),
      })),
  );

  // Deep nesting, alone or inside a real field, and NUL bytes in any string.
  const deep: fc.Arbitrary<FuzzCase> = fc
    .record({
      c: command,
      depth: fc.integer({ min: 33, max: 6000 }),
      open: fc.constantFrom('[', '{"a":'),
      field: fc.constantFrom('x', 'provenance', 'areas', 'complainant', '__proto__'),
    })
    .chain(({ c, depth, open, field }) =>
      commandPath(c.path).map((path) => {
        const close = open === '[' ? ']' : '}';
        const inner = `${open.repeat(depth)}1${close.repeat(depth)}`;
        const rest = JSON.stringify(c.body ?? {}).slice(1);
        return {
          ...base,
          method: c.method,
          path,
          contentType: 'application/json',
          auth: 'good' as const,
          body: `{${JSON.stringify(field)}:${inner}${rest === '}' ? '}' : `,${rest}`}`,
        };
      }),
    );
  const nulBody: fc.Arbitrary<FuzzCase> = fc.record({ c: command, s: nul }).chain(({ c, s }) =>
    commandPath(c.path).map((path) => ({
      ...base,
      method: c.method,
      path,
      contentType: 'application/json',
      auth: 'good' as const,
      body: JSON.stringify(c.body).replace(/"(x|[A-Z][^"]{0,40})"/, JSON.stringify(s)),
    })),
  );
  return fc.oneof(hostileQuery, missingNested, deep, nulBody);
}
