import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { buildEntry, leafHashOf, validateAppend } from './entry';
import { InvalidAppend } from './errors';
import { newEvent } from './testing/fixtures';

const fieldOf = (data: Record<string, unknown>): string => {
  try {
    validateAppend('s', [newEvent(data)], 'any');
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidAppend);
    return (e as InvalidAppend).field;
  }
  throw new Error('accepted');
};

describe('validateAppend payload checks', () => {
  it('names the path of a bad value however deep it is', () => {
    expect(fieldOf({ a: [1, { b: NaN }] })).toBe('events[0].data.a[1].b');
    expect(fieldOf({ a: { u: undefined } })).toBe('events[0].data.a.u');
    let deep: Record<string, unknown> = { bad: new Date(0) };
    for (let i = 0; i < 100; i++) deep = { d: deep };
    expect(fieldOf(deep)).toBe(`events[0].data${'.d'.repeat(100)}.bad`);
  });

  it('accepts deep nesting and shared (acyclic) references, and rejects a cycle', () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 100; i++) deep = { d: deep };
    const shared = { x: 1 };
    expect(() => validateAppend('s', [newEvent({ deep, a: shared, b: [shared, shared] })], 'any')).not.toThrow();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = { again: cyclic };
    expect(fieldOf({ cyclic })).toBe('events[0].data.cyclic.self.again');
  });
});

describe('buildEntry', () => {
  it('gives the canonical bytes and their leaf hash, SHA-256 of 0x00 then the bytes', () => {
    const ev = newEvent({ n: 1, text: 'é✓' });
    const { texts } = validateAppend('s', [ev], 'any');
    for (const text of [texts[0], undefined]) {
      const { entry, entryBytes, leafHash } = buildEntry('s', 3n, 'ab'.repeat(32), ev, 'event', text);
      expect(entryBytes.toString('utf8')).toBe(canonicalize(entry));
      const expected = createHash('sha256')
        .update(Buffer.from([0]))
        .update(entryBytes)
        .digest();
      expect(leafHash.equals(expected)).toBe(true);
      expect(leafHashOf(entryBytes).equals(expected)).toBe(true);
    }
  });
});
