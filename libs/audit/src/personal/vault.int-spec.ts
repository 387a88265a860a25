import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import { LogSigner } from '../keys/signer';
import { Sealer } from '../sealer/sealer';
import { SqliteSealerStorage } from '../storage/sqlite';
import { newEvent, tempDir } from '../testing/fixtures';
import { checkCommitment } from '../verify/commitment';
import { verifyInclusion } from '../verify/merkle';
import { verifyCheckpoint } from '../verify/note';
import { ERASED, PersonalDataVault, SubjectErased } from './vault';
import { SqliteVaultStorage } from './sqlite-vault';

const PLAINTEXT = 'Jane Q. Complainant, 07700 900123';

function fileBytes(file: string): Buffer {
  const parts = [readFileSync(file)];
  for (const extra of ['-wal', '-journal']) if (existsSync(file + extra)) parts.push(readFileSync(file + extra));
  return Buffer.concat(parts);
}

describe('personal data vault on SQLite (crypto-shredding)', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it('seals, discloses, erases, and leaves no trace of the key, ciphertext or plaintext in the file or WAL', async () => {
    const file = join(t.dir, 'ledger.sqlite');
    const store = await SqliteEventStore.open({ file });
    const vaultStorage = await SqliteVaultStorage.open(file);
    const vault = new PersonalDataVault({ storage: vaultStorage });
    const signer = LogSigner.generate('log.example');
    const sealerStorage = await SqliteSealerStorage.open(file);
    const sealer = await Sealer.open({ source: store, storage: sealerStorage, signer, origin: 'log.example' });

    const ev = newEvent(1);
    const other = newEvent(2);
    const name = await vault.seal({
      subjectId: 'subject-1',
      eventId: ev.eventId,
      fieldPath: '/data/complainant',
      value: PLAINTEXT,
    });
    const keep = await vault.seal({
      subjectId: 'subject-2',
      eventId: other.eventId,
      fieldPath: '/data/witness',
      value: 'Someone Else',
    });
    ev.data = { ...ev.data, complainant: name.placeholder as never };
    other.data = { ...other.data, witness: keep.placeholder as never };
    await store.append('complaint-1', [ev, other], 'no-stream');
    await sealer.catchUp();

    // The entry holds only the commitment; a lawful recipient can check (salt, value).
    const [rec] = await (async () => {
      const out = [];
      for await (const e of store.readStream('complaint-1')) out.push(e);
      return out;
    })();
    expect(rec.entryBytes.toString()).not.toContain('Jane');
    const disclosed = await vault.disclose(ev.eventId);
    expect(disclosed).toEqual([{ path: '/data/complainant', salt: expect.any(String), value: PLAINTEXT }]);
    expect(
      checkCommitment(
        JSON.parse(rec.entryBytes.toString()),
        '/data/complainant',
        Buffer.from(disclosed[0].salt, 'base64'),
        PLAINTEXT,
      ),
    ).toBeNull();
    expect(
      checkCommitment(
        JSON.parse(rec.entryBytes.toString()),
        '/data/complainant',
        Buffer.from(disclosed[0].salt, 'base64'),
        'Other Name',
      ),
    ).toMatch(/does not match/);

    const key = (await vaultStorage.subjectKey('subject-1'))!;
    const sealedRow = (await vaultStorage.fieldsOfEvent(ev.eventId))[0];
    expect(fileBytes(file).includes(key)).toBe(true);

    const proofBefore = await sealer.proofs.inclusionProofForEvent(ev.eventId);
    const record = await vault.erase('subject-1');
    expect(record.commitments).toEqual([
      { eventId: ev.eventId, fieldPath: '/data/complainant', commitment: name.commitment.toString('hex') },
    ]);

    expect(await vault.disclose(ev.eventId)).toEqual([]);
    expect(await vault.reveal(ev.eventId, '/data/complainant')).toBe(ERASED);
    expect(await vault.reveal(other.eventId, '/data/witness')).toBe('Someone Else');
    await expect(
      vault.seal({ subjectId: 'subject-1', eventId: ev.eventId, fieldPath: '/data/x', value: 'again' }),
    ).rejects.toThrow(SubjectErased);

    // Nothing of subject 1 is left in the database file or its WAL.
    const bytes = fileBytes(file);
    expect(bytes.includes(Buffer.from(PLAINTEXT))).toBe(false);
    expect(bytes.includes(key)).toBe(false);
    expect(bytes.includes(sealedRow.ciphertext)).toBe(false);

    // The log is untouched: the same leaf, the same proof against the same checkpoint.
    const proofAfter = await sealer.proofs.inclusionProofForEvent(ev.eventId);
    expect(proofAfter.leafHash).toBe(proofBefore.leafHash);
    const cp = verifyCheckpoint(proofAfter.checkpoint.note, [signer.verifier()]);
    verifyInclusion(
      proofAfter.leafIndex,
      proofAfter.treeSize,
      Buffer.from(proofAfter.leafHash, 'hex'),
      proofAfter.proof,
      cp.root,
    );

    await sealerStorage.close();
    await vaultStorage.close();
    await store.close();
  });

  it('wraps subject keys under a master key when one is configured', async () => {
    const file = join(t.dir, 'wrapped.sqlite');
    const storage = await SqliteVaultStorage.open(file);
    const master = Buffer.alloc(32, 7);
    const vault = new PersonalDataVault({ storage, masterKey: master });
    await vault.seal({ subjectId: 's', eventId: 'e1', fieldPath: '/data/a', value: 'v' });
    expect((await storage.subjectKey('s'))!.length).toBe(12 + 32 + 16);
    expect(await vault.reveal('e1', '/data/a')).toBe('v');
    const wrongMaster = new PersonalDataVault({ storage, masterKey: Buffer.alloc(32, 8) });
    await expect(wrongMaster.disclose('e1')).rejects.toThrow();
    await storage.close();
  });
});
