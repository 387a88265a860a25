/**
 * Every read route goes through the one read-access policy. The routes are taken from
 * the application as main.ts builds it: the GET handlers Nest knows, checked against the
 * GET routes Express actually serves, so that no route escapes the enumeration. Each
 * declares a rule (@ReadAccess); a route for named roles refuses anonymous callers (401)
 * and keys of other roles (403) and admits its roles; an open route admits anyone. An
 * application with a GET route that declares no rule does not start.
 */
import { Controller, Get, Module } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { API_ROLES, ApiRole } from '@ledger/governance';
import { readRoutesOf, ReadRulesCheck } from '../apps/api/src/common/read-access';
import { bearer, request, startApp, TestApp } from './helpers/app';

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** A request path for a route pattern: every parameter filled with something that exists nowhere. */
function concrete(path: string): string {
  return path
    .replace(':stream', 'csp-report-requirement:no-such-case')
    .replace(':area', 'kent')
    .replace('*path', 'no-such-page')
    .replace(/:[a-zA-Z]+/g, 'no-such-thing');
}

describe('Read access: one policy for every read route', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ env: { THROTTLE_LIMIT: '1000000' } });
  });
  afterAll(async () => t.close());

  const nestRoutes = () => readRoutesOf(t.app.get(DiscoveryService), t.app.get(MetadataScanner), t.app.get(Reflector));

  it('enumerates every GET route Express serves', () => {
    const stack = (t.app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } }).router.stack;
    // Middleware bound for every method (request logging) shows as a route of all methods: not a read handler.
    const served = stack
      .filter((l) => l.route?.methods.get && !l.route.methods.post)
      .map((l) => l.route!.path.replace(/^\/v1\//, '/'));
    const known = nestRoutes().map((r) => r.path);
    expect(served.length).toBeGreaterThan(30);
    expect(served.filter((p) => !known.includes(p) && !p.startsWith('/docs'))).toEqual([]);
  });

  it('finds a read rule on every GET route', () => {
    expect(nestRoutes().filter((r) => r.rule === undefined)).toEqual([]);
  });

  it('refuses anonymous callers and other roles on routes for named roles, and admits their roles', async () => {
    const guarded = nestRoutes().filter((r) => r.rule !== 'anyone');
    expect(guarded.length).toBeGreaterThanOrEqual(4);
    for (const r of guarded) {
      const url = `/v1${concrete(r.path)}`;
      const roles = r.rule as readonly ApiRole[];
      expect([r.path, (await request(t.http).get(url)).status]).toEqual([r.path, 401]);
      for (const role of API_ROLES) {
        const status = (await request(t.http).get(url).set(bearer(t.keys[role]))).status;
        if (roles.includes(role)) expect([r.path, role, [401, 403].includes(status)]).toEqual([r.path, role, false]);
        else expect([r.path, role, status]).toEqual([r.path, role, 403]);
      }
    }
  });

  it('admits anonymous callers on open routes', async () => {
    const open = nestRoutes().filter((r) => r.rule === 'anyone');
    for (const r of open) {
      const url =
        r.path.startsWith('/ui') || r.path.startsWith('/health') || r.path === '/'
          ? concrete(r.path)
          : `/v1${concrete(r.path)}`;
      const res = await request(t.http).get(url);
      // The sign-in script asks the session route who a key belongs to: without one, it answers "not signed in".
      const refused = res.status === 403 || (res.status === 401 && res.body?.signedIn !== false);
      expect([r.path, refused]).toEqual([r.path, false]);
    }
  });

  it('does not start an application with a GET route that declares no rule', async () => {
    @Controller()
    class Bare {
      @Get('bare')
      bare() {
        return 'no rule';
      }
    }
    @Module({ imports: [DiscoveryModule], controllers: [Bare], providers: [ReadRulesCheck] })
    class BareModule {}
    const moduleRef = await Test.createTestingModule({ imports: [BareModule] }).compile();
    const app = moduleRef.createNestApplication();
    await expect(app.init()).rejects.toThrow(/Bare\.bare GET \/bare/);
    await app.close().catch(() => undefined);
  });
});
