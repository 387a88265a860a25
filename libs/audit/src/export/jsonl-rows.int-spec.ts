import Database from 'better-sqlite3';
import { Readable } from 'node:stream';
import { SqliteEventStore } from '@ledger/event-store';
import { LogSigner } from '../keys/signer';
import { Sealer } from '../sealer/sealer';
import { SqliteSealerStorage } from '../storage/sqlite';
import { fill, tempDir } from '../testing/fixtures';
import { sealedLog } from '../testing/sealed-log';
import { verifyExport } from '../verify/verify-export';
import type { ExportScope } from '../verify/format';
import { eventsForScope } from './common';
import { exportText } from '../testing/export-text';

const ORIGIN = 'governance-ledger.example/kent';
describe('a date-range JSONL export read from the sealed rows', () => {
  const t = tempDir();
  const signer = LogSigner.generate(ORIGIN);
  let store: SqliteEventStore;
  let storage: SqliteSealerStorage;
  let sealer: Sealer;

  beforeAll(async () => {
    ({ store, storage, sealer } = await sealedLog(t.dir, signer, { events: 90, streams: 7 }));
    // Stored after the checkpoint: left out and counted as skipped by both paths.
    await fill(store, 9, 7, 90);
  });
  afterAll(async () => {
    await storage.close();
    await store.close();
    t.cleanup();
  });

  const scopes: ExportScope[] = [
    { kind: 'dateRange', field: 'recordedAt', from: '2000-01-01', to: '2100-01-01' },
    { kind: 'dateRange', field: 'recordedAt', from: '2024-01-01T00:00:30', to: '2024-01-01T00:01:35' },
    { kind: 'dateRange', field: 'effectiveAt', from: '2013-03-01', to: '2013-06-30' },
  ];

  it.each(scopes)('writes the same bytes as the event path (%o)', async (scope) => {
    const viaEvents = await exportText({ events: eventsForScope(store, scope), proofs: sealer.proofs, scope });
    const viaRows = await exportText({ proofs: sealer.proofs, scope });
    expect(viaRows.count).toBeGreaterThan(0);
    expect(viaRows.count).toBe(viaEvents.count);
    expect(viaRows.skipped).toBe(viaEvents.skipped);
    expect(viaRows.text).toBe(viaEvents.text);
    const r = await verifyExport(Readable.from([Buffer.from(viaRows.text)]), { trustedKeys: [signer.vkey] });
    expect(r.failures).toEqual([]);
    expect(r.events).toBe(viaRows.count);
  });

  it('counts in range events stored after the checkpoint as skipped', async () => {
    const r = await exportText({ proofs: sealer.proofs, scope: scopes[0] });
    expect(r.skipped).toBe(9);
    expect(r.count).toBe(90);
  });

  it('needs the events for a scope the rows cannot select, and to disclose', async () => {
    await expect(exportText({ proofs: sealer.proofs, scope: { kind: 'body', body: 'kent-pcc' } })).rejects.toThrow(
      /needs the events/,
    );
    await expect(exportText({ proofs: sealer.proofs, scope: scopes[0], disclose: async () => [] })).rejects.toThrow(
      /to disclose/,
    );
  });
});

describe('a date-range JSONL export from sealed rows whose events are not stored in leaf order', () => {
  const t = tempDir();
  const signer = LogSigner.generate(ORIGIN);
  const scopes: ExportScope[] = [
    { kind: 'dateRange', field: 'recordedAt', from: '2000-01-01', to: '2100-01-01' },
    { kind: 'dateRange', field: 'recordedAt', from: '2024-01-01T00:00:30', to: '2024-01-01T00:01:35' },
  ];

  it('pairs each leaf with its own event, looked up by id, and writes the same bytes', async () => {
    const { file, store, storage, sealer } = await sealedLog(t.dir, signer, { events: 90, streams: 7 });
    try {
      const before = await Promise.all(scopes.map((scope) => exportText({ proofs: sealer.proofs, scope })));
      // The sealer never writes this shape: two events swap places, so the row after a leaf's
      // event is not the next leaf's event, on both sides of the swap.
      const db = new Database(file);
      const swap = db.transaction((a: number, b: number) => {
        const move = db.prepare('UPDATE events SET position = ? WHERE position = ?');
        move.run(-1, a);
        move.run(a, b);
        move.run(b, -1);
      });
      swap(10, 50);
      db.close();
      for (const [i, scope] of scopes.entries()) {
        const after = await exportText({ proofs: sealer.proofs, scope });
        expect(after.count).toBeGreaterThan(0);
        expect(after.text).toBe(before[i].text);
        const r = await verifyExport(Readable.from([Buffer.from(after.text)]), { trustedKeys: [signer.vkey] });
        expect(r.failures).toEqual([]);
      }
    } finally {
      await storage.close();
      await store.close();
      t.cleanup();
    }
  });
});
