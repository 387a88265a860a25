/**
 * Bare PostgreSQL commits on the product's server, with its commit settings untouched: one
 * connection, one-row INSERT per commit (bounds one writer), and 16 rows per commit in one
 * statement (bounds 16 writers batched into one transaction).
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { secondsSince } from './lib/format';

export async function postgresProbes(
  url: string,
  quick: boolean,
  entry: string,
): Promise<{ commit1PerSecond: number; commit16RowsPerSecond: number }> {
  // A real table: a temporary one writes no WAL, so its commit would not wait for a flush.
  const table = `bench_probe_${randomBytes(5).toString('hex')}`;
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    await c.query(
      `CREATE TABLE ${table} (position bigserial PRIMARY KEY, stream text NOT NULL, revision int NOT NULL, entry bytea NOT NULL)`,
    );
    const bytes = Buffer.from(entry);
    const seconds = quick ? 1 : 2;
    let n = 0;
    let deadline = Date.now() + seconds * 1000;
    let t = process.hrtime.bigint();
    while (Date.now() < deadline) {
      await c.query({
        name: 'probe1',
        text: `INSERT INTO ${table} (stream, revision, entry) VALUES ($1, $2, $3)`,
        values: [`s-${n % 1000}`, n, bytes],
      });
      n++;
    }
    const commit1PerSecond = Math.round(n / secondsSince(t));
    const values = Array.from({ length: 16 }, (_, i) => `($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3})`).join(', ');
    const text = `INSERT INTO ${table} (stream, revision, entry) VALUES ${values}`;
    let rows = 0;
    deadline = Date.now() + seconds * 1000;
    t = process.hrtime.bigint();
    while (Date.now() < deadline) {
      const args: unknown[] = [];
      for (let i = 0; i < 16; i++, rows++) args.push(`s-${rows % 1000}`, rows, bytes);
      await c.query({ name: 'probe16', text, values: args });
    }
    return { commit1PerSecond, commit16RowsPerSecond: Math.round(rows / secondsSince(t)) };
  } finally {
    await c.query(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
    await c.end();
  }
}
