import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import { LogSigner } from '../keys/signer';
import { Sealer } from '../sealer/sealer';
import { SqliteSealerStorage } from '../storage/sqlite';
import { fill, newEvent, tempDir } from '../testing/fixtures';
import { eventsForScope } from './common';
import { CSV_COLUMNS, csvCell, exportCsv } from './csv';
import { exportPdf } from './pdf';

describe('CSV and PDF exports', () => {
  const t = tempDir();
  let store: SqliteEventStore;
  let storage: SqliteSealerStorage;
  let sealer: Sealer;
  beforeAll(async () => {
    const file = join(t.dir, 'ledger.sqlite');
    store = await SqliteEventStore.open({ file });
    await fill(store, 300, 3);
    await store.append('case-0000', [newEvent(999, { data: { note: 'has, "quotes"\nand a newline' } })], 'any');
    storage = await SqliteSealerStorage.open(file);
    sealer = await Sealer.open({ source: store, storage, signer: LogSigner.generate('log.example'), origin: 'log.example' });
    await sealer.catchUp();
    // Appended after the checkpoint: left out of every export.
    await store.append('case-0000', [newEvent(1000)], 'any');
  });
  afterAll(async () => {
    await storage.close();
    await store.close();
    t.cleanup();
  });

  it('writes one CSV row per event with human column names', async () => {
    const path = join(t.dir, 'case.csv');
    const r = await exportCsv({ events: eventsForScope(store, { kind: 'stream', streams: ['case-0000'] }), proofs: sealer.proofs, out: createWriteStream(path) });
    expect(r).toEqual({ count: 101, skipped: 1 });
    const text = readFileSync(path, 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFF' + CSV_COLUMNS.join(','));
    expect(CSV_COLUMNS).toEqual(['Effective date', 'Recorded at', 'Action', 'Actor', 'Role', 'Body', 'Legal basis', 'Classification', 'Stream', 'Revision', 'Leaf index', 'Leaf hash']);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(102);
    expect(text.split('\r\n')[1]).toMatch(/^2013-01-01,2024-01-01T00:00:00.000Z,ReportRequested,Officer 0,panel-secretariat,kent-pcc,PRSRA 2011 Sch 5 para 4,open,case-0000,0,0,[0-9a-f]{64}$/);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('writes a PDF with a title page, the timeline table and page numbers', async () => {
    const path = join(t.dir, 'case.pdf');
    const progress: string[] = [];
    const r = await exportPdf({
      events: eventsForScope(store, { kind: 'stream', streams: ['case-0000'] }),
      proofs: sealer.proofs,
      out: createWriteStream(path),
      scope: { kind: 'stream', streams: ['case-0000'] },
      evidenceFile: 'case-0000.jsonl',
      onProgress: (p) => progress.push(p.phase),
      progressEvery: 50,
    });
    expect(r.count).toBe(101);
    expect(r.pages).toBeGreaterThanOrEqual(3);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.subarray(-6).toString()).toContain('%%EOF');
    expect(progress).toContain('done');
  });
});
