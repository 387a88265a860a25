/**
 * Reads take each entry as text and give its bytes back by encoding the text; whatever is
 * stored, every read must give the stored bytes exactly (a damaged entry is what
 * verification must see as it is). Rows are written behind the store's back with entries
 * full of byte sequences that do not survive a UTF-8 round trip.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedEvent } from '../envelope';
import { SqliteEventStore } from './sqlite-event-store';

/** Pieces of an entry's string value: valid and invalid UTF-8, a BOM, U+FFFD itself. */
const PIECES = [
  [0xef, 0xbb, 0xbf],
  [0xed, 0xa0, 0x80],
  [0xf0, 0x90, 0x80],
  [0xc0, 0xaf],
  [0xff],
  [0x80],
  [0xef, 0xbf, 0xbd],
  [...Buffer.from('é€𝄞 plain ascii')],
].map((b) => Buffer.from(b));

function entryOf(k: number, seed: Buffer): Buffer {
  const parts = [Buffer.from(`{"eventId":"e-${k}","stream":"s-${k % 7}","streamRevision":${Math.floor(k / 7)},"v":"`)];
  for (const b of seed) parts.push(PIECES[b % PIECES.length]);
  parts.push(Buffer.from('"}'));
  return Buffer.concat(parts);
}

async function collect(it: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  for await (const e of it) out.push(e);
  return out;
}

describe('SQLite reads give the stored entry bytes exactly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-read-rows-'));
  const file = join(dir, 'ledger.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('for entries that are not a UTF-8 round trip, in readAll, readStream and subscribe', async () => {
    const store = await SqliteEventStore.open({ file });
    const db = new Database(file);
    const insert = db.prepare(
      `INSERT INTO events (event_id, stream, revision, type, effective_at, recorded_at, entry, leaf_hash)
       VALUES (?, ?, ?, 'T', '2020-01-01', '2020-01-01T00:00:00Z', ?, ?)`,
    );
    const stored: Buffer[] = [];
    for (let k = 0; k < 700; k++) {
      const entry = entryOf(k, randomBytes(1 + (k % 5)));
      insert.run(`e-${k}`, `s-${k % 7}`, Math.floor(k / 7), entry, randomBytes(32));
      stored.push(entry);
    }
    db.close();
    const recodes = stored.filter((b) => !Buffer.from(b.toString('utf8'), 'utf8').equals(b)).length;
    expect(recodes).toBeGreaterThan(100);

    const all = await collect(store.readAll());
    expect(all.map((e) => e.entryBytes.toString('hex'))).toEqual(stored.map((b) => b.toString('hex')));
    for (let s = 0; s < 7; s++) {
      const events = await collect(store.readStream(`s-${s}`, { direction: s % 2 ? 'backwards' : 'forwards' }));
      for (const e of events) expect(e.entryBytes.equals(stored[Number(e.position) - 1])).toBe(true);
      expect(events).toHaveLength(100);
    }
    const sub = store.subscribe();
    let seen = 0;
    for await (const e of sub) {
      expect(e.entryBytes.equals(stored[Number(e.position) - 1])).toBe(true);
      if (++seen === stored.length) break;
    }
    await sub.stop();
    await store.close();
  });
});
