import { execFileSync } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import { LogSigner } from '../keys/signer';
import { Sealer } from '../sealer/sealer';
import { SqliteSealerStorage } from '../storage/sqlite';
import { fill, newEvent, tempDir } from '../testing/fixtures';
import type { NewEvent } from '@ledger/event-store';
import { eventsForScope } from './common';
import { CSV_COLUMNS, csvCell, exportCsv } from './csv';
import { exportPdf } from './pdf';

const PRECEPT = 'precept-cycle:dyfed-powys-2014-15';
const ROSTER = Array.from({ length: 12 }, (_, i) => ({
  memberId: `m${i}`,
  name: i === 0 ? 'Cynghorydd Gwenllïan ap Rhys' : `Member ${i}`,
  kind: 'councillor',
}));

/** A Welsh precept case: proposed, then vetoed by 9 of 12 members at a meeting in Tŷ Llŵyd. */
function precept(): NewEvent[] {
  const base = (
    i: number,
    type: string,
    effectiveAt: string,
    data: NewEvent['data'],
    actor: { name: string; role: string; body: string },
    legalBasis: string,
  ): NewEvent => ({
    ...newEvent(2000 + i, { type, data, effectiveAt }),
    metadata: {
      ...newEvent(2000 + i).metadata,
      actor: { id: `a-${actor.body}`, ...actor },
      effectiveAt,
      legalBasis,
      aggregateType: 'PreceptCycle',
      caseId: 'dyfed-powys-2014-15',
      forceArea: 'dyfed-powys',
      provenance: {
        datePrecision: 'day',
        provenance: 'live',
        sourceDocument: {
          ref: 'P1',
          title: 'Cofnodion y Panel, Tŷ Llŵyd',
          body: 'Panel Heddlu a Throseddu Dyfed-Powys',
          date: effectiveAt,
          access: 'open',
          exemptParas: [],
          purpose: null,
          url: 'https://example.org/papurau/tŷ-llŵyd.pdf',
        },
        sourceQuote: 'Cyfarfod yn Nhŷ Llŵyd, Aberystwyth',
      },
    },
  });
  const pcc = {
    name: 'Swyddfa Comisiynydd Heddlu a Throseddu Dyfed-Powys',
    role: 'pcc-office',
    body: 'dyfed-powys-pcc',
  };
  const panel = { name: 'Panel Heddlu a Throseddu Dyfed-Powys', role: 'panel-secretariat', body: 'dyfed-powys-pcp' };
  return [
    base(
      0,
      'ProposedPreceptNotified',
      '2014-01-30',
      { forceArea: 'dyfed-powys', financialYear: '2014-15', amount: 210.5, notifiedOn: '2014-01-30' },
      pcc,
      'PRSRA 2011 Sch 5 para 2; SI 2012/2271 reg 3',
    ),
    base(
      1,
      'PreceptVetoed',
      '2014-02-06',
      {
        reason: 'too_high',
        votesFor: 9,
        membersAtTime: ROSTER,
        requiredVotes: 8,
        effective: true,
        vetoedOn: '2014-02-06',
      },
      panel,
      'PRSRA 2011 Sch 5 para 4',
    ),
  ];
}

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
    sealer = await Sealer.open({
      source: store,
      storage,
      signer: LogSigner.generate('log.example'),
      origin: 'log.example',
    });
    await store.append(PRECEPT, precept(), 'any');
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
    const r = await exportCsv({
      events: eventsForScope(store, { kind: 'stream', streams: ['case-0000'] }),
      proofs: sealer.proofs,
      out: createWriteStream(path),
    });
    expect(r).toEqual({ count: 101, skipped: 1 });
    const text = readFileSync(path, 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFF' + CSV_COLUMNS.join(','));
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(102);
    expect(text.split('\r\n')[1]).toMatch(
      /^2013-01-01,2024-01-01T00:00:00.000Z,Commissioner required a report from the partnership,Commissioner required a report from the partnership\.,N: 0; Note: event 0; Made jointly with the commissioners of: none,Officer 0,Police and Crime Panel secretariat,Kent Police and Crime Commissioner,Police Reform and Social Responsibility Act 2011 \(PRSRA 2011\) Schedule 5 paragraph 4,Open to the public,,,,,No,case-0000,1,0,[0-9a-f]{64}$/,
    );
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

  it('writes a PDF a complainant can read: summary, deadlines, sources, page X of Y, Welsh names, appendix last', async () => {
    const path = join(t.dir, 'precept.pdf');
    const r = await exportPdf({
      events: eventsForScope(store, { kind: 'stream', streams: [PRECEPT] }),
      proofs: sealer.proofs,
      out: createWriteStream(path),
      scope: { kind: 'stream', streams: [PRECEPT] },
      evidenceFile: 'precept.jsonl',
      clock: () => new Date('2014-03-01T12:00:00Z'),
    });
    expect(r.count).toBe(2);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    // Welsh letters survive (the font is embedded and carries ŵ and ŷ).
    expect(flat).toContain('Tŷ Llŵyd');
    expect(flat).toContain('Gwenllïan ap Rhys');
    expect(flat).toContain('Swyddfa Comisiynydd Heddlu a Throseddu Dyfed-Powys');
    // What the case is, a plain summary of each act, the outcome and the deadlines.
    expect(flat).toContain('Precept (the police part of council tax): Dyfed-Powys 2014-15');
    expect(flat).toContain('What this case is');
    expect(flat).toContain('Police area: Dyfed-Powys');
    expect(flat).toContain('Vetoed by 9 of 12 members (8 needed) as too high.');
    expect(flat).toContain('Proposed precept notified to the panel of £210.50.');
    expect(flat).toContain('Outcome');
    expect(flat).toMatch(/Statutory deadlines/);
    expect(flat).toMatch(/\bMet\b|Late: done|No record it was done|Not yet due|still in time/);
    // Each Act is named in full the first time, and sources show title, quote and link.
    expect(flat).toContain('Police Reform and Social Responsibility Act 2011 (PRSRA 2011)');
    expect(flat).toContain(
      'Police and Crime Panels (Precepts and Chief Constable Appointments) Regulations 2012 (SI 2012/2271)',
    );
    expect(flat).toContain('Source: Cofnodion y Panel, Tŷ Llŵyd');
    expect(flat).toContain('“Cyfarfod yn Nhŷ Llŵyd, Aberystwyth”');
    expect(flat).toContain('https://example.org/papurau/tŷ-llŵyd.pdf');
    // No code, JSON or slug where a person reads.
    expect(flat).not.toMatch(/PreceptVetoed|too_high|membersAtTime|panel-secretariat|\{"|DOMAIN\.md/);
    // Page X of Y on every page, and the verification appendix comes last.
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBe(r.pages);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${r.pages}`));
    expect(flat.indexOf('Appendix: checking this record')).toBeGreaterThan(flat.indexOf('What happened, act by act'));
    expect(pages[pages.length - 1]).toContain('Key fingerprint (SHA-256)');

    // Every font is embedded (pdffonts: the "emb" column says yes for each).
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/DejaVu\S*\s+(CID )?TrueType.*\byes\s+yes\s+yes\b/);
    // Tagged, with a language and a title shown in the window.
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Precept \(the police part of council tax\): Dyfed-Powys 2014-15/);
    const raw = readFileSync(path, 'latin1');
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    if (process.env.KEEP_PDF) execFileSync('cp', [path, process.env.KEEP_PDF]);
  });

  it("writes each act's data and source into the CSV, in plain words", async () => {
    const path = join(t.dir, 'precept.csv');
    await exportCsv({
      events: eventsForScope(store, { kind: 'stream', streams: [PRECEPT] }),
      proofs: sealer.proofs,
      out: createWriteStream(path),
    });
    const rows = readFileSync(path, 'utf8').split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe('\uFEFF' + CSV_COLUMNS.join(','));
    expect(rows[2]).toContain('Proposed precept vetoed by the panel,Vetoed by 9 of 12 members (8 needed) as too high.');
    expect(rows[2]).toContain('Votes for: 9');
    expect(rows[2]).toContain('Members of the panel on the day: 12 members: Cynghorydd Gwenllïan ap Rhys');
    expect(rows[2]).toContain(
      '"Cofnodion y Panel, Tŷ Llŵyd",2014-02-06,"Cyfarfod yn Nhŷ Llŵyd, Aberystwyth",https://example.org/papurau/tŷ-llŵyd.pdf,No',
    );
    expect(rows[1]).toContain('Amount: £210.50');
  });
});
