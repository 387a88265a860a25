/**
 * One log, one signing identity (INTEGRITY.md "Checkpoints"). The log records its signing
 * keys beside the tree: the first key any instance sealed with, then each rotation, which
 * the outgoing key signs. An instance whose key is not the log's current one refuses to
 * seal, so two instances never publish checkpoints of one log under two keys.
 */
import type { LogKeyRecord, SealerStorage } from '../storage/types';
import { parseVkey, verifyCheckpoint, verifyNote, type NoteVerifierKey } from '../verify/note';
import type { LogSigner } from './signer';

export class SigningKeyMismatch extends Error {
  constructor(mine: string, logs: string) {
    super(
      `this instance's signing key (${mine}) is not the log's (${logs}). Every instance of one log must sign with the log's key: ` +
        'give each the same key file with SIGNING_KEY_PATH (docs/scaling.md), or rotate the key deliberately with `ledger keys rotate-signing`.',
    );
    this.name = 'SigningKeyMismatch';
  }
}

const ROTATION_HEADER = 'governance-ledger key rotation v1';

/** The body the outgoing key signs: which key takes over, from which tree size. */
export function rotationBody(origin: string, next: string, fromSize: number): string {
  return `${ROTATION_HEADER}\n${origin}\n${next}\n${fromSize}\n`;
}

/**
 * Checks that `signer` may seal this log, recording it as the log's key if the log has none
 * yet (the first instance to seal claims the log; a log sealed before keys were recorded is
 * claimed only by the key its latest checkpoint verifies with). Throws SigningKeyMismatch.
 */
export async function claimLogKey(
  storage: SealerStorage,
  signer: LogSigner,
  clock: () => Date = () => new Date(),
): Promise<LogKeyRecord[]> {
  let keys = await storage.logKeys();
  if (keys.length === 0) {
    const latest = await storage.latestCheckpoint();
    if (latest) {
      try {
        verifyCheckpoint(latest.note, [signer.verifier()]);
      } catch {
        throw new SigningKeyMismatch(signer.vkey, `the key that signed its checkpoint of size ${latest.size}`);
      }
    }
    keys = await storage.recordLogKey({
      seq: 0,
      vkey: signer.vkey,
      fromSize: 0,
      recordedAt: clock().toISOString(),
      statement: null,
    });
  }
  const current = keys[keys.length - 1];
  if (current.vkey !== signer.vkey) throw new SigningKeyMismatch(signer.vkey, current.vkey);
  return keys;
}

/**
 * Rotates the log's key: `current` (the log's key) signs a statement naming `next` and the
 * tree size from which checkpoints are signed by it; the rotation is recorded. Instances must
 * then be given the new key; those still holding the old one refuse to seal.
 */
export async function rotateLogKey(
  storage: SealerStorage,
  origin: string,
  current: LogSigner,
  next: LogSigner,
  clock: () => Date = () => new Date(),
): Promise<LogKeyRecord[]> {
  const keys = await claimLogKey(storage, current, clock);
  const fromSize = ((await storage.latestCheckpoint())?.size ?? 0) + 1;
  const record = {
    seq: keys.length,
    vkey: next.vkey,
    fromSize,
    recordedAt: clock().toISOString(),
    statement: current.signNote(rotationBody(origin, next.vkey, fromSize)),
  };
  const after = await storage.recordLogKey(record);
  if (after[after.length - 1].vkey !== next.vkey)
    throw new Error('another rotation was recorded at the same time; check `GET /v1/ledger/keys`');
  return after;
}

/**
 * The keys a verifier who pins `pinned` (the log's first key) should trust: each rotation is
 * followed only if the key before it signed it. Throws on a broken chain.
 */
export function followRotations(
  pinned: NoteVerifierKey,
  records: readonly LogKeyRecord[],
  origin?: string,
): NoteVerifierKey[] {
  const trusted = [pinned];
  for (const r of records.slice(1)) {
    if (!r.statement) throw new Error(`key ${r.seq} (${r.vkey}) was recorded without a rotation statement`);
    const { body } = verifyNote(r.statement, [trusted[trusted.length - 1]]);
    const [header, o, next, size] = body.split('\n');
    if (
      header !== ROTATION_HEADER ||
      next !== r.vkey ||
      Number(size) !== r.fromSize ||
      (origin !== undefined && o !== origin)
    ) {
      throw new Error(`the rotation statement of key ${r.seq} does not name ${r.vkey} from size ${r.fromSize}`);
    }
    trusted.push(parseVkey(r.vkey));
  }
  return trusted;
}
