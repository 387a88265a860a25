/**
 * The log's Ed25519 signing key and checkpoint signing (C2SP signed-note).
 *
 * Key file format (the Go `note` signer key format):
 *   PRIVATE+KEY+<name>+<hex keyid>+<base64(0x01 || 32-byte seed)>
 * Public key: C2SP vkey `<name>+<hex keyid>+<base64(0x01 || pubkey)>`.
 */
import { sign as edSign } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ED25519_ALG, formatVkey, keyIdOf, validKeyName, verifierKey, type NoteVerifierKey } from '../verify/note';
import {
  ed25519FromSeed,
  looseKeyWarning,
  newEd25519,
  parseSeededKey,
  SeededKey,
  writeNewKeyFile,
  type Ed25519Pair,
  type KeyFileKind,
} from './key-file';

const SIGNING_KEY_FILE: KeyFileKind = {
  type: ED25519_ALG,
  file: 'signing key file',
  wrongType: 'the signing key is not an Ed25519 key',
  damaged: 'the signing key file is damaged: its key ID does not match the key',
  keyIdOf,
};

export class LogSigner extends SeededKey {
  static generate(name: string): LogSigner {
    return LogSigner.of(name, newEd25519());
  }

  static fromSeed(name: string, seed: Uint8Array): LogSigner {
    return LogSigner.of(name, ed25519FromSeed(seed));
  }

  private static of(name: string, pair: Ed25519Pair): LogSigner {
    if (!validKeyName(name)) throw new Error(`"${name}" is not a valid key name: no spaces and no "+"`);
    return new LogSigner(name, pair, SIGNING_KEY_FILE);
  }

  /** Parses the private key file text. */
  static parse(text: string): LogSigner {
    return parseSeededKey(text, SIGNING_KEY_FILE, (name, pair) => LogSigner.of(name, pair));
  }

  get vkey(): string {
    return formatVkey(this.name, this.publicKey);
  }

  verifier(): NoteVerifierKey {
    return verifierKey(this.name, this.publicKey);
  }

  /** Signs a note body (every line ending in "\n") and returns the whole signed note. */
  signNote(body: string): string {
    if (!body.endsWith('\n') || body.includes('\n\n'))
      throw new Error('a note body is non-empty lines, each ending in a newline');
    const sig = edSign(null, Buffer.from(body, 'utf8'), this.privateKey);
    return `${body}\n\u2014 ${this.name} ${Buffer.concat([this.keyId, sig]).toString('base64')}\n`;
  }
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
  const check = (path: string) => warnings.push(...looseKeyWarning(path, 'signing key'));
  if (opts.keyFile) {
    const signer = LogSigner.parse(readFileSync(opts.keyFile, 'utf8'));
    check(opts.keyFile);
    if (signer.name !== opts.name)
      warnings.push(`signing key is named "${signer.name}" but the log origin is "${opts.name}"`);
    return { signer, path: opts.keyFile, created: false, warnings };
  }
  if (!opts.dataDir) throw new Error('either keyFile or dataDir is required');
  const path = join(opts.dataDir, KEY_FILE_NAME);
  if (existsSync(path)) {
    const signer = LogSigner.parse(readFileSync(path, 'utf8'));
    check(path);
    if (signer.name !== opts.name)
      warnings.push(`signing key is named "${signer.name}" but the log origin is "${opts.name}"`);
    return { signer, path, created: false, warnings };
  }
  const signer = LogSigner.generate(opts.name);
  try {
    writeNewKeyFile(path, signer.serialize());
  } catch (e) {
    // Another process created it meanwhile: use theirs.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateSigningKey(opts);
    throw e;
  }
  return { signer, path, created: true, warnings };
}
