/**
 * The part of node:crypto the verifier uses, for the single-file build (the build
 * points the verifier's `node:crypto` imports here). Under Node it is Node's own
 * (native and fast); in a browser, the audited pure-JavaScript @noble hashes and
 * Ed25519, which are synchronous like Node's, so the verifier's code is the same.
 */
import { sha256 } from '@noble/hashes/sha2';
import { hmac } from '@noble/hashes/hmac';
import { ed25519 } from '@noble/curves/ed25519';
import type * as NodeCrypto from 'node:crypto';

type Host = { process?: { getBuiltinModule?: (id: string) => unknown } };
const native = (globalThis as Host).process?.getBuiltinModule?.('node:crypto') as typeof NodeCrypto | undefined;

interface Digester {
  update(data: Uint8Array): unknown;
  digest(): Uint8Array;
}

class Incremental {
  constructor(private readonly digester: Digester) {}

  update(data: string | Uint8Array): this {
    this.digester.update(typeof data === 'string' ? new TextEncoder().encode(data) : data);
    return this;
  }

  digest(encoding?: 'hex' | 'base64'): Buffer | string {
    const out = Buffer.from(this.digester.digest());
    return encoding ? out.toString(encoding) : out;
  }
}

function onlySha256(algorithm: string): void {
  if (algorithm !== 'sha256') throw new Error(`only sha256 is available in the single-file verifier, not ${algorithm}`);
}

function pureCreateHash(algorithm: string): Incremental {
  onlySha256(algorithm);
  return new Incremental(sha256.create());
}

function pureCreateHmac(algorithm: string, key: Uint8Array): Incremental {
  onlySha256(algorithm);
  return new Incremental(hmac.create(sha256, key));
}

function pureTimingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) throw new RangeError('Input buffers must have the same byte length');
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a[i] ^ b[i];
  return d === 0;
}

// DER SubjectPublicKeyInfo of an Ed25519 key: this prefix, then the 32 raw bytes.
const ED25519_SPKI_PREFIX = '302a300506032b6570032100';

interface RawEd25519Key {
  raw: Uint8Array;
}

function pureCreatePublicKey(o: { key: Uint8Array; format: 'der'; type: 'spki' }): RawEd25519Key {
  const der = Buffer.from(o.key);
  if (der.length !== 44 || der.subarray(0, 12).toString('hex') !== ED25519_SPKI_PREFIX)
    throw new Error('only Ed25519 public keys are supported');
  return { raw: der.subarray(12) };
}

function pureVerify(_algorithm: null, message: Uint8Array, key: RawEd25519Key, signature: Uint8Array): boolean {
  try {
    // Strict RFC 8032 checks, as OpenSSL (Node) applies them.
    return ed25519.verify(signature, message, key.raw, { zip215: false });
  } catch {
    return false;
  }
}

export const createHash = (native?.createHash ?? pureCreateHash) as typeof NodeCrypto.createHash;
export const createHmac = (native?.createHmac ?? pureCreateHmac) as typeof NodeCrypto.createHmac;
export const timingSafeEqual = (native?.timingSafeEqual ?? pureTimingSafeEqual) as typeof NodeCrypto.timingSafeEqual;
export const createPublicKey = (native?.createPublicKey ?? pureCreatePublicKey) as typeof NodeCrypto.createPublicKey;
export const verify = (native?.verify ?? pureVerify) as typeof NodeCrypto.verify;
/** One-shot hashing: Node only (merkle.ts falls back to createHash without it). */
export const hash = native?.hash;

/** The browser's implementations, whatever this runs on (for tests against Node's). */
export const pure = {
  createHash: pureCreateHash,
  createHmac: pureCreateHmac,
  timingSafeEqual: pureTimingSafeEqual,
  createPublicKey: pureCreatePublicKey,
  verify: pureVerify,
};
