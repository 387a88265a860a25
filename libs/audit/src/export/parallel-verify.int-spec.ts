import { Readable } from 'node:stream';
import { SqliteEventStore } from '@ledger/event-store';
import { LogSigner } from '../keys/signer';
import { SqliteSealerStorage } from '../storage/sqlite';
import { tempDir } from '../testing/fixtures';
import { sealedLog } from '../testing/sealed-log';
import { exportText } from '../testing/export-text';
import { verifyExport, type VerifyOptions } from '../verify/verify-export';
import { verifyExportParallel, WorkerEventChecker } from '../verify/parallel';

const ORIGIN = 'governance-ledger.example/kent';

describe('the export verifier on worker threads', () => {
  const t = tempDir();
  const signer = LogSigner.generate(ORIGIN);
  let store: SqliteEventStore;
  let storage: SqliteSealerStorage;
  let evidence: string[];
  const opts = (o: Partial<VerifyOptions> = {}): VerifyOptions => ({ trustedKeys: [signer.vkey], ...o });
  const source = (ls: string[]) => Readable.from([Buffer.from(ls.join('\n') + '\n')]);
  /** Both verifiers on the same lines: the reports must be the same, whatever they say. */
  const both = async (ls: string[], o: Partial<VerifyOptions> = {}) => {
    const one = await verifyExport(source(ls), opts(o));
    const many = await verifyExportParallel(source(ls), opts(o), 2);
    expect(many).toEqual(one);
    return many;
  };
  const eventAt = (i: number) => evidence.findIndex((l, k) => k >= i && l.startsWith('{"type":"event"'));
  const edit = (i: number, f: (o: Record<string, unknown>) => void): string[] => {
    const ls = [...evidence];
    const o = JSON.parse(ls[i]) as Record<string, unknown>;
    f(o);
    ls[i] = JSON.stringify(o);
    return ls;
  };

  beforeAll(async () => {
    // More lines than one batch, so several batches are out at once.
    const { sealer, ...opened } = await sealedLog(t.dir, signer, { events: 1500, streams: 40, batchSize: 500 });
    ({ store, storage } = opened);
    const r = await exportText({
      proofs: sealer.proofs,
      scope: { kind: 'dateRange', field: 'recordedAt', from: '2000-01-01', to: '2100-01-01' },
      streamHeadsInTrailer: 10,
    });
    evidence = r.text.trimEnd().split('\n');
  });
  afterAll(async () => {
    await storage.close();
    await store.close();
    t.cleanup();
  });

  it('verifies an untouched export, with the same report as on one thread', async () => {
    const r = await both(evidence);
    expect(r.failures).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.events).toBe(1500);
  });

  it('rejects an edited entry, a bent proof and a forged checkpoint, as on one thread', async () => {
    const late = eventAt(1200);
    const entry = edit(late, (o) => {
      const bytes = Buffer.from(String(o.entry), 'base64');
      bytes[bytes.length - 3] ^= 1;
      o.entry = bytes.toString('base64');
    });
    const proof = edit(eventAt(700), (o) => {
      const p = o.proof as string[];
      const b = Buffer.from(p[p.length - 1], 'base64');
      b[0] ^= 1;
      p[p.length - 1] = b.toString('base64');
    });
    const checkpoint = edit(0, (o) => {
      o.checkpoint = String(o.checkpoint).replace(/\n(\d+)\n/, (_, n: string) => `\n${Number(n) + 1}\n`);
    });
    for (const ls of [entry, proof, checkpoint]) {
      expect((await both(ls)).ok).toBe(false);
      expect((await both(ls, { all: true })).ok).toBe(false);
    }
    expect((await both(entry)).failures[0]).toMatch(new RegExp(`^Line ${late + 1} .*hash`));
    expect((await both(proof, { all: true })).failures.some((f) => /inclusion proof fails/.test(f))).toBe(true);
  });

  it('reads a line sent out as an event that is not one as any other line', async () => {
    const ls = [...evidence];
    ls[eventAt(300)] = '{"type":"event", not json';
    const r = await both(ls, { all: true });
    expect(r.failures[0]).toMatch(/is not valid JSON/);
  });

  it('reads lines handed to the threads as bytes, split across chunks anywhere, as one thread reads them', async () => {
    /** The file in chunks of `size` bytes: lines start and end anywhere in them. */
    const chunked = (ls: string[], size: number, eol = '\n') => {
      const all = Buffer.from(ls.join(eol) + eol);
      const parts: Buffer[] = [];
      for (let i = 0; i < all.length; i += size) parts.push(all.subarray(i, i + size));
      return parts;
    };
    const bothChunked = async (ls: string[], size: number, eol = '\n') => {
      const one = await verifyExport(Readable.from(chunked(ls, size, eol)), opts({ all: true }));
      const many = await verifyExportParallel(Readable.from(chunked(ls, size, eol)), opts({ all: true }), 2);
      expect(many).toEqual(one);
      return many;
    };
    const a = eventAt(400);
    const b = eventAt(401);
    const swapped = [...evidence];
    [swapped[a], swapped[b]] = [swapped[b], swapped[a]];
    const changed = edit(
      eventAt(900),
      (o) => (o.leafHash = String(o.leafHash).replace(/^./, (c) => (c === '0' ? '1' : '0'))),
    );
    const dropped = evidence.filter((_, i) => i !== eventAt(1100));
    const appended = [...evidence, evidence[eventAt(5)]];
    for (const size of [997, 65536]) {
      expect((await bothChunked(evidence, size)).ok).toBe(true);
      expect((await bothChunked(evidence, size, '\r\n')).ok).toBe(true);
      for (const ls of [swapped, changed, dropped, appended]) expect((await bothChunked(ls, size)).ok).toBe(false);
    }
    expect((await bothChunked(swapped, 997)).failures.join('\n')).toMatch(/sits before|goes back|seal/);
    expect((await bothChunked(changed, 997)).failures[0]).toMatch(/does not hash to the stated leaf hash/);
    expect((await bothChunked(dropped, 997)).failures.join('\n')).toMatch(/events were added or removed/);
    expect((await bothChunked(appended, 997)).failures.join('\n')).toMatch(/comes after the trailer/);
  });

  it('checks every line once and in order while the regions share a few rooms: a change deep in the file is found', async () => {
    // Chunks of 4 KiB: hundreds of regions pass through the same rooms, each given back once applied.
    const small = (ls: string[]) => {
      const all = Buffer.from(ls.join('\n') + '\n');
      const parts: Buffer[] = [];
      for (let i = 0; i < all.length; i += 4096) parts.push(Buffer.from(all.subarray(i, i + 4096)));
      return Readable.from(parts);
    };
    const bothSmall = async (ls: string[]) => {
      const one = await verifyExport(small(ls), opts({ all: true }));
      const many = await verifyExportParallel(small(ls), opts({ all: true }), 2);
      expect(many).toEqual(one);
      return many;
    };
    const whole = await bothSmall(evidence);
    expect(whole.ok).toBe(true);
    expect(whole.events).toBe(1500);
    expect(whole.streams.reduce((n, s) => n + s.events, 0)).toBe(1500);
    const late = eventAt(1490);
    const changed = edit(late, (o) => {
      const bytes = Buffer.from(String(o.entry), 'base64');
      bytes[10] ^= 1;
      o.entry = bytes.toString('base64');
    });
    expect((await bothSmall(changed)).failures[0]).toMatch(new RegExp(`^Line ${late + 1} `));
    const dropped = evidence.filter((_, i) => i !== eventAt(1400));
    expect((await bothSmall(dropped)).failures.join('\n')).toMatch(/events were added or removed/);
    // Stream-head lines are proven on the threads too: a head that no longer matches its proof is named.
    const head = evidence.findIndex((l) => l.startsWith('{"type":"streamHead"'));
    expect(head).toBeGreaterThan(0);
    const bumped = edit(head, (o) => (o.lastRevision = Number(o.lastRevision) + 1));
    expect((await bothSmall(bumped)).failures[0]).toMatch(/^The head of stream ".*" is not proven/);
    const rehashed = edit(
      head,
      (o) => (o.lastLeafHash = String(o.lastLeafHash).replace(/^./, (c) => (c === '0' ? '1' : '0'))),
    );
    expect((await bothSmall(rehashed)).failures[0]).toMatch(/^The head of stream ".*" is not proven/);
  });

  it('fails, not hangs, when its threads are gone', async () => {
    const checker = new WorkerEventChecker(1);
    await checker.close();
    const r = await verifyExport(source(evidence), opts(), checker);
    expect(r.ok).toBe(false);
    expect(r.failures[0]).toMatch(/could not be read/);
  });
});
