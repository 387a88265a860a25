import fc from 'fast-check';
import canonicalize from 'canonicalize';
import { isCanonicalJson } from './canonical';

const reference = (text: string): boolean => canonicalize(JSON.parse(text)) === text;

/** JSON texts: canonical ones, ones with keys in insertion order, and indented ones. */
const texts = fc.oneof(
  fc.jsonValue().map((v) => canonicalize(v) as string),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.jsonValue().map((v) => JSON.stringify(v, null, 1)),
  fc.json(),
);

describe('isCanonicalJson', () => {
  it('agrees with canonicalize on every JSON text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(isCanonicalJson(text, JSON.parse(text))).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['{"a":1,"b":2}', true],
    ['{"b":2,"a":1}', false],
    ['{"10":1,"9":2}', true],
    ['{"9":2,"10":1}', false],
    ['{"a":1.0}', false],
    ['{"a":1e3}', false],
    ['{"a":"\\u0041"}', false],
    ['{"a":"\\u001f"}', true],
    ['{"a":[1,{"d":1,"c":2}]}', false],
    ['{"a":1,"a":2}', false],
    ['{ "a":1}', false],
    ['"\\ud800"', true],
  ])('%s is canonical: %s', (text, canonical) => {
    expect(reference(text)).toBe(canonical);
    expect(isCanonicalJson(text, JSON.parse(text))).toBe(canonical);
  });
});
