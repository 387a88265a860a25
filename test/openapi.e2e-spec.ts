import SwaggerParser from '@apidevtools/swagger-parser';
import { allRules } from '@ledger/domain';
import { analyseRuleCodes } from '../scripts/openapi-rule-codes';
import { bearer, request, startApp, TestApp } from './helpers/app';

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: unknown;
  items?: Schema;
  $ref?: string;
  allOf?: unknown;
  oneOf?: unknown;
  anyOf?: unknown;
};

/**
 * Properties whose schema says nothing of their kind: no type, or `object` with nothing
 * inside (what a `string | null` property becomes when its decorator names no type).
 */
export function untypedProperties(schemas: Record<string, Schema>): string[] {
  const found: string[] = [];
  const walk = (s: Schema, path: string): void => {
    if (s.$ref || s.allOf || s.oneOf || s.anyOf) return;
    if (s.type === undefined || (s.type === 'object' && !s.properties && s.additionalProperties === undefined))
      found.push(path);
    for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, `${path}.${k}`);
    if (s.items) walk(s.items, `${path}[]`);
  };
  for (const [name, schema] of Object.entries(schemas))
    if (name !== 'Problem') for (const [k, v] of Object.entries(schema.properties ?? {})) walk(v, `${name}.${k}`);
  return found;
}

/**
 * Declared in controller files, which are being replaced by route tables: `oldValue` and
 * `newValue` may be any JSON value, and the stream page's events are whole envelopes.
 */
const UNTYPED_ON_PURPOSE = ['CorrectRecordRequest.oldValue', 'CorrectRecordRequest.newValue', 'StreamPageDto.events[]'];

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(async () => t.close());

  it('is served at /docs-json and is a valid OpenAPI document', async () => {
    const res = await request(t.http).get('/docs-json');
    expect(res.status).toBe(200);
    const doc = res.body;
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeDefined();
    expect(doc.components.schemas.Problem).toBeDefined();
  });

  it('gives every command endpoint an operation id, bearer auth, request examples and the problem responses', async () => {
    const doc = (await request(t.http).get('/docs-json')).body;
    const ops = Object.values(doc.paths as Record<string, Record<string, Record<string, unknown>>>)
      .flatMap((p) => Object.values(p))
      .filter((op) => op['x-command']);
    expect(ops.length).toBeGreaterThan(0);
    for (const op of ops) {
      expect(op.operationId).toBeTruthy();
      expect(op.security).toEqual([{ bearer: [] }]);
      for (const status of ['400', '401', '403', '409', '412', '422'])
        expect(Object.keys(op.responses as object)).toContain(status);
    }
    // Every DTO property documents an example.
    const missing: string[] = [];
    for (const [name, schema] of Object.entries(
      doc.components.schemas as Record<
        string,
        { properties?: Record<string, { example?: unknown; $ref?: string; items?: { $ref?: string }; type?: string }> }
      >,
    )) {
      if (!/Request$|Dto$/.test(name)) continue;
      for (const [prop, p] of Object.entries(schema.properties ?? {})) {
        const isRef = p.$ref || p.items?.$ref || p.type === 'object' || (p as { allOf?: unknown }).allOf;
        if (!isRef && p.example === undefined) missing.push(`${name}.${prop}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives every property a type, with a format for dates and links', async () => {
    const doc = (await request(t.http).get('/docs-json')).body;
    expect(untypedProperties(doc.components.schemas).filter((p) => !UNTYPED_ON_PURPOSE.includes(p))).toEqual([]);
    const dueOn = doc.components.schemas.RequestReportRequest.properties.dueOn;
    expect(dueOn).toMatchObject({ type: 'string', format: 'date' });
    expect(doc.components.schemas.RequestReportRequest.properties.form).toMatchObject({ type: 'string' });
    expect(doc.components.schemas.SourceDocumentDto.properties.url).toMatchObject({ type: 'string', format: 'uri' });
  });

  it('describes the bearer key as it is: glk_<key id>_<secret>, not a JWT', async () => {
    const doc = (await request(t.http).get('/docs-json')).body;
    expect(doc.components.securitySchemes.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'glk_<key id>_<secret>',
    });
    expect(JSON.stringify(doc.components.securitySchemes)).not.toMatch(/JWT"/);
  });

  it('says a missing field "is required", and gives a value of the wrong kind one problem', async () => {
    const post = (body: object) =>
      request(t.http).post('/v1/force-areas/kent/precept-cycles').set(bearer(t.keys['pcc-office'])).send(body);
    const missing = await post({ amount: 147.15 });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ field: 'financialYear', problems: ['financialYear is required'] }]);
    const wrong = await post({ financialYear: 2013, amount: 'lots' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([
      { field: 'financialYear', problems: ['financialYear must be a string'] },
      { field: 'amount', problems: ['amount must be a number'] },
    ]);
  });

  it('lists on each command operation the rule codes it can answer with, as the domain declares them', async () => {
    const doc = (await request(t.http).get('/docs-json')).body;
    type Entry = { code: string; citation: string; kind: string; answer: string };
    const ops = Object.values(
      doc.paths as Record<string, Record<string, { 'x-command'?: { commandType: string }; 'x-rule-codes'?: Entry[] }>>,
    )
      .flatMap((p) => Object.values(p))
      .filter((op) => op['x-command']);
    const documented: Record<string, string[]> = {};
    for (const op of ops) {
      expect({ command: op['x-command']!.commandType, codes: Array.isArray(op['x-rule-codes']) }).toEqual({
        command: op['x-command']!.commandType,
        codes: true,
      });
      documented[op['x-command']!.commandType] = op['x-rule-codes']!.map((e) => e.code);
    }
    // The checked-in list is what the deciders' source says now (regenerate: npx tsx scripts/openapi-rule-codes.ts).
    const fromSource = analyseRuleCodes();
    expect(documented).toEqual(
      Object.fromEntries(
        Object.keys(documented).map((c) => [c, fromSource[c] ?? 'no entry: regenerate rule-codes.generated.json']),
      ),
    );
    // Every rule of the domain is one some command can answer with.
    const listed = new Set(Object.values(documented).flat());
    expect(
      allRules()
        .map((r) => r.code)
        .filter((c) => !listed.has(c)),
    ).toEqual([]);
    const veto = ops.find((op) => op['x-command']!.commandType === 'VetoProposedPrecept')!['x-rule-codes']!;
    expect(veto).toContainEqual({
      code: 'PRECEPT_VETO_THRESHOLD',
      citation: 'PRSRA 2011 Sch 5 para 4(4)',
      kind: 'blocking',
      answer: '422',
    });
    expect(veto).toContainEqual(
      expect.objectContaining({ code: 'PRECEPT_VETO_LATE', kind: 'deadline', answer: 'finding' }),
    );
  });

  it('serves the interactive docs at /docs', async () => {
    const res = await request(t.http).get('/docs');
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/swagger/i);
  });
});
