/**
 * Every store that creates tables in the PostgreSQL schema (log, API keys, audit, vault,
 * read models) sets up under one lock: several instances starting at once on an empty
 * database, and parallel `ledger keys create`, never fail on the catalogue.
 */
import { PostgresSealerStorage, PostgresVaultStorage } from '@ledger/audit';
import { PostgresEventStore } from '@ledger/event-store';
import { ensureMeta, PostgresReadModelDb } from '@ledger/projections';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { pgUrl } from '../../../event-store/src/testing/pg';
import { ApiKeyStore } from '../auth/api-keys';
import { loadConfig } from '../config';
import { openSqlDb } from './sql';

/** What one instance sets up at start, in the order Nest happens to build it. */
async function startInstance(schema: string): Promise<void> {
  const url = pgUrl();
  const db = await openSqlDb(loadConfig({ STORE: 'postgres', DATABASE_URL: url, DATABASE_SCHEMA: schema }));
  const keys = new ApiKeyStore(db);
  const opened = await Promise.all([
    PostgresEventStore.connect({ connectionString: url, schema }),
    PostgresSealerStorage.open({ connectionString: url, schema }),
    PostgresVaultStorage.open({ connectionString: url, schema }),
    PostgresReadModelDb.connect({ connectionString: url, schema }),
    keys.init(),
  ]);
  await ensureMeta(opened[3]);
  await keys.create({ name: 'Parallel key', role: 'auditor', forceArea: 'kent' });
  await Promise.all([opened[0].close(), opened[1].close(), opened[2].close(), opened[3].close(), db.close()]);
}

describe('schema set-up on PostgreSQL', () => {
  const schemas: string[] = [];
  afterAll(async () => {
    const c = new Client({ connectionString: pgUrl() });
    await c.connect();
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await c.end();
  });

  it('four instances starting at once on a schema that does not exist yet all start, three times over', async () => {
    for (let round = 0; round < 3; round++) {
      const schema = `setup_${randomBytes(5).toString('hex')}`;
      schemas.push(schema);
      const results = await Promise.allSettled(Array.from({ length: 4 }, () => startInstance(schema)));
      expect(
        results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason)),
      ).toEqual([]);
      const c = new Client({ connectionString: pgUrl() });
      await c.connect();
      const keys = await c.query(`SELECT count(*)::int AS n FROM "${schema}".api_keys`);
      await c.end();
      expect(keys.rows[0].n).toBe(4);
    }
  });
});
