/**
 * One app per store for the process suites over HTTP, with the request steps they share. The app
 * is filled in by beforeAll, so the returned `t` is usable inside tests only.
 */
import { bearer, request, startApp, TestApp } from './app';
import { Backend } from './backends';

export interface Envelope {
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

export function httpFlow(store: Backend) {
  const t = {} as TestApp;
  /** A national admin key (force area "*"), to read any stream. */
  let national: string;
  /** Every response body seen, for the personal-data check. */
  const seen: string[] = [];

  beforeAll(async () => {
    Object.assign(t, await startApp({ store }));
    national = await t.key('admin', '*');
  });
  afterAll(async () => t.close());

  const post = async (path: string, token: string, body: object, headers: Record<string, string> = {}) => {
    const res = await request(t.http)
      .post(path)
      .set('Content-Type', 'application/json')
      .set(bearer(token))
      .set(headers)
      .send(body);
    seen.push(res.text, JSON.stringify(res.headers));
    return res;
  };
  const ok = async (path: string, token: string, body: object, status = 200) => {
    const res = await post(path, token, body);
    if (res.status !== status) throw new Error(`${path}: expected ${status}, got ${res.status} ${res.text}`);
    return res.body as {
      caseId: string;
      stream: string;
      revision: string;
      events: Array<{ eventId: string; type: string; findings: Array<{ code: string }> }>;
    };
  };
  const open = (path: string, token: string, body: object) => ok(path, token, body, 201);
  async function streamOf(stream: string): Promise<Envelope[]> {
    const res = await request(t.http).get(`/v1/streams/${stream}`).set(bearer(national));
    seen.push(res.text);
    expect(res.status).toBe(200);
    return res.body.events;
  }
  return { t, seen, post, ok, open, streamOf };
}
