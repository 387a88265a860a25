/**
 * The seal of an export: a signed note, by the log's key, over the SHA-256 of every
 * byte the exporter wrote before the trailer and of the trailer without its seal.
 * Proofs show that each event is in the signed log; the seal shows that the header's
 * claims (scope, completeness, counts, key) and every other byte are as the ledger
 * wrote them, so editing any of it fails.
 *
 * The note body has two lines, so a seal can never pass for a checkpoint (at least
 * three lines), and a checkpoint never starts with the seal's title line.
 */
import { createHash, type Hash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { verifyNote, type NoteVerifierKey } from './note';

export const SEAL_TITLE = 'governance-ledger-export seal v2';

export class SealDigest {
  private readonly hash: Hash = createHash('sha256');

  /** One line of the file as written, without its newline. */
  addLine(line: string): void {
    this.hash.update(line, 'utf8');
    this.hash.update('\n', 'utf8');
  }

  /** Bytes of the file as written: whole lines, each with its newline. */
  addBytes(bytes: Uint8Array): void {
    this.hash.update(bytes);
  }

  /** The digest the seal signs; `trailer` is the trailer without its `seal` field. */
  finish(trailer: object): Buffer {
    const text = canonicalize(trailer);
    if (text === undefined) throw new Error('the trailer cannot be canonicalised');
    return this.hash.update(Buffer.from(text, 'utf8')).digest();
  }
}

export function sealBody(digest: Uint8Array): string {
  return `${SEAL_TITLE}\n${Buffer.from(digest).toString('hex')}\n`;
}

/** Returns the names of the trusted keys that sealed `digest`, or a plain-English reason. */
export function checkSeal(
  note: unknown,
  digest: Uint8Array,
  trusted: readonly NoteVerifierKey[],
): { verifiedBy: string[] } | { problem: string } {
  if (typeof note !== 'string')
    return {
      problem: 'The trailer has no seal, so the header and the lines cannot be shown to be as the ledger wrote them.',
    };
  let signed: { body: string; verifiedBy: string[] };
  try {
    signed = verifyNote(note, trusted);
  } catch (e) {
    return { problem: `The export's seal fails (${(e as Error).message.replace('the checkpoint', 'the seal')}).` };
  }
  if (signed.body !== sealBody(digest))
    return {
      problem:
        'The seal does not match the file: some byte of it (the header, an event or the trailer) was changed after the ledger wrote it.',
    };
  return { verifiedBy: signed.verifiedBy };
}
