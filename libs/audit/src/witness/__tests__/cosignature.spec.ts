/**
 * tlog-cosignature/v1 and signed notes with several signatures, checked three ways:
 * against cosignatures made by other implementations in production, against the Go
 * sumdb/note reference note, and by an independent verifier written here from the
 * byte layout of the C2SP specs (node:crypto only, none of our parsing code).
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import { LogSigner } from '../../keys/signer';
import { checkWitnessQuorum, formatWitnessVkey, parseWitnessVkey, verifyCosignatures } from '../../verify/cosignature';
import { formatCheckpointBody, parseVkey, verifyNote } from '../../verify/note';
import { WitnessSigner } from '../witness-key';

/** The Kent log's signing key and the witness keys of two panels, new for each test. */
const signers = () => ({
  log: LogSigner.generate('governance-ledger.example/kent'),
  kent: WitnessSigner.generate('panel.kent.example/witness'),
  essex: WitnessSigner.generate('panel.essex.example/witness'),
});

/** A checkpoint body of the Kent log: its size, and the bytes its root hash and the other hash are filled with. */
const kentCheckpoint = (size: number, root: number, other: number) =>
  formatCheckpointBody('governance-ledger.example/kent', size, Buffer.alloc(32, root), Buffer.alloc(32, other));

// A checkpoint of the arche2025h1 staging CT log with cosignatures from public witnesses
// (transcribed from a public test suite of another implementation).
const REAL = `arche2025h1.staging.ct.transparency.dev
1432088532
U7WM79jrzyhGZ5/GUBTpM7NzwdyfFx61t3RovgcC4Ro=

— arche2025h1.staging.ct.transparency.dev zTM8sQAAAZ5W0WdjBAMARjBEAiBjW5IQf9pvsYLfQFX6hoGREPMHbdQ3urbllzalApkptQIgIpwtEroeW2BXaHAI4kJXFbon5Ch9MNL5zRNZ55lvGt0=
— arche2025h1.staging.ct.transparency.dev ui8GwCF1+kWqZrxGdhj4aX3gcw7XUlXQQabg/27lefwhUkzbC3NygNI75MdhL1bfTW9g8Ei59RA23oHP7Ry1k3ZFWwQ=
— transparency.dev/DEV:witness-little-garden 2AQqhwAAAABqEiEgzgFIqqhbUoDwjMWE6UP8nd8/KYTzwZ2rhIgcqoXHAwVkjZr4AscylP3v7sEodkRAErumC2q44vdgJY096st5BQ==
— witness1.smartit.nu/witness1 pIyCDwAAAABqEiEghIp82KWebrw7/oHQwlTAm3g2RKS4+eebl8eO0WH+/iEcxZ75W3u5hNI7TOQtmJbqmNWVuE0tgh0XwzdZsDsUAQ==
— remora.n621.de 2net5wAAAABqEiEgPlfF3V06o0Y+fHM+J5J9s27wgxxcOVSpZ/2g/KSiXCg9DEZI+aVCIobWX9sXTynk5XeU/zZ0WBxtqB0DrAWfBw==
— witness.stagemole.eu Z/euoAAAAABqEiEgw0i+7g2ENfDAWHmtRzCfKTHSDwYDJA2NmKeGi9Y8FtEyOUvVr+AJmIY/2TUFucgKi7lI7cUiOvKFYe/TmN9DAg==
`;
const PUBLIC_WITNESSES = [
  'remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2',
  'transparency.dev/DEV:witness-little-garden+d8042a87+BCtusOxINQNUTN5Oj8HObRkh2yHf/MwYaGX4CPdiVEPM',
  'witness1.smartit.nu/witness1+a48c820f+BPSFWg9G6KPiO7QPryYO5Xq4oYJJ+kAvLKLSimDhoxMO',
  'witness.stagemole.eu+67f7aea0+BEqSG3yu9YrmcM3BHvQYTxwFj3uSWakQepafafpUqklv',
];
const ARCHE_LOG = 'arche2025h1.staging.ct.transparency.dev+ba2f06c0+AU0vHmlGCS/PdN8b2OaGmKprLI8HKM+dJ472xgFYh15f';

/** The independent path: parse and verify straight from the signed-note and tlog-cosignature byte layouts. */
function independentVerify(note: string, vkey: string): { ok: boolean; timestamp?: bigint } {
  const [name, hexId, b64] = [
    vkey.slice(0, vkey.indexOf('+')),
    vkey.split('+')[1],
    vkey.slice(vkey.indexOf('+', vkey.indexOf('+') + 1) + 1),
  ];
  const keyBytes = Buffer.from(b64, 'base64');
  const type = keyBytes[0];
  const pub = keyBytes.subarray(1);
  const id = createHash('sha256')
    .update(Buffer.concat([Buffer.from(name), Buffer.from([0x0a, type]), pub]))
    .digest()
    .subarray(0, 4);
  if (id.toString('hex') !== hexId) return { ok: false };
  const cut = note.lastIndexOf('\n\n');
  const text = note.slice(0, cut + 1);
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: pub.toString('base64url') }, format: 'jwk' });
  for (const line of note
    .slice(cut + 2)
    .split('\n')
    .filter(Boolean)) {
    const m = /^\u2014 (\S+) (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const blob = Buffer.from(m[2], 'base64');
    if (!blob.subarray(0, 4).equals(id)) continue;
    if (type === 0x01) return { ok: verify(null, Buffer.from(text, 'utf8'), key, blob.subarray(4)) };
    const ts = blob.readBigUInt64BE(4);
    const msg = Buffer.concat([Buffer.from(`cosignature/v1\ntime ${ts}\n`), Buffer.from(text, 'utf8')]);
    return { ok: verify(null, msg, key, blob.subarray(12)), timestamp: ts };
  }
  return { ok: false };
}

describe('tlog-cosignature/v1', () => {
  it('accepts the cosignatures public witnesses made on a real checkpoint, and only for that checkpoint', () => {
    const found = verifyCosignatures(REAL, PUBLIC_WITNESSES.map(parseWitnessVkey));
    expect(found.map((f) => f.name).sort()).toEqual([
      'remora.n621.de',
      'transparency.dev/DEV:witness-little-garden',
      'witness.stagemole.eu',
      'witness1.smartit.nu/witness1',
    ]);
    expect(new Set(found.map((f) => f.timestamp)).size).toBe(1);
    expect(found[0].timestamp).toBe(0x6a122120);
    // The log's own Ed25519 line and its ECDSA line are not cosignatures: ignored, not failed.
    expect(verifyCosignatures(REAL, [parseWitnessVkey(PUBLIC_WITNESSES[0])])).toHaveLength(1);
    const clobbered = REAL.replace('1432088532', '1432088533');
    expect(() => verifyCosignatures(clobbered, [parseWitnessVkey(PUBLIC_WITNESSES[0])])).toThrow(
      /does not match the checkpoint/,
    );
    expect(independentVerify(REAL, PUBLIC_WITNESSES[0]).ok).toBe(true);
    expect(independentVerify(REAL, ARCHE_LOG).ok).toBe(true);
  });

  it("keeps the log key (0x01) and a witness key (0x04) apart: neither verifies the other's line", () => {
    expect(() => parseWitnessVkey(ARCHE_LOG)).toThrow(/type byte 0x04/);
    expect(() => parseVkey(PUBLIC_WITNESSES[0])).toThrow(/Ed25519 public keys \(algorithm byte 0x01/);
    expect(verifyNote(REAL, [parseVkey(ARCHE_LOG)]).verifiedBy).toEqual(['arche2025h1.staging.ct.transparency.dev']);
  });

  it('makes a note with several signatures (log and two panels) that the independent verifier accepts line by line', () => {
    const { log, kent, essex } = signers();
    const body = kentCheckpoint(12, 7, 9);
    const note = log.signNote(body) + kent.cosign(body, 1_764_000_000) + essex.cosign(body, 1_764_000_060);
    expect(independentVerify(note, log.vkey)).toEqual({ ok: true });
    expect(independentVerify(note, kent.vkey)).toEqual({ ok: true, timestamp: 1_764_000_000n });
    expect(independentVerify(note, essex.vkey)).toEqual({ ok: true, timestamp: 1_764_000_060n });
    expect(kent.vkey).toBe(formatWitnessVkey(kent.name, kent.publicKey));
    expect(verifyNote(note, [log.verifier()]).verifiedBy).toEqual([log.name]);
    expect(verifyCosignatures(note, [kent.verifier(), essex.verifier()]).map((c) => [c.name, c.timestamp])).toEqual([
      [kent.name, 1_764_000_000],
      [essex.name, 1_764_000_060],
    ]);
    // The key file round-trips, and the log's key file is refused as a witness key.
    expect(WitnessSigner.parse(kent.serialize()).vkey).toBe(kent.vkey);
    expect(() => WitnessSigner.parse(log.serialize())).toThrow(/type byte 0x04/);
  });

  it('rejects a cosignature moved onto another checkpoint, or with a flipped bit, and ignores unknown witnesses', () => {
    const { log, kent } = signers();
    const honest = kentCheckpoint(5, 1, 2);
    const forked = kentCheckpoint(5, 3, 2);
    const line = kent.cosign(honest, 1_764_000_000);
    expect(() => verifyCosignatures(log.signNote(forked) + line, [kent.verifier()])).toThrow(
      /does not match the checkpoint/,
    );
    expect(independentVerify(log.signNote(forked) + line, kent.vkey).ok).toBe(false);
    const blob = Buffer.from(line.trim().split(' ')[2], 'base64');
    for (const bit of [4 * 8, 12 * 8 + 3, blob.length * 8 - 1]) {
      const b = Buffer.from(blob);
      b[bit >> 3] ^= 1 << (bit & 7);
      const bad = `${log.signNote(honest)}\u2014 ${kent.name} ${b.toString('base64')}\n`;
      expect(() => verifyCosignatures(bad, [kent.verifier()])).toThrow(/does not match/);
    }
    const stranger = WitnessSigner.generate('panel.kent.example/witness');
    expect(verifyCosignatures(log.signNote(honest) + line, [stranger.verifier()])).toEqual([]);
  });

  it('counts a quorum of the witnesses the reader pins, never more than one per witness', () => {
    const { log, kent, essex } = signers();
    const body = kentCheckpoint(3, 4, 5);
    const note = log.signNote(body) + kent.cosign(body, 1_764_000_000) + kent.cosign(body, 1_764_000_100);
    expect(checkWitnessQuorum(note, [kent.vkey], 1).failure).toBeUndefined();
    expect(checkWitnessQuorum(note, [kent.vkey, essex.vkey], 2).failure).toMatch(
      /cosigned by only panel\.kent\.example\/witness; you require 2/,
    );
    expect(checkWitnessQuorum(log.signNote(body), [kent.vkey], 1).failure).toMatch(/none of the witnesses you gave/);
    expect(checkWitnessQuorum(note, [kent.vkey], 2).failure).toMatch(/gave only 1 witness key/);
  });
});
