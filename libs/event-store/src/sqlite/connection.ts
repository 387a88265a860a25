import Database, { type Database as Db } from 'better-sqlite3';

/**
 * A connection to the store's file with the settings every connection of it uses, the
 * store's own and its writer thread's alike.
 */
export function openConnection(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: the WAL is fsynced at every commit, so an acknowledged append survives power loss.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}
