/**
 * One placement, on real databases: the API (as main.ts builds it) and the CLI put each
 * set of tables where placementOf says. With STORE=sqlite a READ_MODEL_URL is not used, so
 * the sealer's state and the read models stay together in the SQLite file; with
 * STORE=postgres everything, leases included, is in the configured schema, and the CLI
 * reads the same checkpoints and cases as the API.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Client } from 'pg';
import { openAudit } from '../apps/cli/src/commands/audit-context';
import { openProjections } from '../apps/cli/src/commands/projections-context';
import { freshSchema } from '../libs/event-store/src/testing/pg';
import { bearer, request, startApp, TestApp } from './helpers/app';
import { caughtUp } from './helpers/projections';

const PG_URL = process.env.DATABASE_URL as string;

async function tablesIn(schema: string): Promise<string[]> {
  const c = new Client({ connectionString: PG_URL });
  await c.connect();
  try {
    const r = await c.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [schema],
    );
    return r.rows.map((x) => x.table_name);
  } finally {
    await c.end();
  }
}

async function checkpointNow(t: TestApp): Promise<{ size: number; root: string }> {
  const res = await request(t.http).post('/v1/ledger/checkpoints').set(bearer(t.keys.auditor)).send();
  expect(res.status).toBeLessThan(300);
  return res.body;
}

describe('Placement on PostgreSQL', () => {
  it('STORE=sqlite with READ_MODEL_URL: read models, sealer, vault and keys all in the SQLite file; nothing in PostgreSQL', async () => {
    const { schema, drop } = await freshSchema('place');
    const t = await startApp({ env: { READ_MODEL_URL: PG_URL, DATABASE_SCHEMA: schema } });
    try {
      await checkpointNow(t);
      const db = new Database(join(t.dataDir, 'ledger.sqlite'), { readonly: true });
      const names = db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`)
        .all()
        .map((r) => (r as { name: string }).name);
      db.close();
      expect(names).toEqual(
        expect.arrayContaining(['api_keys', 'rm_projections', 'audit_checkpoint', 'audit_subject_key']),
      );
      expect(await tablesIn(schema)).toEqual([]);
    } finally {
      await t.close();
      await drop();
    }
  });

  it('STORE=postgres: every table and the leases in the schema, and the CLI reads what the API wrote', async () => {
    const t = await startApp({ store: 'postgres', env: { LOAD_DEMO: 'true' } });
    try {
      await caughtUp(t);
      const cp = await checkpointNow(t);
      expect(cp.size).toBeGreaterThan(0);
      const schema = t.env.DATABASE_SCHEMA;
      expect(await tablesIn(schema)).toEqual(
        expect.arrayContaining(['api_keys', 'rm_projections', 'audit_checkpoint', 'audit_subject_key', 'ledger_lease']),
      );
      const audit = await openAudit(t.env);
      try {
        const latest = await audit.sealer.proofs.latestCheckpoint();
        expect(latest?.size).toBe(cp.size);
      } finally {
        await audit.close();
      }
      const served = await request(t.http).get('/v1/cases').query({ limit: 500 });
      expect(served.body.items.length).toBeGreaterThan(0);
      const rm = await openProjections(t.env);
      try {
        expect((await rm.rm.queries.listCases({ limit: 500 })).items.map((c) => c.stream)).toEqual(
          served.body.items.map((c: { stream: string }) => c.stream),
        );
      } finally {
        await rm.close();
      }
    } finally {
      await t.close();
    }
  });
});
