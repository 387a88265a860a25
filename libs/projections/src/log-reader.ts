import Database from 'better-sqlite3';
import { parseEntry, type Entry, type EventStore, type Position } from '@ledger/event-store';
import type { ProjectableEvent } from './projection';

/** Pages of the global log, in order, for a rebuild. */
export interface LogReader {
  /** Up to `limit` events after `after`, in log order. */
  page(after: Position | null, limit: number): ProjectableEvent[] | Promise<ProjectableEvent[]>;
  close(): void;
}

class PortReader implements LogReader {
  constructor(private readonly store: EventStore) {}

  async page(after: Position | null, limit: number): Promise<ProjectableEvent[]> {
    const out: ProjectableEvent[] = [];
    for await (const e of this.store.readAll({ after, limit })) out.push(e);
    return out;
  }

  close(): void {}
}

/**
 * Reads the SQLite store's file directly, read-only, as the port's readAll would (same rows,
 * same order, same envelope) but a page per statement and each entry decoded once, from text:
 * the port builds a Buffer, a hash string and a spread copy per event and steps an async
 * generator per event, which alone caps a rebuild below the rate the projections can fold.
 */
class SqliteFileReader implements LogReader {
  private readonly db: Database.Database;
  private readonly stmt: Database.Statement<[number, number], unknown[]>;

  constructor(file: string) {
    this.db = new Database(file, { readonly: true, fileMustExist: true });
    this.stmt = this.db
      .prepare<[number, number], unknown[]>(
        'SELECT position, CAST(entry AS TEXT) FROM events WHERE position > ? ORDER BY position LIMIT ?',
      )
      .raw(true);
  }

  page(after: Position | null, limit: number): ProjectableEvent[] {
    const rows = this.stmt.all(after === null ? 0 : Number(after), limit);
    const out = new Array<ProjectableEvent>(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = decode(rows[i][1] as string, String(rows[i][0]));
    return out;
  }

  close(): void {
    this.db.close();
  }
}

function decode(text: string, position: string): ProjectableEvent {
  // The parsed object is this reader's own: it becomes the event in place, no copy.
  const x = parseEntry(text, position) as Entry & Partial<Pick<ProjectableEvent, 'revision' | 'position'>>;
  x.revision = BigInt(x.streamRevision);
  x.position = position as Position;
  return x as ProjectableEvent;
}

/** The SQLite store's file when a second, read-only connection can read it (not an in-memory database). */
function sqliteFileOf(store: EventStore): string | null {
  const file = (store as { file?: unknown }).file;
  return store.backend === 'sqlite' && typeof file === 'string' && file !== ':memory:' && !file.startsWith('file:')
    ? file
    : null;
}

export function logReaderFor(store: EventStore): LogReader {
  const file = sqliteFileOf(store);
  return file ? new SqliteFileReader(file) : new PortReader(store);
}
