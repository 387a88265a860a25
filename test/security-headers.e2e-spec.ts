/**
 * Browser-facing headers: a CSP that allows no inline script, and that asks browsers to
 * upgrade to https only when the service is published over https (on plain HTTP the
 * upgrade sends the viewer's own scripts and styles to a port that does not answer).
 */
import { request, startApp, TestApp } from './helpers/app';
import { caughtUp } from './helpers/projections';

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );

describe('Security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ env: { LOAD_DEMO: 'true' } });
    await caughtUp(t);
  });
  afterAll(async () => t.close());

  it('serves the viewer and /docs with no inline script allowed and no https upgrade on plain HTTP', async () => {
    for (const path of ['/ui', '/ui/areas/kent', '/ui/integrity', '/ui/sign-in', '/docs']) {
      const res = await request(t.http).get(path).redirects(1);
      expect(res.status).toBe(200);
      const csp = directives(res.headers['content-security-policy']);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.has('upgrade-insecure-requests')).toBe(false);
      // Every script is a file from this origin, or inert data.
      for (const tag of res.text.match(/<script\b[^>]*>/g) ?? [])
        expect(tag).toMatch(/\ssrc=|type="application\/json"/);
      expect(res.text).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });

  it('asks browsers to upgrade to https when PUBLIC_URL is https', async () => {
    const tls = await startApp({ env: { PUBLIC_URL: 'https://ledger.example.org' } });
    try {
      const csp = directives((await request(tls.http).get('/ui')).headers['content-security-policy']);
      expect(csp.has('upgrade-insecure-requests')).toBe(true);
      expect(csp.get('script-src')).toEqual(["'self'"]);
    } finally {
      await tls.close();
    }
  });
});
