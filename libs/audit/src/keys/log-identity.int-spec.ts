/**
 * One log, one signing identity (INTEGRITY.md "Checkpoints"): the first key to seal claims
 * the log, another key refuses to seal, and a rotation is a recorded act, signed by the
 * outgoing key, that verifiers follow from the key they pinned.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteSealerStorage } from '../storage/sqlite';
import { formatCheckpointBody } from '../verify/note';
import { claimLogKey, followRotations, rotateLogKey, rotationBody, SigningKeyMismatch } from './log-identity';
import { LogSigner } from './signer';

const ORIGIN = 'governance-ledger.test/kent';

describe("the log's signing identity", () => {
  let dir: string;
  let storage: SqliteSealerStorage;
  const a = LogSigner.generate(ORIGIN);
  const b = LogSigner.generate(ORIGIN);
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-keys-'));
    storage = await SqliteSealerStorage.open(join(dir, 'ledger.sqlite'));
  });
  afterEach(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is claimed by the first key to seal; an instance with another key refuses to seal, naming both keys', async () => {
    expect((await claimLogKey(storage, a)).map((k) => k.vkey)).toEqual([a.vkey]);
    await expect(claimLogKey(storage, a)).resolves.toHaveLength(1);
    const refused = claimLogKey(storage, b);
    await expect(refused).rejects.toThrow(SigningKeyMismatch);
    await expect(refused).rejects.toThrow(a.vkey);
  });

  it('a log sealed before keys were recorded is claimed only by the key its checkpoint verifies with', async () => {
    const root = Buffer.alloc(32, 1);
    await storage.addCheckpoint({
      size: 1,
      root,
      streamsRoot: root,
      streamsSize: 1,
      note: a.signNote(formatCheckpointBody(ORIGIN, 1, root, root)),
      issuedAt: new Date().toISOString(),
    });
    await expect(claimLogKey(storage, b)).rejects.toThrow(SigningKeyMismatch);
    await expect(claimLogKey(storage, a)).resolves.toHaveLength(1);
  });

  it('rotation: the outgoing key signs the new one in; the old key then refuses to seal, and verifiers pinning the first key follow', async () => {
    await claimLogKey(storage, a);
    const keys = await rotateLogKey(storage, ORIGIN, a, b);
    expect(keys.map((k) => k.vkey)).toEqual([a.vkey, b.vkey]);
    await expect(claimLogKey(storage, a)).rejects.toThrow(SigningKeyMismatch);
    await expect(claimLogKey(storage, b)).resolves.toHaveLength(2);
    expect(followRotations(a.verifier(), keys, ORIGIN).map((k) => k.keyId.toString('hex'))).toEqual([
      a.keyId.toString('hex'),
      b.keyId.toString('hex'),
    ]);
  });

  it('a rotation not signed by the outgoing key is not followed', async () => {
    await claimLogKey(storage, a);
    const forged = await storage.recordLogKey({
      seq: 1,
      vkey: b.vkey,
      fromSize: 1,
      recordedAt: new Date().toISOString(),
      statement: b.signNote(rotationBody(ORIGIN, b.vkey, 1)),
    });
    expect(() => followRotations(a.verifier(), forged, ORIGIN)).toThrow(/not signed by any key you trust/);
  });
});
