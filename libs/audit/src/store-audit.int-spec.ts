import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { LogSigner } from './keys/signer';
import { tempDir } from './testing/fixtures';
import { sealedLog } from './testing/sealed-log';
import { verifyStore } from './store-audit';

const ORIGIN = 'governance-ledger.example/kent';

/** Rewrites the entry of leaf `leaf` in the SQLite file behind the store's back; with `rehash`, its stored leaf hash too. */
function editEntry(file: string, leaf: number, [from, to]: [string, string], o: { rehash: boolean }): void {
  const db = new Database(file);
  const row = db.prepare('SELECT position, entry FROM events ORDER BY position LIMIT 1 OFFSET ?').get(leaf) as {
    position: number;
    entry: Buffer;
  };
  const edited = Buffer.from(row.entry.toString('utf8').replace(from, to));
  expect(edited.equals(row.entry)).toBe(false);
  if (o.rehash) {
    const hash = createHash('sha256')
      .update(Buffer.from([0]))
      .update(edited)
      .digest();
    db.prepare('UPDATE events SET entry = ?, leaf_hash = ? WHERE position = ?').run(edited, hash, row.position);
  } else db.prepare('UPDATE events SET entry = ? WHERE position = ?').run(edited, row.position);
  db.close();
}

/**
 * A sealed SQLite log of 90 events in `dir`: its file, the audit of it against its own
 * signing key, and closing it.
 */
async function sealed(dir: string, name?: string) {
  const signer = LogSigner.generate(ORIGIN);
  const { file, store, storage } = await sealedLog(dir, signer, { events: 90, streams: 6, batchSize: 25, name });
  return {
    file,
    verify: () => verifyStore({ source: store, storage, trustedKeys: [signer.verifier()] }),
    async close() {
      await storage.close();
      await store.close();
    },
  };
}

describe('verifyStore on SQLite', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it('passes on an untouched store and checks every checkpoint', async () => {
    const log = await sealed(t.dir, 'clean');
    const r = await log.verify();
    expect(r.failures).toEqual([]);
    expect(r).toMatchObject({ ok: true, events: 90, sealed: 90, checkpoints: 5, latestCheckpointSize: 90 });
    await log.close();
  });

  /** Seals a log named `name`, changes the entry of leaf `leaf` as editEntry does, and audits it. */
  async function auditEdited(name: string, leaf: number, change: [string, string], o: { rehash: boolean }) {
    const log = await sealed(t.dir, name);
    editEntry(log.file, leaf, change, o);
    try {
      return await log.verify();
    } finally {
      await log.close();
    }
  }

  it('finds an entry changed directly in the SQLite file', async () => {
    const r = await auditEdited('edited', 40, ['"event 40"', '"event XX"'], { rehash: false });
    expect(r.ok).toBe(false);
    expect(r.failures[0]).toMatch(/leaf 40\): its bytes no longer hash to the leaf hash stored with them/);
  });

  it('finds an entry rewritten together with its stored leaf hash, by the sealed leaves and the signed roots', async () => {
    const r = await auditEdited('rewritten', 10, ['"event 10"', '"event 1X"'], { rehash: true });
    expect(r.ok).toBe(false);
    const text = r.failures.join('\n');
    expect(text).toMatch(/leaf 10\): the sealed leaf hash differs/);
    expect(text).toMatch(/checkpoint 25: the root recomputed from the stored entries differs from the signed root/);
  });

  it('finds a deleted event and a rewritten checkpoint', async () => {
    const log = await sealed(t.dir, 'deleted');
    const db = new Database(log.file);
    db.prepare('DELETE FROM events WHERE position = (SELECT MAX(position) FROM events)').run();
    db.prepare(
      "UPDATE audit_checkpoint SET note = replace(note, char(10) || '50' || char(10), char(10) || '51' || char(10)) WHERE size = 50",
    ).run();
    db.close();
    const r = await log.verify();
    const text = r.failures.join('\n');
    expect(text).toMatch(/checkpoint 50: .*does not match the note/);
    expect(text).toMatch(/89 events but 90 were sealed/);
    await log.close();
  });
});

describe('verifyStore past unreadable rows', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it('reports every unreadable row and still checks the rows after them', async () => {
    const log = await sealed(t.dir);
    const db = new Database(log.file);
    const rows = db.prepare('SELECT position, entry FROM events ORDER BY position').all() as Array<{
      position: number;
      entry: Buffer;
    }>;
    for (const i of [3, 4, 60])
      db.prepare('UPDATE events SET entry = ? WHERE position = ?').run(Buffer.from('not an entry'), rows[i].position);
    const later = rows[80];
    db.prepare('UPDATE events SET entry = ? WHERE position = ?').run(
      Buffer.from(later.entry.toString('utf8').replace('"event 80"', '"event 8X"')),
      later.position,
    );
    db.close();
    const r = await log.verify();
    expect(r.ok).toBe(false);
    const text = r.failures.join('\n');
    for (const i of [3, 4, 60])
      expect(text).toContain(`entry at position ${rows[i].position} (leaf ${i}): cannot be read`);
    expect(text).toMatch(/leaf 80\): its bytes no longer hash/);
    expect(text).not.toMatch(/the audit stopped/);
    expect(r.events).toBe(90);
    await log.close();
  });
});
