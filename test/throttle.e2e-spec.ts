import { bearer, request, startApp, TestApp } from './helpers/app';

describe('Rate limiting (429)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({
      env: { THROTTLE_LIMIT: '3', THROTTLE_TTL_MS: '60000', AUTH_FAILURE_LIMIT: '3', AUTH_FAILURE_TTL_MS: '60000' },
    });
  });
  afterAll(async () => t.close());

  it('answers 429 problem+json with Retry-After once a client exceeds the limit, counted across routes', async () => {
    const statuses: number[] = [];
    let last: request.Response | undefined;
    for (const path of ['/v1/cases', '/v1/trail', '/v1/deadlines', '/v1/decisions', '/v1/cases']) {
      last = await request(t.http).get(path);
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(last!.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(last!.body.status).toBe(429);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('counts each key apart from the anonymous callers of its address and from other keys', async () => {
    const kent = [];
    for (const path of ['/v1/cases', '/v1/trail', '/v1/deadlines', '/v1/cases'])
      kent.push((await request(t.http).get(path).set(bearer(t.keys.auditor))).status);
    expect(kent).toEqual([200, 200, 200, 429]);
    expect((await request(t.http).get('/v1/cases').set(bearer(t.essex.auditor))).status).toBe(200);
  });

  it('refuses an address after a few failed authentications, a valid key included', async () => {
    const bad = 'glk_00000000-0000-7000-8000-000000000000_' + 'a'.repeat(43);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await request(t.http).get('/v1/cases').set(bearer(bad))).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const valid = await request(t.http).get('/v1/cases').set(bearer(t.essex['pcc-office']));
    expect(valid.status).toBe(429);
    expect(valid.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
