/**
 * The role × command matrix, cell by cell: every command endpoint is called with a key
 * of every role. Roles the matrix allows pass authorisation (they then meet validation,
 * 400, or a missing case, 404); every other role gets 403. Also: every command of every
 * statutory process in libs/domain is reachable over HTTP.
 */
import { DECIDERS } from '@ledger/domain';
import { API_ROLES, mayExecute } from '@ledger/governance';
import { bearer, request, startApp, TestApp } from './helpers/app';

interface Op {
  path: string;
  commandType: string;
}

function concrete(path: string): string {
  return path
    .replace('{area}', 'kent')
    .replace('{stream}', 'csp-report-requirement:no-such-case')
    .replace(/\{[a-zA-Z]+\}/g, 'no-such-case');
}

describe('Role × command matrix', () => {
  let t: TestApp;
  let ops: Op[];
  beforeAll(async () => {
    t = await startApp({ env: { THROTTLE_LIMIT: '1000000' } });
    const doc = (await request(t.http).get('/docs-json')).body;
    ops = Object.entries(
      doc.paths as Record<string, Record<string, { 'x-command'?: { commandType: string } }>>,
    ).flatMap(([path, methods]) =>
      Object.values(methods)
        .filter((op) => op['x-command'])
        .map((op) => ({ path: path.replace(/^\/v1/, '/v1'), commandType: op['x-command']!.commandType })),
    );
  });
  afterAll(async () => t.close());

  it('exposes every command of every statutory process over HTTP', () => {
    const expected = [...new Set(DECIDERS.flatMap((d) => Object.keys(d.decider.commands))), 'CorrectRecord'].sort();
    const exposed = [...new Set(ops.map((o) => o.commandType))].sort();
    expect(expected.filter((c) => !exposed.includes(c))).toEqual([]);
  });

  it('allows exactly the roles in the matrix, cell by cell', async () => {
    const wrong: string[] = [];
    let cells = 0;
    for (const op of ops) {
      for (const role of API_ROLES) {
        const res = await request(t.http)
          .post(concrete(op.path))
          .set(bearer(t.keys[role]))
          .set('Content-Type', 'application/json')
          .send({});
        const allowed = mayExecute(role, op.commandType);
        cells++;
        if (allowed && (res.status === 401 || res.status === 403))
          wrong.push(`${role} ${op.commandType}: expected to pass authorisation, got ${res.status}`);
        if (!allowed && res.status !== 403) wrong.push(`${role} ${op.commandType}: expected 403, got ${res.status}`);
        if (res.status >= 500) wrong.push(`${role} ${op.commandType}: ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(cells).toBe(ops.length * API_ROLES.length);
  });

  it('answers 401 to anonymous callers on every command endpoint', async () => {
    for (const op of ops) {
      const res = await request(t.http).post(concrete(op.path)).set('Content-Type', 'application/json').send({});
      expect(res.status).toBe(401);
    }
  });
});
