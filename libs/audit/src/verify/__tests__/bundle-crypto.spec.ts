/**
 * In a browser the single-file verifier hashes and checks signatures with @noble
 * instead of node:crypto: those must agree with Node's byte for byte, and reject what
 * Node rejects.
 */
import { createHash, createHmac, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { pure } from '../bundle/node-crypto';
import { LogSigner } from '../../keys/signer';
import { parseVkey } from '../note';

const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

describe('the browser crypto of the single-file verifier', () => {
  it('hashes like node:crypto (SHA-256, incremental, hex and bytes)', () => {
    for (const n of [0, 1, 55, 56, 64, 65, 1000]) {
      const a = randomBytes(n);
      const b = randomBytes(7);
      expect(
        (pure.createHash('sha256').update(a).update(b).digest() as Buffer).equals(
          createHash('sha256').update(a).update(b).digest(),
        ),
      ).toBe(true);
    }
    expect(pure.createHash('sha256').update('Tŷ Llŵyd').digest('hex')).toBe(
      createHash('sha256').update('Tŷ Llŵyd', 'utf8').digest('hex'),
    );
    expect(() => pure.createHash('md5')).toThrow(/only sha256/);
  });

  it('computes HMAC-SHA256 like node:crypto', () => {
    const key = randomBytes(32);
    const data = randomBytes(100);
    expect(
      (pure.createHmac('sha256', key).update(data).digest() as Buffer).equals(
        createHmac('sha256', key).update(data).digest(),
      ),
    ).toBe(true);
  });

  it('accepts what Node accepts and rejects a changed message, signature or key', () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
    const key = pure.createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
    const msg = Buffer.from('governance-ledger.example/kent\n3\nroot\n');
    const sig = sign(null, msg, privateKey);
    expect(pure.verify(null, msg, key, sig)).toBe(true);
    expect(pure.verify(null, Buffer.from('governance-ledger.example/kent\n4\nroot\n'), key, sig)).toBe(false);
    for (const i of [0, 31, 32, 63]) {
      const bad = Buffer.from(sig);
      bad[i] ^= 0x01;
      expect(pure.verify(null, msg, key, bad)).toBe(false);
    }
    const other = pure.createPublicKey({
      key: Buffer.concat([
        SPKI_PREFIX,
        generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(12),
      ]),
      format: 'der',
      type: 'spki',
    });
    expect(pure.verify(null, msg, other, sig)).toBe(false);
    expect(() => pure.createPublicKey({ key: Buffer.alloc(44), format: 'der', type: 'spki' })).toThrow(/only Ed25519/);
  });

  it('verifies a checkpoint note signed by the ledger signer', () => {
    const signer = LogSigner.generate('governance-ledger.example/kent');
    const note = signer.signNote('governance-ledger.example/kent\n1\nAAAA\n');
    const [body] = note.split('\n\n');
    const blob = Buffer.from(note.trimEnd().split(' ').pop() as string, 'base64');
    const key = pure.createPublicKey({
      key: Buffer.concat([SPKI_PREFIX, parseVkey(signer.vkey).publicKey]),
      format: 'der',
      type: 'spki',
    });
    expect(pure.verify(null, Buffer.from(body + '\n'), key, blob.subarray(4))).toBe(true);
  });

  it('compares in constant time, and only equal lengths', () => {
    expect(pure.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc'))).toBe(true);
    expect(pure.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd'))).toBe(false);
    expect(() => pure.timingSafeEqual(Buffer.from('ab'), Buffer.from('abc'))).toThrow(RangeError);
  });
});
