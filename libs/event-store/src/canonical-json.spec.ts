/**
 * The entry bytes that every leaf hash covers come from `canonicalize` (RFC 8785). An upgrade
 * that changed a single output byte would make every stored leaf hash unverifiable, so the
 * package is pinned and these are the RFC's own examples, byte for byte.
 */
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { canonicalEntry } from './canonical-entry';
import type { Entry } from './envelope';

const bytes = (value: unknown) => Buffer.from(canonicalize(value)!, 'utf8');

describe('canonical JSON (RFC 8785)', () => {
  it('serialises the example of section 3.2.2: numbers, escapes and literals', () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    expect(bytes(input).toString('utf8')).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts properties by UTF-16 code units as in section 3.2.3', () => {
    const input = JSON.parse(
      '{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One",' +
        '"\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}',
    );
    expect(bytes(input).toString('hex')).toBe(
      Buffer.from(
        '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign",' +
          '"😀":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
        'utf8',
      ).toString('hex'),
    );
  });

  // Appendix B: IEEE 754 bit patterns and their required serialisation.
  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('serialises the double 0x%s as %s (appendix B)', (hex, expected) => {
    const n = Buffer.from(hex, 'hex').readDoubleBE(0);
    expect(canonicalize(n)).toBe(expected);
    expect(canonicalize({ n })).toBe(`{"n":${expected}}`);
  });
});

describe('canonicalEntry (the envelope written in its fixed key order)', () => {
  const text = fc.string({ unit: 'binary' });
  const entry = fc.record({
    eventId: text,
    stream: text,
    streamRevision: fc.nat(),
    prevStreamLeafHash: fc.option(text),
    type: text,
    schemaVersion: fc.integer({ min: 1, max: 1000 }),
    data: fc.dictionary(text, fc.jsonValue()),
    metadata: fc.record(
      {
        actor: fc.record({ id: text, name: text, role: text, body: text }),
        effectiveAt: text,
        recordedAt: text,
        legalBasis: fc.option(text),
        correlationId: text,
        causationId: fc.option(text),
        classification: text,
        extra: fc.jsonValue(),
      },
      { requiredKeys: ['actor', 'effectiveAt', 'recordedAt'] },
    ),
  });

  it('gives canonicalize’s text, byte for byte, for any entry', () => {
    fc.assert(
      fc.property(entry, (e) => {
        expect(canonicalEntry(e as unknown as Entry)).toBe(canonicalize(e));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives canonicalize’s text when metadata and actor have exactly their usual keys, in any order', () => {
    const full = fc.record({
      actor: fc.shuffledSubarray(['role', 'body', 'name', 'id', 'extra'], { minLength: 4, maxLength: 5 }),
      keys: fc.shuffledSubarray(
        ['recordedAt', 'legalBasis', 'effectiveAt', 'correlationId', 'classification', 'causationId', 'actor', 'x'],
        { minLength: 6, maxLength: 8 },
      ),
      value: fc.oneof(text, fc.constant(undefined), fc.constant(null), fc.jsonValue()),
    });
    fc.assert(
      fc.property(full, ({ actor, keys, value }) => {
        const metadata: Record<string, unknown> = {};
        for (const k of keys) metadata[k] = k === 'actor' ? Object.fromEntries(actor.map((a) => [a, value])) : value;
        const e = { eventId: 'e', stream: 's', streamRevision: 0, prevStreamLeafHash: null, type: 'T' };
        const x = { ...e, schemaVersion: 1, data: {}, metadata } as unknown as Entry;
        expect(canonicalEntry(x)).toBe(canonicalize(x));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives canonicalize’s text for values JSON.parse reorders and for objects with toJSON', () => {
    const base = {
      eventId: 'e',
      stream: 's',
      streamRevision: 0,
      prevStreamLeafHash: null,
      type: 'T',
      schemaVersion: 1,
    };
    const odd = [
      JSON.parse('{"9":1,"10":2,"b":{"z":1,"a":[{"y":1,"x":2}]}}'),
      { when: new Date(0), nested: { toJSON: () => ({ b: 1, a: 2 }) } },
    ];
    for (const data of odd) {
      const e = { ...base, data, metadata: { b: 1, a: data } } as unknown as Entry;
      expect(canonicalEntry(e)).toBe(canonicalize(e));
    }
  });
});
