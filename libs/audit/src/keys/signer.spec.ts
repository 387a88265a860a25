import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  keyIdOf,
  parseVkey,
  verifyNote,
  parseCheckpointBody,
  formatCheckpointBody,
  keyFingerprint,
} from '../verify/note';
import { LogSigner, loadOrCreateSigningKey, KEY_FILE_NAME } from './signer';
import { createHash } from 'node:crypto';

describe('log signing key and signed notes', () => {
  it('computes the key ID as SHA-256(name || 0x0A || 0x01 || pubkey)[:4] and round-trips vkeys with any base64', () => {
    for (let i = 0; i < 50; i++) {
      const s = LogSigner.generate('governance-ledger.example/kent');
      const expected = createHash('sha256')
        .update(Buffer.concat([Buffer.from('governance-ledger.example/kent\n\x01', 'latin1'), s.publicKey]))
        .digest()
        .subarray(0, 4);
      expect(s.keyId.equals(expected)).toBe(true);
      expect(keyIdOf(s.name, s.publicKey).equals(expected)).toBe(true);
      const vk = parseVkey(s.vkey);
      expect(vk.publicKey.equals(s.publicKey)).toBe(true);
      expect(LogSigner.parse(s.serialize()).vkey).toBe(s.vkey);
      expect(s.fingerprint).toBe(keyFingerprint(s.publicKey));
    }
  });

  it('signs a C2SP note with an em-dash signature line that verifies only with the pinned key', () => {
    const s = LogSigner.generate('log.example');
    const body = formatCheckpointBody('log.example', 5n, Buffer.alloc(32, 1), Buffer.alloc(32, 2));
    const note = s.signNote(body);
    expect(note.startsWith(body + '\n\u2014 log.example ')).toBe(true);
    expect(verifyNote(note, [s.verifier()]).body).toBe(body);
    const cp = parseCheckpointBody(body);
    expect(cp.size).toBe(5n);
    expect(cp.streamsRoot?.equals(Buffer.alloc(32, 2))).toBe(true);
    // Unknown keys are ignored; a note with only unknown signatures is rejected.
    const other = LogSigner.generate('other.example');
    const both = note + other.signNote(body).split('\n\n')[1];
    expect(verifyNote(both, [s.verifier()]).verifiedBy).toEqual(['log.example']);
    expect(() => verifyNote(note, [other.verifier()])).toThrow(/not signed by any key you trust/);
    // A known key with a bad signature rejects the note even if another known key is fine.
    const badSig = note.replace(/ (\S+)\n$/, (_, b64: string) => {
      const b = Buffer.from(b64, 'base64');
      b[10] ^= 1;
      return ` ${b.toString('base64')}\n`;
    });
    expect(() => verifyNote(badSig + other.signNote(body).split('\n\n')[1], [s.verifier(), other.verifier()])).toThrow(
      /does not match the note/,
    );
  });

  it('creates the key once in the data dir with mode 0600 and reads it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-key-'));
    try {
      const a = loadOrCreateSigningKey({ name: 'log.example', dataDir: dir });
      expect(a.created).toBe(true);
      expect(statSync(join(dir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
      const b = loadOrCreateSigningKey({ name: 'log.example', dataDir: dir });
      expect(b.created).toBe(false);
      expect(b.signer.vkey).toBe(a.signer.vkey);
      expect(b.warnings).toEqual([]);
      // A configured path wins; loose permissions are reported.
      const path = join(dir, 'configured.key');
      writeFileSync(path, LogSigner.generate('log.example').serialize());
      chmodSync(path, 0o644);
      const c = loadOrCreateSigningKey({ name: 'log.example', dataDir: dir, keyFile: path });
      expect(c.signer.vkey).not.toBe(a.signer.vkey);
      expect(c.warnings.join()).toMatch(/chmod 600/);
      expect(readFileSync(path, 'utf8')).toMatch(/^PRIVATE\+KEY\+log\.example\+[0-9a-f]{8}\+/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
