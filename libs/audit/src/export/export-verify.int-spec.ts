import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import canonicalize from 'canonicalize';
import { Readable } from 'node:stream';
import { SqliteEventStore } from '@ledger/event-store';
import { LogSigner } from '../keys/signer';
import { Sealer } from '../sealer/sealer';
import { SqliteSealerStorage } from '../storage/sqlite';
import { fill, newEvent, tempDir } from '../testing/fixtures';
import { commitField, personalPlaceholder } from '../verify/commitment';
import { verifyExport, type VerifyOptions } from '../verify/verify-export';
import { eventsForScope } from './common';
import { exportJsonl } from './jsonl';

const ORIGIN = 'governance-ledger.example/kent';
const CASE = 'case-0002';

describe('JSONL export and the offline verifier', () => {
  const t = tempDir();
  const file = join(t.dir, 'ledger.sqlite');
  const signer = LogSigner.generate(ORIGIN);
  const salt = randomBytes(32);
  let store: SqliteEventStore;
  let storage: SqliteSealerStorage;
  let sealer: Sealer;
  let firstCheckpoint: string;
  let firstSize: number;
  let evidence: string;
  const trusted = (): VerifyOptions => ({ trustedKeys: [signer.vkey] });
  const verifyText = (text: string, opts: Partial<VerifyOptions> = {}) =>
    verifyExport(Readable.from([Buffer.from(text)]), { ...trusted(), ...opts });
  const lines = () => evidence.trimEnd().split('\n');
  const join_ = (ls: string[]) => ls.join('\n') + '\n';

  beforeAll(async () => {
    store = await SqliteEventStore.open({ file });
    await fill(store, 60, 5);
    storage = await SqliteSealerStorage.open(file);
    sealer = await Sealer.open({ source: store, storage, signer, origin: ORIGIN });
    await sealer.catchUp();
    firstCheckpoint = sealer.latestCheckpoint()!.note;
    firstSize = sealer.size;
    // A personal field, committed in the entry, disclosed in the export.
    const ev = newEvent(100, {
      data: { complainant: personalPlaceholder(commitField(salt, '/data/complainant', 'Jane Doe')) as never },
    });
    await store.append(CASE, [ev], 'any');
    await fill(store, 20, 5, 60);
    await sealer.catchUp();
    const path = join(t.dir, 'case.jsonl');
    const progress: number[] = [];
    await exportJsonl({
      events: eventsForScope(store, { kind: 'stream', streams: [CASE] }),
      proofs: sealer.proofs,
      out: createWriteStream(path),
      scope: { kind: 'stream', streams: [CASE] },
      consistencyFrom: [firstSize],
      disclose: async (e) =>
        e.eventId === ev.eventId
          ? [{ path: '/data/complainant', salt: salt.toString('base64'), value: 'Jane Doe' }]
          : undefined,
      onProgress: (p) => progress.push(p.written),
      progressEvery: 5,
    });
    evidence = readFileSync(path, 'utf8');
    expect(progress.length).toBeGreaterThan(1);
  });
  afterAll(async () => {
    await storage.close();
    await store.close();
    t.cleanup();
  });

  it('verifies a whole case from the file with nothing but the pinned key', async () => {
    const r = await verifyExport(createReadStream(join(t.dir, 'case.jsonl')), {
      ...trusted(),
      earlierCheckpoint: firstCheckpoint,
    });
    expect(r.failures).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.events).toBe(17);
    expect(r.streams).toEqual([{ stream: CASE, events: 17, firstRevision: 0, lastRevision: 16, complete: true }]);
    expect(r.disclosedFields).toBe(1);
    expect(r.consistentWithEarlier).toBe(true);
    expect(r.treeSize).toBe('81');
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  function mutateLine(index: number, fn: (o: Record<string, any>) => void): string {
    const ls = lines();
    const o = JSON.parse(ls[index]);
    fn(o);
    ls[index] = JSON.stringify(o);
    return join_(ls);
  }
  const flipB64 = (s: string, byte = 10) => {
    const b = Buffer.from(s, 'base64');
    b[byte] ^= 0x01;
    return b.toString('base64');
  };

  it('rejects a flipped byte in an entry, naming the leaf hash', async () => {
    const r = await verifyText(mutateLine(3, (o) => (o.entry = flipB64(o.entry, 40))));
    expect(r.ok).toBe(false);
    expect(r.failures[0]).toMatch(/Line 4 .*does not hash to the stated leaf hash/);
  });

  it('rejects an entry edited with its leaf hash recomputed, by its inclusion proof', async () => {
    const text = mutateLine(3, (o) => {
      const e = JSON.parse(Buffer.from(o.entry, 'base64').toString());
      e.data.note = 'rewritten';
      const bytes = Buffer.from(canonicalize(e) as string);
      o.entry = bytes.toString('base64');
      o.leafHash = createHash('sha256')
        .update(Buffer.from([0]))
        .update(bytes)
        .digest('hex');
    });
    const r = await verifyText(text);
    expect(r.failures[0]).toMatch(/inclusion proof fails/);
  });

  it('rejects a flipped byte in a proof', async () => {
    const r = await verifyText(mutateLine(5, (o) => (o.proof[1] = flipB64(o.proof[1], 0))));
    expect(r.failures[0]).toMatch(/Line 6 .*inclusion proof fails/);
  });

  it('rejects a flipped byte in the signature', async () => {
    const r = await verifyText(
      mutateLine(0, (o) => {
        const [body, sig] = o.checkpoint.split('\n\n');
        const parts = sig.trimEnd().split(' ');
        parts[2] = flipB64(parts[2], 20);
        o.checkpoint = `${body}\n\n${parts.join(' ')}\n`;
      }),
    );
    expect(r.failures[0]).toMatch(/Signature check failed: the signature by trusted key .* does not match/);
  });

  it('rejects a changed note body (tree size or root)', async () => {
    const r1 = await verifyText(mutateLine(0, (o) => (o.checkpoint = o.checkpoint.replace('\n81\n', '\n80\n'))));
    expect(r1.failures[0]).toMatch(/Signature check failed/);
    const r2 = await verifyText(
      mutateLine(0, (o) => {
        const ls = o.checkpoint.split('\n');
        ls[2] = flipB64(ls[2], 3);
        o.checkpoint = ls.join('\n');
      }),
    );
    expect(r2.failures[0]).toMatch(/Signature check failed/);
  });

  it('rejects a checkpoint signed by another key, even one written in the export', async () => {
    const other = LogSigner.generate(ORIGIN);
    const r = await verifyText(evidence, { trustedKeys: [other.vkey] });
    expect(r.failures[0]).toMatch(/not signed by any key you trust/);
    // An attacker re-signs a forged note with their key and ships that key in the header.
    const forged = mutateLine(0, (o) => {
      const body = o.checkpoint.split('\n\n')[0] + '\n';
      o.checkpoint = other.signNote(body.replace('\n81\n', '\n82\n'));
      o.publicKey = other.vkey;
    });
    const r2 = await verifyText(forged);
    expect(r2.failures[0]).toMatch(/not signed by any key you trust/);
  });

  it('rejects a rolled-back checkpoint and a forked earlier one', async () => {
    // The verifier holds a newer checkpoint than the export's.
    await fill(store, 3, 5, 200);
    const newer = (await sealer.checkpointNow()).note;
    const r = await verifyText(evidence, { earlierCheckpoint: newer });
    expect(r.failures[0]).toMatch(/rolled back/);
    // A checkpoint of a different tree (same key, same origin) at the earlier size.
    const forkFile = join(t.dir, 'fork.sqlite');
    const fork = await SqliteEventStore.open({ file: forkFile });
    await fill(fork, firstSize, 3, 5000);
    const forkStorage = await SqliteSealerStorage.open(forkFile);
    const forkSealer = await Sealer.open({ source: fork, storage: forkStorage, signer, origin: ORIGIN });
    await forkSealer.catchUp();
    expect(forkSealer.size).toBe(firstSize);
    const r2 = await verifyText(evidence, { earlierCheckpoint: forkSealer.latestCheckpoint()!.note });
    expect(r2.failures[0]).toMatch(/not consistent with the earlier checkpoint/);
    // Same size, different root.
    const eq = (await forkSealer.proofs.checkpointAt(firstSize)).note;
    expect(eq).not.toBe(firstCheckpoint);
    await forkStorage.close();
    await fork.close();
  });

  it('rejects a consistency proof that was tampered with', async () => {
    const ls = lines();
    const text = mutateLine(ls.length - 1, (o) => (o.consistency[0].proof[0] = flipB64(o.consistency[0].proof[0], 0)));
    const r = await verifyText(text, { earlierCheckpoint: firstCheckpoint });
    expect(r.failures[0]).toMatch(/not consistent/);
  });

  it('names a missing middle event (broken chain), a missing last event (incomplete) and a cut file', async () => {
    const ls = lines();
    const withoutMiddle = join_([...ls.slice(0, 4), ...ls.slice(5)]);
    const r1 = await verifyText(withoutMiddle, { all: true });
    expect(r1.failures.join('\n')).toMatch(/jumps from revision 2 to 4/);
    expect(r1.failures.join('\n')).toMatch(/holds 16/);
    // Drop the last event and fix the count: completeness still catches it.
    const withoutLast = ls.slice(0, -2);
    const tr = JSON.parse(ls[ls.length - 1]);
    tr.count = 16;
    const r2 = await verifyText(join_([...withoutLast, JSON.stringify(tr)]));
    expect(r2.failures[0]).toMatch(/ends at revision 15 in the export, but at revision 16 in the signed log/);
    const r3 = await verifyText(join_(ls.slice(0, -1)));
    expect(r3.failures[0]).toMatch(/without its trailer/);
  });

  it('checks disclosed personal fields against their commitments', async () => {
    const idx = lines().findIndex((l) => l.includes('"disclosed"'));
    expect(idx).toBeGreaterThan(0);
    const r = await verifyText(mutateLine(idx, (o) => (o.disclosed[0].value = 'John Doe')));
    expect(r.failures[0]).toMatch(/does not match the commitment/);
  });

  it('reports every failure with all, and stops at the first without', async () => {
    const bad = mutateLine(2, (o) => (o.proof[0] = flipB64(o.proof[0], 1)));
    const worse = bad.split('\n');
    const o = JSON.parse(worse[7]);
    o.proof[0] = flipB64(o.proof[0], 1);
    worse[7] = JSON.stringify(o);
    expect((await verifyText(worse.join('\n'))).failures).toHaveLength(1);
    expect((await verifyText(worse.join('\n'), { all: true })).failures.length).toBeGreaterThanOrEqual(2);
  });

  it('puts stream-head proofs on their own lines when there are many streams, and still checks them', async () => {
    const path = join(t.dir, 'many.jsonl');
    const streams = ['case-0000', 'case-0001', 'case-0003'];
    await exportJsonl({
      events: eventsForScope(store, { kind: 'stream', streams }),
      proofs: sealer.proofs,
      out: createWriteStream(path),
      scope: { kind: 'stream', streams },
      streamHeadsInTrailer: 2,
    });
    const text = readFileSync(path, 'utf8');
    const ls = text.trimEnd().split('\n');
    expect(ls.filter((l) => l.startsWith('{"type":"streamHead"'))).toHaveLength(3);
    expect(JSON.parse(ls[ls.length - 1]).streamHeads).toEqual([]);
    const ok = await verifyText(text);
    expect(ok.failures).toEqual([]);
    expect(ok.streams.every((s) => s.complete)).toBe(true);
    // Dropping one head line leaves that stream unproven.
    const idx = ls.findIndex((l) => l.startsWith('{"type":"streamHead"'));
    const r = await verifyText(join_([...ls.slice(0, idx), ...ls.slice(idx + 1)]));
    expect(r.failures[0]).toMatch(/no stream-heads proof for stream/);
  });

  describe('says exactly what it proved', () => {
    it("reports the key fingerprint of the pinned key, the scope and the trailer's consistency proofs without being asked", async () => {
      const r = await verifyText(evidence);
      expect(r.failures).toEqual([]);
      expect(r.keyFingerprint).toBe(signer.fingerprint);
      expect(r.scope).toEqual({ kind: 'stream', streams: [CASE] });
      expect(r.claimsComplete).toBe(true);
      expect(r.sealedBy).toEqual([ORIGIN]);
      expect(r.consistency).toEqual([{ fromSize: firstSize, fromRoot: expect.any(String) }]);
    });

    it('fails a case with its last event dropped, the count fixed and completeness denied in the header', async () => {
      const ls = lines();
      const header = JSON.parse(ls[0]);
      header.completeStreams = false;
      const tr = JSON.parse(ls[ls.length - 1]);
      tr.count -= 1;
      const r = await verifyText(join_([JSON.stringify(header), ...ls.slice(1, -2), JSON.stringify(tr)]), {
        all: true,
      });
      expect(r.ok).toBe(false);
      expect(r.failures.join('\n')).toMatch(/a case export is always whole/);
      expect(r.failures.join('\n')).toMatch(/ends at revision 15 in the export, but at revision 16 in the signed log/);
    });

    it.each([
      [
        'scope',
        (h: Record<string, unknown>) => (h.scope = { kind: 'stream', streams: ['case-0001'] }),
        /outside what the header says was exported/,
      ],
      [
        'scope kind',
        (h: Record<string, unknown>) => (h.scope = { kind: 'body', body: 'kent-pcc' }),
        /header claims a selection is complete/,
      ],
      [
        'key fingerprint',
        (h: Record<string, unknown>) => (h.keyFingerprint = 'ab'.repeat(32)),
        /header gives the key fingerprint (ab){32}, but .* whose fingerprint is [0-9a-f]{64}/,
      ],
      [
        'public key',
        (h: Record<string, unknown>) => (h.publicKey = LogSigner.generate(ORIGIN).vkey),
        /public key written in the header is not the key you gave/,
      ],
      [
        'export time',
        (h: Record<string, unknown>) => (h.exportedAt = '1999-01-01T00:00:00.000Z'),
        /seal does not match the file/,
      ],
    ])("fails when the header's %s is edited", async (_field, edit, reason) => {
      const r = await verifyText(mutateLine(0, edit));
      expect(r.ok).toBe(false);
      expect(r.failures[0]).toMatch(reason);
    });

    it('fails when a byte changes that no proof covers: a blank line, the stream-heads tree size, the missing-streams list', async () => {
      const ls = lines();
      expect((await verifyText(join_([...ls.slice(0, 3), '', ...ls.slice(3)]))).failures[0]).toMatch(
        /Line 4 is not valid JSON/,
      );
      const bigger = await verifyText(
        mutateLine(ls.length - 1, (t) => (t.streamsTreeSize += 1)),
        { all: true },
      );
      expect(bigger.ok).toBe(false);
      const missing = await verifyText(mutateLine(ls.length - 1, (t) => (t.missingStreams = ['case-9999'])));
      expect(missing.failures[0]).toMatch(/says case "case-9999" has no events, but it was not asked for/);
    });

    it("checks the trailer's consistency proofs even when no earlier checkpoint is given", async () => {
      const ls = lines();
      const r = await verifyText(
        mutateLine(ls.length - 1, (o) => (o.consistency[0].proof[0] = flipB64(o.consistency[0].proof[0], 0))),
      );
      expect(r.failures[0]).toMatch(/consistency proof from size \d+ fails: the log at that size is not consistent/);
    });

    it('rejects an export made before exports were sealed, saying so', async () => {
      const r = await verifyText(mutateLine(0, (h) => (h.version = 1)));
      expect(r.failures[0]).toMatch(/format version 1, made before exports were sealed/);
    });

    it('fails a selection whose scope was edited', async () => {
      const path = join(t.dir, 'body-edit.jsonl');
      await exportJsonl({
        events: eventsForScope(store, { kind: 'body', body: 'kent-pcc' }),
        proofs: sealer.proofs,
        out: createWriteStream(path),
        scope: { kind: 'body', body: 'kent-pcc' },
      });
      const ls = readFileSync(path, 'utf8').trimEnd().split('\n');
      const h = JSON.parse(ls[0]);
      h.scope.body = 'kent-and-medway-pcp';
      const r = await verifyText(join_([JSON.stringify(h), ...ls.slice(1)]));
      expect(r.failures[0]).toMatch(/outside what the header says was exported/);
    });

    it('says a CSV or PDF is a human view and names the evidence file, instead of calling it damaged', async () => {
      const csv = await verifyText(
        '\uFEFFEffective date,Recorded at,Action\r\n2013-01-02,2024-01-01,ReportRequested\r\n',
        { fileName: '/tmp/exports/kent-case.csv' },
      );
      expect(csv.failures).toEqual([
        expect.stringMatching(
          /^kent-case\.csv is a CSV file: a human view of the record .* The evidence is the JSON Lines export made with it: kent-case\.jsonl\./,
        ),
      ]);
      const pdf = await verifyText(
        '%PDF-1.3\n%\xff\n1 0 obj\n<< /Subject (Evidence file: case-0002.jsonl) >>\nendobj\n',
        { fileName: 'printout.pdf' },
      );
      expect(pdf.failures[0]).toMatch(
        /^printout\.pdf is a PDF file: .* it cannot be verified\. The evidence is the JSON Lines export made with it: case-0002\.jsonl\./,
      );
      expect(pdf.humanView).toEqual({ kind: 'PDF', evidenceFile: 'case-0002.jsonl' });
    });
  });

  it('verifies a selection (one body) without claiming completeness', async () => {
    const path = join(t.dir, 'body.jsonl');
    const summary = await exportJsonl({
      events: eventsForScope(store, { kind: 'body', body: 'kent-pcc' }),
      proofs: sealer.proofs,
      out: createWriteStream(path),
      scope: { kind: 'body', body: 'kent-pcc' },
    });
    expect(summary.count).toBeGreaterThan(10);
    const r = await verifyExport(createReadStream(path), trusted());
    expect(r.failures).toEqual([]);
    expect(r.streams.every((s) => !s.complete)).toBe(true);
  });
});
