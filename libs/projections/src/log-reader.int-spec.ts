/**
 * A rebuild reads a SQLite log through its own read-only connection rather than the port.
 * It must see the same events the port gives, and refuse a damaged entry the way the port does.
 */
import Database from 'better-sqlite3';
import { CorruptEntry, SqliteEventStore } from '@ledger/event-store';
import { newEvent } from '@ledger/event-store/testing/fixtures';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logReaderFor } from './log-reader';

describe('The rebuild log reader of a SQLite file', () => {
  let dir: string;
  let file: string;
  let store: SqliteEventStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-log-reader-'));
    file = join(dir, 'ledger.sqlite');
    store = await SqliteEventStore.open({ file });
    await store.append('case-a', [newEvent({ n: 1 }), newEvent({ n: 2 })], 'no-stream');
    await store.append('case-b', [newEvent({ n: 3 })], 'no-stream');
    await store.append('case-a', [newEvent({ n: 4 })], 1n);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives, page by page, the events the port reads, in log order', async () => {
    const viaPort = [];
    for await (const { leafHash: _h, entryBytes: _b, ...e } of store.readAll()) viaPort.push(e);
    const reader = logReaderFor(store);
    try {
      const first = await reader.page(null, 3);
      const rest = await reader.page(first[2].position, 3);
      expect([...first, ...rest]).toEqual(viaPort);
      expect(rest).toHaveLength(1);
    } finally {
      reader.close();
    }
  });

  it('refuses an entry that is not an entry envelope, as the port does', async () => {
    const db = new Database(file);
    db.prepare(
      'UPDATE events SET entry = ? WHERE position = (SELECT position FROM events ORDER BY position LIMIT 1 OFFSET 1)',
    ).run(Buffer.from('{"not":"an entry"}'));
    db.close();
    const reader = logReaderFor(store);
    try {
      expect(() => reader.page(null, 10)).toThrow(CorruptEntry);
    } finally {
      reader.close();
    }
  });
});
