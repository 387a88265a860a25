/** Migrations, the append-only guard and read-side integrity checks of the PostgreSQL adapter. */
import { Client, Pool } from 'pg';
import { CorruptEntry, InvalidAppend, WrongExpectedRevision } from '../errors';
import { meta, newEvent } from '../testing/fixtures';
import { freshSchema, pgUrl } from '../testing/pg';
import { LATEST_VERSION, MIGRATIONS, migrate } from './migrations';
import { PostgresEventStore } from './postgres-event-store';

let schema: string;
let drop: () => Promise<void>;
let sql: Client;

beforeAll(async () => {
  ({ schema, drop } = await freshSchema('pgschema'));
  sql = new Client({ connectionString: pgUrl() });
  await sql.connect();
});
afterAll(async () => {
  await sql.end();
  await drop();
});

describe('PostgreSQL adapter schema', () => {
  it('migrates once when several processes connect at the same time, and not again after', async () => {
    const stores = await Promise.all(
      Array.from({ length: 4 }, () => PostgresEventStore.connect({ connectionString: pgUrl(), schema, poolSize: 2 })),
    );
    try {
      const { rows } = await sql.query(`SELECT version, name FROM "${schema}".migrations ORDER BY version`);
      expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
      const pool = new Pool({ connectionString: pgUrl(), max: 1 });
      try {
        expect(await migrate(pool, schema)).toEqual([]);
      } finally {
        await pool.end();
      }
      await stores[0].append('m-1', [newEvent()], 'no-stream');
      expect(await stores[3].headPosition()).toBe('1');
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('refuses a schema migrated by newer code', async () => {
    const s = await freshSchema('pgnewer');
    try {
      const store = await PostgresEventStore.connect({ connectionString: pgUrl(), schema: s.schema });
      await store.close();
      await sql.query(`INSERT INTO "${s.schema}".migrations (version, name) VALUES ($1, 'from the future')`, [
        LATEST_VERSION + 1,
      ]);
      await expect(PostgresEventStore.connect({ connectionString: pgUrl(), schema: s.schema })).rejects.toThrow(
        /newer than this code knows/,
      );
    } finally {
      await s.drop();
    }
  });

  it('keeps the log append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const store = await PostgresEventStore.connect({ connectionString: pgUrl(), schema });
    try {
      await store.append('guarded', [newEvent()], 'no-stream');
    } finally {
      await store.close();
    }
    await expect(sql.query(`UPDATE "${schema}".events SET type = 'Other'`)).rejects.toThrow(/append-only/);
    await expect(sql.query(`DELETE FROM "${schema}".events`)).rejects.toThrow(/append-only/);
    await expect(sql.query(`TRUNCATE "${schema}".events`)).rejects.toThrow(/append-only/);
    const { rows } = await sql.query(`SELECT count(*)::int AS n FROM "${schema}".events WHERE stream = 'guarded'`);
    expect(rows[0].n).toBe(1);
  });

  it('stores exactly the entry bytes and refuses to read bytes altered behind its back', async () => {
    const s = await freshSchema('pgcorrupt');
    const store = await PostgresEventStore.connect({ connectionString: pgUrl(), schema: s.schema });
    try {
      const r = await store.append('victim', [newEvent({ amount: 100 })], 'no-stream');
      const { rows } = await sql.query(
        `SELECT entry, encode(leaf_hash, 'hex') AS h FROM "${s.schema}".events WHERE position = $1`,
        [r.positions[0]],
      );
      expect(Buffer.compare(rows[0].entry, r.events[0].entryBytes)).toBe(0);
      expect(rows[0].h).toBe(r.events[0].leafHash);

      // Someone with table rights bypasses the guard and edits the stored bytes.
      await sql.query(`ALTER TABLE "${s.schema}".events DISABLE TRIGGER events_append_only`);
      await sql.query(
        `UPDATE "${s.schema}".events SET entry = convert_to(replace(convert_from(entry, 'UTF8'), '100', '900'), 'UTF8')`,
      );
      const read = async () => {
        for await (const _ of store.readAll()) void _;
      };
      await expect(read()).rejects.toBeInstanceOf(CorruptEntry);
    } finally {
      await store.close();
      await s.drop();
    }
  });

  it('maps inputs the columns cannot hold to typed errors, writing nothing', async () => {
    const store = await PostgresEventStore.connect({ connectionString: pgUrl(), schema });
    try {
      await store.append('edges', [newEvent()], 'no-stream');
      const before = await store.headPosition();
      const huge = await store.append('edges', [newEvent()], 2n ** 64n).catch((e) => e);
      expect(huge).toBeInstanceOf(WrongExpectedRevision);
      expect((huge as WrongExpectedRevision).actual).toBe(0n);
      const farFuture = newEvent({}, { metadata: meta({ effectiveAt: '+010000-01-01T00:00:00.000Z' }) });
      await expect(store.append('edges', [farFuture], 'any')).rejects.toBeInstanceOf(InvalidAppend);
      expect(await store.headPosition()).toBe(before);
      // Historic dates are fine: the 2012-2015 imports, and older statutes.
      const old = await store.append('edges', [newEvent({}, { metadata: meta({ effectiveAt: '1829-09-29' }) })], 0n);
      const { rows } = await sql.query(`SELECT effective_at FROM "${schema}".events WHERE position = $1`, [
        old.positions[0],
      ]);
      expect((rows[0].effective_at as Date).toISOString()).toBe('1829-09-29T00:00:00.000Z');
    } finally {
      await store.close();
    }
  });

  it('rejects a schema name that is not a plain lower-case identifier', async () => {
    await expect(
      PostgresEventStore.connect({ connectionString: pgUrl(), schema: 'Robert"; DROP TABLE x;--' }),
    ).rejects.toThrow(/schema must match/);
  });
});
