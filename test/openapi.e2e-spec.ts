import SwaggerParser from '@apidevtools/swagger-parser';
import { request, startApp, TestApp } from './helpers/app';

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
    const ops = Object.values(doc.paths as Record<string, Record<string, Record<string, unknown>>>).flatMap((p) => Object.values(p)).filter((op) => op['x-command']);
    expect(ops.length).toBeGreaterThan(0);
    for (const op of ops) {
      expect(op.operationId).toBeTruthy();
      expect(op.security).toEqual([{ bearer: [] }]);
      for (const status of ['400', '401', '403', '409', '412', '422']) expect(Object.keys(op.responses as object)).toContain(status);
    }
    // Every DTO property documents an example.
    const missing: string[] = [];
    for (const [name, schema] of Object.entries(doc.components.schemas as Record<string, { properties?: Record<string, { example?: unknown; $ref?: string; items?: { $ref?: string }; type?: string }> }>)) {
      if (!/Request$|Dto$/.test(name)) continue;
      for (const [prop, p] of Object.entries(schema.properties ?? {})) {
        const isRef = p.$ref || p.items?.$ref || p.type === 'object' || (p as { allOf?: unknown }).allOf;
        if (!isRef && p.example === undefined) missing.push(`${name}.${prop}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('serves the interactive docs at /docs', async () => {
    const res = await request(t.http).get('/docs');
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/swagger/i);
  });
});
