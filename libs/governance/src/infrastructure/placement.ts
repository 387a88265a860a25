import { join } from 'node:path';
import type { LedgerConfig } from '../config';

/** A database the ledger keeps tables in: a SQLite file, or a PostgreSQL database and schema. */
export type TablePlace = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string; schema: string };

/** Where the log is. */
export type LogPlace =
  | { store: 'sqlite'; file: string }
  | { store: 'postgres'; url: string; schema: string }
  | { store: 'eventstoredb'; url: string };

/**
 * Where everything lives, decided once from the configuration; the API, the CLI and the
 * tests all ask this function rather than deciding for themselves.
 */
export interface Placement {
  log: LogPlace;
  /** The read models (cases, deadlines, decisions, events). */
  readModels: TablePlace;
  /** The application's own tables: API keys and idempotency records. */
  appTables: TablePlace;
  /** The sealer's checkpoints, tree nodes and the log's recorded keys; always beside the read models. */
  sealer: TablePlace;
  /** The personal-data vault. */
  vault: TablePlace;
  /**
   * Where the leases are that choose one leader for the projections and the sealer among
   * several instances: PostgreSQL only. Null when the read models and sealer are in a SQLite
   * file, which one process owns.
   */
  leases: { url: string; schema: string } | null;
  /** Settings that this placement leaves unused, to be told to the operator at start-up. */
  ignored: string[];
}

/**
 * The rules:
 * - STORE=sqlite: everything in the one SQLite file in DATA_DIR. READ_MODEL_URL is for
 *   STORE=eventstoredb only and is ignored, so that read models and the sealer's state never
 *   sit apart from each other (nor outside the one lease).
 * - STORE=postgres: everything in DATABASE_URL under DATABASE_SCHEMA.
 * - STORE=eventstoredb: the log in EventStoreDB; read models, app tables and the sealer's
 *   state in READ_MODEL_URL, or the SQLite file in DATA_DIR when it is unset. The vault is a
 *   SQLite file of its own in DATA_DIR: personal data stays on the instance's own disk.
 */
export function placementOf(config: LedgerConfig): Placement {
  const file: TablePlace = { dialect: 'sqlite', file: config.sqliteFile };
  const schema = config.databaseSchema;
  switch (config.store) {
    case 'sqlite':
      return {
        log: { store: 'sqlite', file: config.sqliteFile },
        readModels: file,
        appTables: file,
        sealer: file,
        vault: file,
        leases: null,
        ignored: config.readModelUrl ? ['READ_MODEL_URL'] : [],
      };
    case 'postgres': {
      const url = required(config.databaseUrl, 'STORE=postgres needs DATABASE_URL');
      const pg: TablePlace = { dialect: 'postgres', url, schema };
      return {
        log: { store: 'postgres', url, schema },
        readModels: pg,
        appTables: pg,
        sealer: pg,
        vault: pg,
        leases: { url, schema },
        ignored: config.readModelUrl ? ['READ_MODEL_URL'] : [],
      };
    }
    case 'eventstoredb': {
      const log: LogPlace = {
        store: 'eventstoredb',
        url: required(config.eventstoreUrl, 'STORE=eventstoredb needs EVENTSTORE_URL'),
      };
      const tables: TablePlace = config.readModelUrl ? { dialect: 'postgres', url: config.readModelUrl, schema } : file;
      const vault: TablePlace = { dialect: 'sqlite', file: join(config.dataDir, 'vault.sqlite') };
      const leases = tables.dialect === 'postgres' ? { url: tables.url, schema } : null;
      return {
        log,
        readModels: tables,
        appTables: tables,
        sealer: tables,
        vault,
        leases,
        ignored: config.databaseUrl ? ['DATABASE_URL'] : [],
      };
    }
  }
}

function required(value: string | null, message: string): string {
  if (!value) throw new Error(message);
  return value;
}
