/**
 * A witness's own Ed25519 key, kept by the panel on its own machine.
 *
 * Key file (the Go `note` signer layout, with the cosignature type byte):
 *   PRIVATE+KEY+<name>+<hex keyid>+<base64(0x04 || 32-byte seed)>
 * Public key: the witness vkey `<name>+<hex keyid>+<base64(0x04 || pubkey)>`.
 */
import { createPrivateKey, generateKeyPairSync, sign as edSign, type KeyObject } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { COSIGNATURE_ALG, cosignatureKeyId, cosignatureLine, cosignedMessage, formatWitnessVkey, witnessKey, type WitnessKey } from '../verify/cosignature';
import { keyFingerprint, validKeyName } from '../verify/note';

export class WitnessSigner {
  readonly keyId: Buffer;
  private constructor(
    readonly name: string,
    private readonly privateKey: KeyObject,
    readonly publicKey: Buffer,
    private readonly seed: Buffer,
  ) {
    this.keyId = cosignatureKeyId(name, publicKey);
  }

  static generate(name: string): WitnessSigner {
    if (!validKeyName(name)) throw new Error(`"${name}" is not a valid key name: no spaces and no "+" (for example panel.kent.example/witness)`);
    const { privateKey } = generateKeyPairSync('ed25519');
    const jwk = privateKey.export({ format: 'jwk' });
    return new WitnessSigner(name, privateKey, Buffer.from(jwk.x as string, 'base64url'), Buffer.from(jwk.d as string, 'base64url'));
  }

  static parse(text: string): WitnessSigner {
    const m = /^PRIVATE\+KEY\+([^+\s]+)\+([0-9a-f]{8})\+(\S+)$/.exec(text.trim());
    if (!m) throw new Error('not a witness key file (expected PRIVATE+KEY+<name>+<keyid>+<key>)');
    const [, name, hexId, b64] = m;
    const raw = Buffer.from(b64, 'base64');
    if (raw.length !== 33 || raw[0] !== COSIGNATURE_ALG) throw new Error('not a witness key: a witness key has type byte 0x04 (the log signing key cannot cosign)');
    const seed = raw.subarray(1);
    const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
    const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    const pub = Buffer.from(privateKey.export({ format: 'jwk' }).x as string, 'base64url');
    const signer = new WitnessSigner(name, privateKey, pub, Buffer.from(seed));
    if (signer.keyId.toString('hex') !== hexId) throw new Error('the witness key file is damaged: its key ID does not match the key');
    return signer;
  }

  serialize(): string {
    return `PRIVATE+KEY+${this.name}+${this.keyId.toString('hex')}+${Buffer.concat([Buffer.from([COSIGNATURE_ALG]), this.seed]).toString('base64')}\n`;
  }

  get vkey(): string {
    return formatWitnessVkey(this.name, this.publicKey);
  }

  get fingerprint(): string {
    return keyFingerprint(this.publicKey);
  }

  verifier(): WitnessKey {
    return witnessKey(this.name, this.publicKey);
  }

  /** A tlog-cosignature/v1 signature line over a checkpoint body, dated `timestamp` (POSIX seconds). */
  cosign(body: string, timestamp: number): string {
    const sig = edSign(null, cosignedMessage(body, timestamp), this.privateKey);
    return cosignatureLine(this.name, this.keyId, timestamp, sig);
  }
}

/** Writes a new key file with mode 0600; never overwrites one. */
export function createWitnessKeyFile(path: string, name: string): WitnessSigner {
  mkdirSync(dirname(path), { recursive: true });
  const signer = WitnessSigner.generate(name);
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, signer.serialize());
  } finally {
    closeSync(fd);
  }
  return signer;
}

export function readWitnessKeyFile(path: string): { signer: WitnessSigner; warnings: string[] } {
  const signer = WitnessSigner.parse(readFileSync(path, 'utf8'));
  const warnings = process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0 ? [`witness key ${path} is readable by other users; run chmod 600 on it`] : [];
  return { signer, warnings };
}
