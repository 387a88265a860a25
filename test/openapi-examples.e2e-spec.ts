/**
 * Every request example of the OpenAPI document, sent as the document publishes it, in the
 * scenario order of apps/api/src/openapi/examples, against the app as main.ts builds it:
 * each must be recorded (2xx). Two values are taken from the record instead, because the
 * record assigns them and no document can know them in advance: the id of the event a
 * correction points at, and the data subject id a complaint's receipt generates.
 */
import { API_ROLES, ApiRole, mayExecute } from '@ledger/governance';
import { EXAMPLE_SCENARIO } from '../apps/api/src/openapi/examples';
import { bearer, request, startApp, TestApp } from './helpers/app';

interface Operation {
  operationId?: string;
  'x-command'?: { commandType: string };
  parameters?: Array<{ name: string; in: string; examples?: Record<string, { value: string }> }>;
  requestBody?: { content: { 'application/json': { examples?: Record<string, { value: Record<string, unknown> }> } } };
}
type Doc = { paths: Record<string, Record<string, Operation>> };

/** The role that records an act: the acting body's own role before an administrator, the order API_ROLES lists them in. */
const PREFERENCE: readonly ApiRole[] = API_ROLES;

function commandOperations(doc: Doc): Array<{ method: string; path: string; op: Operation }> {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([, op]) => op['x-command'])
      .map(([method, op]) => ({ method, path, op })),
  );
}

describe('OpenAPI request examples', () => {
  let t: TestApp;
  let doc: Doc;
  beforeAll(async () => {
    t = await startApp({ env: { THROTTLE_LIMIT: '1000000' } });
    doc = (await request(t.http).get('/docs-json')).body;
  });
  afterAll(async () => t.close());

  it('gives every command operation examples of its own', () => {
    const ops = commandOperations(doc);
    expect(ops.length).toBeGreaterThan(100);
    const without = ops
      .filter(({ op }) => Object.keys(op.requestBody?.content['application/json'].examples ?? {}).length === 0)
      .map(({ op }) => op.operationId);
    expect(without).toEqual([]);
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const { op } of ops) {
      for (const ex of Object.values(op.requestBody!.content['application/json'].examples!)) {
        const text = JSON.stringify(ex.value);
        if (seen.has(text) && seen.get(text) !== op.operationId)
          shared.push(`${op.operationId} shares its example with ${seen.get(text)}`);
        seen.set(text, op.operationId!);
      }
    }
    expect(shared).toEqual([]);
  });

  it('records every command example, sent as written, in scenario order', async () => {
    const byId = new Map(commandOperations(doc).map((o) => [o.op.operationId!, o]));
    const keys = new Map<string, string>();
    const keyFor = async (role: ApiRole, area: string) => {
      if (!keys.has(`${role} ${area}`)) keys.set(`${role} ${area}`, await t.key(role, area));
      return keys.get(`${role} ${area}`)!;
    };
    const firstEventOf = new Map<string, string>();
    const areaOf = new Map<string, string>();
    const failures: string[] = [];
    for (const step of EXAMPLE_SCENARIO) {
      const found = byId.get(step.op);
      if (!found) {
        failures.push(`${step.op}: no such command operation`);
        continue;
      }
      const { method, path, op } = found;
      const body = structuredClone(op.requestBody!.content['application/json'].examples![step.name].value);
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) =>
        encodeURIComponent(op.parameters!.find((p) => p.name === name)!.examples![step.name].value),
      );
      if (step.op === 'ErasePersonalData') {
        const stream = await request(t.http)
          .get(`/v1/streams/complaint:${step.params.id}`)
          .set(bearer(await keyFor('admin', '*')));
        body.subjectId = stream.body.events[0].data.complainant.subjectId;
      }
      if (step.op === 'CorrectRecord')
        body.correctsEventId = firstEventOf.get(
          op.parameters!.find((p) => p.name === 'stream')!.examples![step.name].value,
        );
      const role = step.recordedBy?.role ?? PREFERENCE.find((r) => mayExecute(r, op['x-command']!.commandType))!;
      expect(API_ROLES).toContain(role);
      const caseId = Object.values(step.params)
        .map((v) => v.split(':').pop()!)
        .find((v) => areaOf.has(v));
      const area = step.recordedBy?.forceArea ?? step.params.area ?? (caseId ? areaOf.get(caseId)! : 'kent');
      const agent = request(t.http);
      const res = await agent[method as 'post'](url)
        .set(bearer(await keyFor(role, area)))
        .send(body);
      if (res.status >= 200 && res.status < 300) {
        if (!firstEventOf.has(res.body.stream)) firstEventOf.set(res.body.stream, res.body.events[0].eventId);
        if (step.params.area) areaOf.set(res.body.caseId, step.params.area);
      } else {
        failures.push(
          `${step.op} (${step.name}) as ${role}: ${res.status} ${res.body.code ?? ''} ${res.body.detail ?? ''} ${JSON.stringify(res.body.errors ?? '')}`,
        );
      }
    }
    expect(failures).toEqual([]);
  });
});
