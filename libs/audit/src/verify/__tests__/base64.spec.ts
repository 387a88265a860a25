import { decodeBase64Strict } from '../note';
import { b64 } from '../decode';

// 'AB==' and 'AA==' both decode to one zero byte: the spare bits of 'B' are ignored by
// decoders. If both spellings verified, one flipped bit in a signature would go unseen.
describe('base64 in evidence has one spelling', () => {
  it('given the canonical spelling, when decoded, then the bytes come back', () => {
    expect([...decodeBase64Strict('AA==', 'the signature')]).toEqual([0]);
    expect([...b64('AA==', 'a proof node')]).toEqual([0]);
  });

  it('given spare bits set before the padding, when decoded, then it is refused', () => {
    expect(() => decodeBase64Strict('AB==', 'the signature')).toThrow(/not canonical base64/);
    expect(() => b64('AB==', 'a proof node')).toThrow(/not canonical base64/);
    expect(() => b64('AAB=', 'a proof node')).toThrow(/not canonical base64/);
  });
});
