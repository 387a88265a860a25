/**
 * A witness's own Ed25519 key, kept by the panel on its own machine.
 *
 * Key file (the Go `note` signer layout, with the cosignature type byte):
 *   PRIVATE+KEY+<name>+<hex keyid>+<base64(0x04 || 32-byte seed)>
 * Public key: the witness vkey `<name>+<hex keyid>+<base64(0x04 || pubkey)>`.
 */
import { sign as edSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  looseKeyWarning,
  newEd25519,
  parseSeededKey,
  SeededKey,
  writeNewKeyFile,
  type KeyFileKind,
} from '../keys/key-file';
import {
  COSIGNATURE_ALG,
  cosignatureKeyId,
  cosignatureLine,
  cosignedMessage,
  formatWitnessVkey,
  witnessKey,
  type WitnessKey,
} from '../verify/cosignature';
import { validKeyName } from '../verify/note';

const WITNESS_KEY_FILE: KeyFileKind = {
  type: COSIGNATURE_ALG,
  file: 'witness key file',
  wrongType: 'not a witness key: a witness key has type byte 0x04 (the log signing key cannot cosign)',
  damaged: 'the witness key file is damaged: its key ID does not match the key',
  keyIdOf: cosignatureKeyId,
};

export class WitnessSigner extends SeededKey {
  static generate(name: string): WitnessSigner {
    if (!validKeyName(name))
      throw new Error(
        `"${name}" is not a valid key name: no spaces and no "+" (for example panel.kent.example/witness)`,
      );
    return new WitnessSigner(name, newEd25519(), WITNESS_KEY_FILE);
  }

  static parse(text: string): WitnessSigner {
    return parseSeededKey(text, WITNESS_KEY_FILE, (name, pair) => new WitnessSigner(name, pair, WITNESS_KEY_FILE));
  }

  get vkey(): string {
    return formatWitnessVkey(this.name, this.publicKey);
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
  const signer = WitnessSigner.generate(name);
  writeNewKeyFile(path, signer.serialize());
  return signer;
}

export function readWitnessKeyFile(path: string): { signer: WitnessSigner; warnings: string[] } {
  return { signer: WitnessSigner.parse(readFileSync(path, 'utf8')), warnings: looseKeyWarning(path, 'witness key') };
}
