import type { Database as Db, Statement } from 'better-sqlite3';
import type { Position, RecordedEvent } from '../envelope';
import { recordedOf, toRecorded } from '../entry';
import { CorruptEntry } from '../errors';

/** A stored event as the reads select it: position, entry as text, leaf hash as hex, entry length in bytes. */
export type ReadRow = [position: number, text: string, leafHashHex: string, entryLength: number];

/**
 * The columns of a ReadRow. The entry comes as text and the leaf hash as hex, made by SQLite:
 * a BLOB column costs better-sqlite3 a Buffer of its own per row (and the entry then a UTF-8
 * decoding), which was most of the time of reading the log.
 */
export const READ_COLUMNS = 'position, CAST(entry AS TEXT), lower(hex(leaf_hash)), length(entry)';

/**
 * Recorded events of ReadRows, with the exact stored bytes. Valid UTF-8 decodes and encodes back
 * to the same bytes, and only invalid UTF-8 makes U+FFFD in the text, so an entry whose text has
 * no U+FFFD and encodes to its stored length is its text's encoding. Any other (a damaged entry,
 * or one with a U+FFFD of its own) is read again as its stored BLOB.
 */
export class RowReader {
  private readonly blobAt: Statement<[number], { entry: Buffer }>;

  constructor(db: Db) {
    this.blobAt = db.prepare('SELECT entry FROM events WHERE position = ?');
  }

  recorded(rows: ReadRow[]): RecordedEvent[] {
    const out = new Array<RecordedEvent>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const [p, text, leafHashHex, length] = rows[i];
      const position = String(p) as Position;
      const bytes = Buffer.from(text, 'utf8');
      out[i] =
        bytes.length === length && !text.includes('\uFFFD')
          ? recordedOf(text, bytes, leafHashHex, position)
          : this.fromBlob(p, leafHashHex, position);
    }
    return out;
  }

  private fromBlob(p: number, leafHashHex: string, position: Position): RecordedEvent {
    const row = this.blobAt.get(p);
    if (!row) throw new CorruptEntry(position, 'removed while it was read');
    return toRecorded(row.entry, leafHashHex, position);
  }
}
