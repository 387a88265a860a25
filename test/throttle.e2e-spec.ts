import { request, startApp, TestApp } from './helpers/app';

describe('Rate limiting (429)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ env: { THROTTLE_LIMIT: '3', THROTTLE_TTL_MS: '60000' } });
  });
  afterAll(async () => t.close());

  it('answers 429 problem+json with Retry-After once a client exceeds the limit', async () => {
    const statuses: number[] = [];
    let last: request.Response | undefined;
    for (let i = 0; i < 5; i++) {
      last = await request(t.http).get('/v1/cases');
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(last!.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(last!.body.status).toBe(429);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
  });
});
