import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { streamHeadBytes, type StreamHead } from './stream-heads';

describe('streamHeadBytes', () => {
  it('is the canonical JSON (RFC 8785) of the head triple, whatever the stream id and values', () => {
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.integer(),
      fc.double({ noDefaultInfinity: true, noNaN: true }),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.oneof(fc.nat(), fc.maxSafeNat(), value), value, (id, rev, hash) => {
        const head = { streamId: id, lastRevision: rev, lastLeafHash: hash } as StreamHead;
        const text = canonicalize({ streamId: id, lastRevision: rev, lastLeafHash: hash }) as string;
        expect(streamHeadBytes(head).toString('utf8')).toBe(text);
      }),
      { numRuns: 2000 },
    );
    const head = { streamId: 'case:"q"\\ é\u2028', lastRevision: 0, lastLeafHash: 'ab'.repeat(32) };
    expect(streamHeadBytes(head).toString()).toBe(canonicalize(head));
  });
});
