/**
 * Ed25519 key files in the Go `note` signer layout, shared by the log's signing key and a
 * panel's witness key; they differ only in the type byte (0x01 signs notes, 0x04 cosigns):
 *   PRIVATE+KEY+<name>+<hex keyid>+<base64(type || 32-byte seed)>
 */
import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { closeSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { keyFingerprint } from '../verify/note';

export interface Ed25519Pair {
  privateKey: KeyObject;
  /** Raw 32-byte public key. */
  publicKey: Buffer;
  seed: Buffer;
}

export function newEd25519(): Ed25519Pair {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  return {
    privateKey,
    publicKey: Buffer.from(jwk.x as string, 'base64url'),
    seed: Buffer.from(jwk.d as string, 'base64url'),
  };
}

export function ed25519FromSeed(seed: Uint8Array): Ed25519Pair {
  if (seed.length !== 32) throw new Error('an Ed25519 seed is 32 bytes');
  // PKCS#8 wrapper for a raw Ed25519 seed; Node derives the public key.
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  return {
    privateKey,
    publicKey: Buffer.from(privateKey.export({ format: 'jwk' }).x as string, 'base64url'),
    seed: Buffer.from(seed),
  };
}

function keyFileText(name: string, keyId: Buffer, type: number, seed: Buffer): string {
  return `PRIVATE+KEY+${name}+${keyId.toString('hex')}+${Buffer.concat([Buffer.from([type]), seed]).toString('base64')}\n`;
}

/** The name, key id and seed of a key file of the given type; `what` names the key in errors. */
function parseKeyFile(
  text: string,
  type: number,
  what: { file: string; wrongType: string },
): { name: string; hexId: string; seed: Buffer } {
  const m = /^PRIVATE\+KEY\+([^+\s]+)\+([0-9a-f]{8})\+(\S+)$/.exec(text.trim());
  if (!m) throw new Error(`not a ${what.file} (expected PRIVATE+KEY+<name>+<keyid>+<key>)`);
  const [, name, hexId, b64] = m;
  const raw = Buffer.from(b64, 'base64');
  if (raw.length !== 33 || raw[0] !== type) throw new Error(what.wrongType);
  return { name, hexId, seed: raw.subarray(1) };
}

/** Writes a new key file, mode 0600. Never overwrites: 'wx' fails with EEXIST instead. */
export function writeNewKeyFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/** A warning when a private key file can be read by other users. */
export function looseKeyWarning(path: string, what: string): string[] {
  return process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0
    ? [`${what} ${path} is readable by other users; run chmod 600 on it`]
    : [];
}

/** What a key file says about its key, and how to name it in errors. */
export interface KeyFileKind {
  type: number;
  file: string;
  wrongType: string;
  damaged: string;
  /** How the key id is derived from the name and the public key. */
  keyIdOf: (name: string, publicKey: Uint8Array) => Buffer;
}

/**
 * A named Ed25519 key kept as its seed: the log's signing key and a witness key differ only
 * in the type byte and in how the key id is derived, so the key file round trip lives here.
 */
export abstract class SeededKey {
  readonly keyId: Buffer;
  protected readonly privateKey: KeyObject;
  /** Raw 32-byte public key. */
  readonly publicKey: Buffer;
  private readonly seed: Buffer;

  protected constructor(
    readonly name: string,
    pair: Ed25519Pair,
    private readonly kind: KeyFileKind,
  ) {
    ({ privateKey: this.privateKey, publicKey: this.publicKey, seed: this.seed } = pair);
    this.keyId = kind.keyIdOf(name, pair.publicKey);
  }

  /** The private key file text. Keep it secret. */
  serialize(): string {
    return keyFileText(this.name, this.keyId, this.kind.type, this.seed);
  }

  get fingerprint(): string {
    return keyFingerprint(this.publicKey);
  }
}

/** Reads a key file of `kind` and rebuilds its key with `make`; a key id that does not match the key means damage. */
export function parseSeededKey<K extends SeededKey>(
  text: string,
  kind: KeyFileKind,
  make: (name: string, pair: Ed25519Pair) => K,
): K {
  const { name, hexId, seed } = parseKeyFile(text, kind.type, kind);
  const key = make(name, ed25519FromSeed(seed));
  if (key.keyId.toString('hex') !== hexId) throw new Error(kind.damaged);
  return key;
}
