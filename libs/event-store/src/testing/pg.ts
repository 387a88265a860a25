/**
 * PostgreSQL test helpers. Suites that need PostgreSQL live in files named
 * *.pg.int-spec.ts / *.pg.e2e-spec.ts; jest.config.js leaves them out (with one
 * clear line) when DATABASE_URL is unset, and .ci/run fails if they did not run.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export function pgUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: this suite needs PostgreSQL (see README)');
  return url;
}

/** Creates an empty schema with a unique name, so parallel test files never collide. */
export async function freshSchema(prefix = 't'): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  const c = new Client({ connectionString: pgUrl() });
  await c.connect();
  await c.query(`CREATE SCHEMA "${schema}"`);
  await c.end();
  return {
    schema,
    drop: async () => {
      const d = new Client({ connectionString: pgUrl() });
      await d.connect();
      await d.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await d.end();
    },
  };
}
