/** The sealer's tables in the event store's SQLite file (see types.ts for what each holds). */
export const SQLITE_AUDIT_SCHEMA = `
  CREATE TABLE IF NOT EXISTS audit_leaf (
    leaf_index INTEGER PRIMARY KEY,
    event_id   TEXT    NOT NULL UNIQUE,
    stream     TEXT    NOT NULL,
    revision   INTEGER NOT NULL,
    leaf_hash  BLOB    NOT NULL
  );
  CREATE INDEX IF NOT EXISTS audit_leaf_stream ON audit_leaf (stream, leaf_index);
  CREATE TABLE IF NOT EXISTS audit_node (
    level INTEGER NOT NULL,
    idx   INTEGER NOT NULL,
    hash  BLOB    NOT NULL,
    PRIMARY KEY (level, idx)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS audit_stream_head (
    stream     TEXT PRIMARY KEY,
    revision   INTEGER NOT NULL,
    leaf_hash  BLOB    NOT NULL,
    leaf_index INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS audit_checkpoint (
    size         INTEGER PRIMARY KEY,
    root         BLOB    NOT NULL,
    streams_root BLOB    NOT NULL,
    streams_size INTEGER NOT NULL,
    note         TEXT    NOT NULL,
    issued_at    TEXT    NOT NULL
  );
  CREATE TABLE IF NOT EXISTS audit_log_key (
    seq         INTEGER PRIMARY KEY,
    vkey        TEXT    NOT NULL UNIQUE,
    from_size   INTEGER NOT NULL,
    recorded_at TEXT    NOT NULL,
    statement   TEXT
  );
  CREATE TABLE IF NOT EXISTS audit_sealer_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    size          INTEGER NOT NULL,
    last_position TEXT
  );
  INSERT OR IGNORE INTO audit_sealer_state (id, size, last_position) VALUES (1, 0, NULL);
`;
