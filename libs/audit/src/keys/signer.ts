/**
 * The log's Ed25519 signing key and checkpoint signing (C2SP signed-note).
 *
 * Key file format (the Go `note` signer key format):
 *   PRIVATE+KEY+<name>+<hex keyid>+<base64(0x01 || 32-byte seed)>
 * Public key: C2SP vkey `<name>+<hex keyid>+<base64(0x01 || pubkey)>`.
 */
import { createPrivateKey, generateKeyPairSync, sign as edSign, type KeyObject } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ED25519_ALG, formatVkey, keyFingerprint, keyIdOf, validKeyName, verifierKey, type NoteVerifierKey } from '../verify/note';

const B64URL = (b: Uint8Array) => Buffer.from(b).toString('base64url');

export class LogSigner {
  readonly keyId: Buffer;
  private constructor(
    readonly name: string,
    private readonly privateKey: KeyObject,
    /** Raw 32-byte public key. */
    readonly publicKey: Buffer,
    private readonly seed: Buffer,
  ) {
    this.keyId = keyIdOf(name, publicKey);
  }

  static generate(name: string): LogSigner {
    const { privateKey } = generateKeyPairSync('ed25519');
    return LogSigner.fromPrivateKey(name, privateKey);
  }

  static fromSeed(name: string, seed: Uint8Array): LogSigner {
    if (seed.length !== 32) throw new Error('an Ed25519 seed is 32 bytes');
    if (!validKeyName(name)) throw new Error(`"${name}" is not a valid key name: no spaces and no "+"`);
    const pub = derivePublic(seed);
    const priv = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: B64URL(seed), x: B64URL(pub) }, format: 'jwk' });
    return new LogSigner(name, priv, pub, Buffer.from(seed));
  }

  private static fromPrivateKey(name: string, privateKey: KeyObject): LogSigner {
    if (!validKeyName(name)) throw new Error(`"${name}" is not a valid key name: no spaces and no "+"`);
    const jwk = privateKey.export({ format: 'jwk' });
    return new LogSigner(name, privateKey, Buffer.from(jwk.x as string, 'base64url'), Buffer.from(jwk.d as string, 'base64url'));
  }

  /** Parses the private key file text. */
  static parse(text: string): LogSigner {
    const m = /^PRIVATE\+KEY\+([^+\s]+)\+([0-9a-f]{8})\+(\S+)$/.exec(text.trim());
    if (!m) throw new Error('not a signing key file (expected PRIVATE+KEY+<name>+<keyid>+<key>)');
    const [, name, hexId, b64] = m;
    const raw = Buffer.from(b64, 'base64');
    if (raw.length !== 33 || raw[0] !== ED25519_ALG) throw new Error('the signing key is not an Ed25519 key');
    const signer = LogSigner.fromSeed(name, raw.subarray(1));
    if (signer.keyId.toString('hex') !== hexId) throw new Error('the signing key file is damaged: its key ID does not match the key');
    return signer;
  }

  /** The private key file text. Keep it secret. */
  serialize(): string {
    return `PRIVATE+KEY+${this.name}+${this.keyId.toString('hex')}+${Buffer.concat([Buffer.from([ED25519_ALG]), this.seed]).toString('base64')}\n`;
  }

  get vkey(): string {
    return formatVkey(this.name, this.publicKey);
  }

  get fingerprint(): string {
    return keyFingerprint(this.publicKey);
  }

  verifier(): NoteVerifierKey {
    return verifierKey(this.name, this.publicKey);
  }

  /** Signs a note body (every line ending in "\n") and returns the whole signed note. */
  signNote(body: string): string {
    if (!body.endsWith('\n') || body.includes('\n\n')) throw new Error('a note body is non-empty lines, each ending in a newline');
    const sig = edSign(null, Buffer.from(body, 'utf8'), this.privateKey);
    return `${body}\n\u2014 ${this.name} ${Buffer.concat([this.keyId, sig]).toString('base64')}\n`;
  }
}

function derivePublic(seed: Uint8Array): Buffer {
  // PKCS#8 wrapper for a raw Ed25519 seed; node derives the public key.
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const jwk = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }).export({ format: 'jwk' });
  return Buffer.from(jwk.x as string, 'base64url');
}

export interface KeyLoadOptions {
  /** Key name, normally the log origin (e.g. governance-ledger.example/kent). */
  name: string;
  /** Directory where a key is created on first start (file `ledger-signing.key`, mode 0600). */
  dataDir?: string;
  /** A configured key file; takes precedence over dataDir and is never created. */
  keyFile?: string;
}

export interface LoadedKey {
  signer: LogSigner;
  path: string;
  created: boolean;
  /** Things an operator should fix (e.g. a key file readable by others). */
  warnings: string[];
}

export const KEY_FILE_NAME = 'ledger-signing.key';

/** Reads the configured key, or the data-dir key, creating it (0600) on first start. */
export function loadOrCreateSigningKey(opts: KeyLoadOptions): LoadedKey {
  const warnings: string[] = [];
  const check = (path: string) => {
    if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) warnings.push(`signing key ${path} is readable by other users; run chmod 600 on it`);
  };
  if (opts.keyFile) {
    const signer = LogSigner.parse(readFileSync(opts.keyFile, 'utf8'));
    check(opts.keyFile);
    if (signer.name !== opts.name) warnings.push(`signing key is named "${signer.name}" but the log origin is "${opts.name}"`);
    return { signer, path: opts.keyFile, created: false, warnings };
  }
  if (!opts.dataDir) throw new Error('either keyFile or dataDir is required');
  const path = join(opts.dataDir, KEY_FILE_NAME);
  if (existsSync(path)) {
    const signer = LogSigner.parse(readFileSync(path, 'utf8'));
    check(path);
    if (signer.name !== opts.name) warnings.push(`signing key is named "${signer.name}" but the log origin is "${opts.name}"`);
    return { signer, path, created: false, warnings };
  }
  mkdirSync(dirname(path), { recursive: true });
  const signer = LogSigner.generate(opts.name);
  // 'wx': fail rather than overwrite if another process created it meanwhile.
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateSigningKey(opts);
    throw e;
  }
  try {
    writeSync(fd, signer.serialize());
  } finally {
    closeSync(fd);
  }
  chmodSync(path, 0o600);
  return { signer, path, created: true, warnings };
}
