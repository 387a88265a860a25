import { createHash } from 'node:crypto';
import { hashFromHex, hexOf, StreamTable } from './stream-table';

const hashOf = (s: string) => createHash('sha256').update(s).digest();

describe('StreamTable', () => {
  it('reads a leaf hash only in the spelling an export gives it: 64 lower-case hex digits', () => {
    const h = hashOf('x');
    const out = new Uint8Array(40);
    expect(hashFromHex(h.toString('hex'), out, 8)).toBe(true);
    expect(Buffer.from(out.subarray(8)).equals(h)).toBe(true);
    expect(hexOf(out, 8)).toBe(h.toString('hex'));
    for (const bad of [
      h.toString('hex').toUpperCase(),
      h.toString('hex').slice(2),
      `${h.toString('hex')}00`,
      'g'.repeat(64),
    ])
      expect(hashFromHex(bad, out, 8)).toBe(false);
  });

  it('keeps every stream and its last event as it grows past its first columns', () => {
    const t = new StreamTable();
    const n = 3000;
    for (let i = 0; i < n; i++) t.add(`s${i}`, i, i % 3, hashOf(`${i}`), 0);
    for (let i = 0; i < n; i += 2) t.next(t.find(`s${i}`), n + i, 7, hashOf(`next ${i}`), 0);
    expect(t.size).toBe(n);
    for (let i = 0; i < n; i++) {
      const k = t.find(`s${i}`);
      expect(t.id(k)).toBe(`s${i}`);
      expect(t.firstRevision(k)).toBe(i % 3);
      expect(t.lastRevision(k)).toBe(i % 2 ? i % 3 : 7);
      expect(t.lastLeafIndex(k)).toBe(i % 2 ? i : n + i);
      expect(t.eventCount(k)).toBe(i % 2 ? 1 : 2);
      expect(t.hasGaps(k)).toBe(i % 3 !== 0);
      const last = i % 2 ? hashOf(`${i}`) : hashOf(`next ${i}`);
      expect(t.lastHashHex(k)).toBe(last.toString('hex'));
      expect(t.isLastHash(k, last, 0)).toBe(true);
      expect(t.isLastHash(k, hashOf('other'), 0)).toBe(false);
    }
    expect(t.find('s-none')).toBe(-1);
  });
});
