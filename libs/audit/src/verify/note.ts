/**
 * C2SP signed-note and tlog-checkpoint parsing and verification, Ed25519 only.
 *
 *   note      = body "\n" signature-line+
 *   body      = one or more lines, each ending in "\n"
 *   signature = "— " key-name " " base64(keyID(4) || ed25519-signature(64)) "\n"
 *   keyID     = SHA-256(name || 0x0A || 0x01 || pubkey)[:4]
 *   vkey      = name "+" hex(keyID) "+" base64(0x01 || pubkey)
 *
 * Verifiers pin their keys: a key that arrives inside an export is never trusted.
 */
import { createHash, createPublicKey, verify as edVerify, type KeyObject } from 'node:crypto';

export const ED25519_ALG = 0x01;
const EM_DASH = '\u2014';
const SIG_PREFIX = `${EM_DASH} `;
const MAX_SIGNATURES = 100;
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export class NoteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoteError';
  }
}

export function validKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+]/u.test(name) && !name.includes('\u2014');
}

export function keyIdOf(name: string, publicKey: Uint8Array): Buffer {
  if (publicKey.length !== 32) throw new NoteError('an Ed25519 public key is 32 bytes');
  return createHash('sha256')
    .update(Buffer.from(name, 'utf8'))
    .update(Buffer.from([0x0a, ED25519_ALG]))
    .update(publicKey)
    .digest()
    .subarray(0, 4);
}

export interface NoteVerifierKey {
  name: string;
  keyId: Buffer;
  /** Raw 32-byte Ed25519 public key. */
  publicKey: Buffer;
  key: KeyObject;
}

export function publicKeyObject(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export function verifierKey(name: string, publicKey: Uint8Array): NoteVerifierKey {
  if (!validKeyName(name)) throw new NoteError(`"${name}" is not a valid key name (no spaces, no "+")`);
  const pk = Buffer.from(publicKey);
  return { name, keyId: keyIdOf(name, pk), publicKey: pk, key: publicKeyObject(pk) };
}

/** C2SP vkey text: name+hexkeyid+base64(0x01||pubkey). */
export function formatVkey(name: string, publicKey: Uint8Array): string {
  return `${name}+${keyIdOf(name, publicKey).toString('hex')}+${Buffer.concat([Buffer.from([ED25519_ALG]), publicKey]).toString('base64')}`;
}

/** Parses a vkey; checks that its key ID matches the key. */
export function parseVkey(text: string): NoteVerifierKey {
  const t = text.trim();
  // The base64 key may itself contain '+': split on the first two only.
  const m = /^([^+\s]+)\+([0-9a-f]{8})\+(\S+)$/.exec(t);
  if (!m) throw new NoteError('a public key must look like <name>+<8 hex digits>+<base64 key>');
  const [, name, hexId, b64] = m;
  if (!/^[0-9a-f]{8}$/.test(hexId)) throw new NoteError('the key ID in the public key must be 8 lower-case hex digits');
  const raw = decodeBase64Strict(b64, 'public key');
  if (raw.length !== 33 || raw[0] !== ED25519_ALG)
    throw new NoteError('only Ed25519 public keys (algorithm byte 0x01, 32 bytes) are supported');
  const vk = verifierKey(name, raw.subarray(1));
  if (vk.keyId.toString('hex') !== hexId)
    throw new NoteError(`the key ID ${hexId} does not match the key (expected ${vk.keyId.toString('hex')})`);
  return vk;
}

/** SHA-256 of the raw public key, lower-case hex: the fingerprint people compare. */
export function keyFingerprint(publicKey: Uint8Array): string {
  return createHash('sha256').update(publicKey).digest('hex');
}

export function decodeBase64Strict(s: string, what: string): Buffer {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s))
    throw new NoteError(`${what} is not valid base64`);
  const bytes = Buffer.from(s, 'base64');
  // The last character before '=' has spare bits; a decoder ignores them, so two spellings
  // would verify the same and a changed byte in the file would go unseen. Only one is allowed.
  if (bytes.toString('base64') !== s) throw new NoteError(`${what} is not canonical base64`);
  return bytes;
}

export interface NoteSignature {
  name: string;
  keyId: Buffer;
  signature: Buffer;
}

export interface ParsedNote {
  /** The signed text: every body line including its final newline. */
  body: string;
  signatures: NoteSignature[];
}

export function parseNote(text: string): ParsedNote {
  if (typeof text !== 'string') throw new NoteError('the signed note is missing');
  if (!text.endsWith('\n')) throw new NoteError('the signed note does not end with a newline');
  const split = text.lastIndexOf('\n\n');
  if (split < 0) throw new NoteError('the signed note has no blank line before its signatures');
  const body = text.slice(0, split + 1);
  if (body.length === 0) throw new NoteError('the signed note has an empty body');
  const sigLines = text.slice(split + 2, -1).split('\n');
  if (sigLines.length > MAX_SIGNATURES) throw new NoteError('the signed note has too many signatures');
  const signatures = sigLines.map((line) => {
    if (!line.startsWith(SIG_PREFIX))
      throw new NoteError(`a signature line must start with "${SIG_PREFIX}" (em dash and space)`);
    const rest = line.slice(SIG_PREFIX.length);
    const sp = rest.indexOf(' ');
    if (sp <= 0) throw new NoteError('a signature line must be "— <name> <base64>"');
    const name = rest.slice(0, sp);
    const blob = decodeBase64Strict(rest.slice(sp + 1), 'a signature');
    if (blob.length < 5) throw new NoteError('a signature is too short');
    return { name, keyId: blob.subarray(0, 4), signature: blob.subarray(4) };
  });
  return { body, signatures };
}

/**
 * Verifies a signed note against pinned keys. Unknown keys are ignored; a known key
 * whose signature fails rejects the note; at least one known key must have signed.
 * Returns the body and the names of the keys that verified.
 */
export function verifyNote(text: string, trusted: readonly NoteVerifierKey[]): { body: string; verifiedBy: string[] } {
  const note = parseNote(text);
  const verifiedBy: string[] = [];
  const msg = Buffer.from(note.body, 'utf8');
  for (const sig of note.signatures) {
    const key = trusted.find((k) => k.name === sig.name && k.keyId.equals(sig.keyId));
    if (!key) continue;
    const ok = sig.signature.length === 64 && edVerify(null, msg, key.key, sig.signature);
    if (!ok)
      throw new NoteError(
        `the signature by trusted key "${key.name}" (${key.keyId.toString('hex')}) does not match the note: the checkpoint was altered or forged`,
      );
    if (!verifiedBy.includes(key.name)) verifiedBy.push(key.name);
  }
  if (verifiedBy.length === 0) {
    const names = note.signatures.map((s) => `${s.name} (${s.keyId.toString('hex')})`).join(', ');
    throw new NoteError(`the checkpoint is not signed by any key you trust (it is signed by: ${names || 'nobody'})`);
  }
  return { body: note.body, verifiedBy };
}

export interface Checkpoint {
  origin: string;
  size: bigint;
  root: Buffer;
  /** Root of the stream-heads tree, from the `streams` extension line. */
  streamsRoot: Buffer | null;
  extensions: string[];
}

/** Parses a tlog-checkpoint body (not the signatures). */
export function parseCheckpointBody(body: string): Checkpoint {
  if (!body.endsWith('\n')) throw new NoteError('the checkpoint body must end with a newline');
  const lines = body.slice(0, -1).split('\n');
  if (lines.length < 3) throw new NoteError('a checkpoint has at least three lines: origin, size and root');
  const [origin, sizeText, rootText, ...extensions] = lines;
  if (origin.length === 0) throw new NoteError('the checkpoint origin is empty');
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText))
    throw new NoteError(`the checkpoint tree size "${sizeText}" is not a decimal number`);
  const root = decodeBase64Strict(rootText, 'the checkpoint root');
  if (root.length !== 32) throw new NoteError('the checkpoint root is not a 32-byte hash');
  let streamsRoot: Buffer | null = null;
  for (const ext of extensions) {
    if (ext.length === 0) throw new NoteError('the checkpoint has an empty extension line');
    if (ext.startsWith('streams ')) {
      if (streamsRoot) throw new NoteError('the checkpoint has two streams lines');
      streamsRoot = decodeBase64Strict(ext.slice('streams '.length), 'the stream-heads root');
      if (streamsRoot.length !== 32) throw new NoteError('the stream-heads root is not a 32-byte hash');
    }
  }
  return { origin, size: BigInt(sizeText), root, streamsRoot, extensions };
}

export function formatCheckpointBody(
  origin: string,
  size: bigint | number,
  root: Uint8Array,
  streamsRoot: Uint8Array,
): string {
  if (origin.length === 0 || origin.includes('\n')) throw new NoteError('the origin must be one non-empty line');
  return `${origin}\n${BigInt(size).toString()}\n${Buffer.from(root).toString('base64')}\nstreams ${Buffer.from(streamsRoot).toString('base64')}\n`;
}

/** Verifies the signature, then parses the checkpoint. */
export function verifyCheckpoint(
  noteText: string,
  trusted: readonly NoteVerifierKey[],
  expectedOrigin?: string,
): Checkpoint & { verifiedBy: string[] } {
  const { body, verifiedBy } = verifyNote(noteText, trusted);
  const cp = parseCheckpointBody(body);
  if (expectedOrigin !== undefined && cp.origin !== expectedOrigin)
    throw new NoteError(`the checkpoint is for log "${cp.origin}", not "${expectedOrigin}"`);
  return { ...cp, verifiedBy };
}
