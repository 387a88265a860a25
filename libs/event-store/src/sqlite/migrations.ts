import type { Database } from 'better-sqlite3';

/**
 * Versioned schema migrations, tracked in PRAGMA user_version. Each runs once, in
 * order, inside an IMMEDIATE transaction, so two processes opening the same file
 * cannot both apply one.
 */
const SQLITE_MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      -- position is the rowid: assigned max+1 inside the writer's transaction, so it is
      -- gap-free and in commit order (SQLite has one writer at a time).
      CREATE TABLE events (
        position     INTEGER PRIMARY KEY,
        event_id     TEXT    NOT NULL UNIQUE,
        stream       TEXT    NOT NULL,
        revision     INTEGER NOT NULL,
        type         TEXT    NOT NULL,
        effective_at TEXT    NOT NULL,
        recorded_at  TEXT    NOT NULL,
        entry        BLOB    NOT NULL,
        leaf_hash    BLOB    NOT NULL,
        UNIQUE (stream, revision)
      );
    `,
  },
];

export function migrate(db: Database): void {
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    for (const m of SQLITE_MIGRATIONS) {
      if (m.version <= current) continue;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}
