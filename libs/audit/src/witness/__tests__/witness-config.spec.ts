/** WITNESS_KEYS: which panels' witness keys a ledger accepts cosignatures from. */
import { LogSigner } from '../../keys/signer';
import { parseWitnessConfig } from '../collector';
import { WitnessSigner } from '../witness-key';

describe('WITNESS_KEYS', () => {
  const kent = WitnessSigner.generate('panel.kent.example/witness');
  const kentNext = WitnessSigner.generate('panel.kent.example/witness-2027');
  const essex = WitnessSigner.generate('panel.essex.example/witness');

  it('reads force-area=vkey entries separated by spaces, commas or new lines, a force area may hold two keys', () => {
    const w = parseWitnessConfig(`kent=${kent.vkey}, kent=${kentNext.vkey}\n essex=${essex.vkey}`);
    expect(w.map((x) => [x.forceArea, x.key.name, x.vkey])).toEqual([
      ['kent', kent.name, kent.vkey],
      ['kent', kentNext.name, kentNext.vkey],
      ['essex', essex.name, essex.vkey],
    ]);
    expect(w[0].key.label).toBe('kent');
    expect(parseWitnessConfig(null)).toEqual([]);
    expect(parseWitnessConfig('  ')).toEqual([]);
  });

  it('refuses what would silently accept the wrong cosignatures', () => {
    expect(() => parseWitnessConfig(kent.vkey)).toThrow(/must be <force-area>=<witness vkey>/);
    expect(() => parseWitnessConfig(`Kent=${kent.vkey}`)).toThrow(/not a force area id/);
    expect(() => parseWitnessConfig(`kent=${LogSigner.generate('governance-ledger.example/kent').vkey}`)).toThrow(
      /type byte 0x04/,
    );
    expect(() => parseWitnessConfig(`kent=${kent.vkey.replace(/\+[0-9a-f]{8}\+/, '+00000000+')}`)).toThrow(
      /does not match/,
    );
    expect(() => parseWitnessConfig(`kent=${kent.vkey} essex=${kent.vkey}`)).toThrow(/twice/);
  });
});
