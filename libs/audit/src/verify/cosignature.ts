/**
 * C2SP tlog-cosignature v1 (Ed25519, signature type 0x04): a witness's statement that,
 * as of its timestamp, the checkpoint is the largest consistent tree head it has seen
 * for the log.
 *
 *   signature line = "— " name " " base64(keyID(4) || timestamp(u64 big-endian) || ed25519(64))
 *   keyID          = SHA-256(name || 0x0A || 0x04 || pubkey)[:4]
 *   signed message = "cosignature/v1\n" "time " decimal(timestamp) "\n" checkpoint-body
 *   witness vkey   = name "+" hex(keyID) "+" base64(0x04 || pubkey)
 *
 * The key ID byte differs from the log's (0x01), so a log verifier ignores cosignature
 * lines and a cosignature verifier ignores the log's line: one note carries both.
 */
import { createHash, verify as edVerify } from 'node:crypto';
import { decodeBase64Strict, NoteError, parseNote, publicKeyObject, validKeyName, type NoteVerifierKey } from './note';

export const COSIGNATURE_ALG = 0x04;
const EM_DASH = '\u2014';
/** Timestamps must fit in 63 bits (tlog-cosignature). */
const MAX_TIMESTAMP = (1n << 63n) - 1n;

export interface WitnessKey extends NoteVerifierKey {
  /** Who runs the witness, when configured (e.g. the force area of the panel). */
  label?: string;
}

export function cosignatureKeyId(name: string, publicKey: Uint8Array): Buffer {
  if (publicKey.length !== 32) throw new NoteError('an Ed25519 public key is 32 bytes');
  return createHash('sha256')
    .update(Buffer.from(name, 'utf8'))
    .update(Buffer.from([0x0a, COSIGNATURE_ALG]))
    .update(publicKey)
    .digest()
    .subarray(0, 4);
}

export function witnessKey(name: string, publicKey: Uint8Array): WitnessKey {
  if (!validKeyName(name)) throw new NoteError(`"${name}" is not a valid key name (no spaces, no "+")`);
  const pk = Buffer.from(publicKey);
  return { name, keyId: cosignatureKeyId(name, pk), publicKey: pk, key: publicKeyObject(pk) };
}

/** The witness vkey: name+hex(keyID)+base64(0x04||pubkey). */
export function formatWitnessVkey(name: string, publicKey: Uint8Array): string {
  return `${name}+${cosignatureKeyId(name, publicKey).toString('hex')}+${Buffer.concat([Buffer.from([COSIGNATURE_ALG]), publicKey]).toString('base64')}`;
}

/** Parses a witness vkey (signature type 0x04); checks that its key ID matches the key. */
export function parseWitnessVkey(text: string): WitnessKey {
  const m = /^([^+\s]+)\+([0-9a-f]{8})\+(\S+)$/.exec(text.trim());
  if (!m) throw new NoteError('a witness key must look like <name>+<8 hex digits>+<base64 key>');
  const [, name, hexId, b64] = m;
  const raw = decodeBase64Strict(b64, 'witness key');
  if (raw.length !== 33 || raw[0] !== COSIGNATURE_ALG)
    throw new NoteError('a witness key must be a timestamped Ed25519 cosignature key (type byte 0x04, 32 bytes)');
  const k = witnessKey(name, raw.subarray(1));
  if (k.keyId.toString('hex') !== hexId)
    throw new NoteError(`the key ID ${hexId} does not match the witness key (expected ${k.keyId.toString('hex')})`);
  return k;
}

/** The bytes a v1 cosignature signs. */
export function cosignedMessage(body: string, timestamp: bigint | number): Buffer {
  const ts = BigInt(timestamp);
  if (ts < 0n || ts > MAX_TIMESTAMP) throw new NoteError('a cosignature timestamp must be from 0 to 2^63-1');
  return Buffer.from(`cosignature/v1\ntime ${ts.toString()}\n${body}`, 'utf8');
}

/** Builds a signature line from a witness name, key ID, timestamp and Ed25519 signature. */
export function cosignatureLine(name: string, keyId: Buffer, timestamp: bigint | number, signature: Buffer): string {
  const ts = Buffer.alloc(8);
  ts.writeBigUInt64BE(BigInt(timestamp));
  return `${EM_DASH} ${name} ${Buffer.concat([keyId, ts, signature]).toString('base64')}\n`;
}

export interface Cosignature {
  /** The witness key name. */
  name: string;
  keyId: string;
  label?: string;
  /** POSIX seconds. */
  timestamp: number;
  /** The whole signature line, with its newline. */
  line: string;
}

/**
 * Checks the cosignatures on a signed note from the given witness keys. Unknown keys
 * are ignored (including the log's own line); a known witness key whose cosignature
 * fails rejects the note (signed-note: "clients SHOULD reject the whole note").
 * Returns one entry per witness that cosigned, with its timestamp.
 */
export function verifyCosignatures(noteText: string, witnesses: readonly WitnessKey[], now?: Date): Cosignature[] {
  const note = parseNote(noteText);
  const found: Cosignature[] = [];
  for (const sig of note.signatures) {
    const key = witnesses.find((k) => k.name === sig.name && k.keyId.equals(sig.keyId));
    if (!key) continue;
    if (sig.signature.length !== 8 + 64)
      throw new NoteError(`the cosignature by witness "${key.name}" has the wrong length`);
    const ts = sig.signature.readBigUInt64BE(0);
    if (ts > MAX_TIMESTAMP) throw new NoteError(`the cosignature by witness "${key.name}" has an impossible timestamp`);
    if (now && ts > BigInt(Math.floor(now.getTime() / 1000)) + 600n)
      throw new NoteError(`the cosignature by witness "${key.name}" is dated in the future`);
    const ok = edVerify(null, cosignedMessage(note.body, ts), key.key, sig.signature.subarray(8));
    if (!ok)
      throw new NoteError(
        `the cosignature by witness "${key.name}" (${key.keyId.toString('hex')}) does not match the checkpoint: it was made for another tree, or forged`,
      );
    if (found.some((f) => f.name === key.name && f.keyId === key.keyId.toString('hex'))) continue;
    const line = `${EM_DASH} ${sig.name} ${Buffer.concat([sig.keyId, sig.signature]).toString('base64')}\n`;
    found.push({ name: key.name, keyId: key.keyId.toString('hex'), label: key.label, timestamp: Number(ts), line });
  }
  return found;
}

export interface WitnessQuorum {
  witnessedBy: Cosignature[];
  /** Plain-English reason when the quorum is not met or a cosignature is bad. */
  failure?: string;
}

/**
 * Whether at least `required` of the given witnesses cosigned the checkpoint note.
 * Witness keys are pinned by the reader, never taken from the file.
 */
export function checkWitnessQuorum(
  noteText: string,
  witnesses: ReadonlyArray<string | WitnessKey>,
  required: number,
): WitnessQuorum {
  let keys: WitnessKey[];
  try {
    keys = witnesses.map((w) => (typeof w === 'string' ? parseWitnessVkey(w) : w));
  } catch (e) {
    return { witnessedBy: [], failure: `A witness key could not be read: ${(e as Error).message}.` };
  }
  if (required > keys.length)
    return {
      witnessedBy: [],
      failure: `You require ${required} witnesses but gave only ${keys.length} witness key${keys.length === 1 ? '' : 's'}.`,
    };
  let found: Cosignature[];
  try {
    found = verifyCosignatures(noteText, keys);
  } catch (e) {
    return { witnessedBy: [], failure: `Witness check failed: ${(e as Error).message}.` };
  }
  if (found.length < required) {
    const who = found.length ? `only ${found.map((f) => f.name).join(', ')}` : 'none of the witnesses you gave';
    return {
      witnessedBy: found,
      failure: `The checkpoint was cosigned by ${who}; you require ${required}. No panel has confirmed that this is the history it saw, so the ledger may have shown you a different history from the one it showed others.`,
    };
  }
  return { witnessedBy: found };
}
