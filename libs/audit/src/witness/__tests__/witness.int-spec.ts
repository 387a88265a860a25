/**
 * The witness's rules, against a small real log (RFC 9162 tree, signed checkpoints) and
 * a real state directory: it cosigns only a checkpoint that extends the last one it
 * cosigned, and raises an alarm, with a record on disk, for anything else.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LogSigner } from '../../keys/signer';
import { consistencyProofOf, hashLeaf, rootOf } from '../../verify/merkle';
import { formatCheckpointBody } from '../../verify/note';
import { verifyCosignatures } from '../../verify/cosignature';
import { tempDir } from '../../testing/fixtures';
import { LogRefusedProof, Witness, type LogClient } from '../witness';
import { WitnessSigner } from '../witness-key';
import { StateError, WitnessStateDir } from '../state';

const ORIGIN = 'governance-ledger.example/kent';

/** A log held in memory: leaves, a signer, and what a witness handed back. */
class MemoryLog implements LogClient {
  leaves: Buffer[] = [];
  submitted: string[] = [];
  tamper: ((note: string) => string) | null = null;
  constructor(readonly signer: LogSigner) {}
  append(...data: string[]): void {
    for (const d of data) this.leaves.push(hashLeaf(Buffer.from(d)));
  }
  async latestCheckpoint(): Promise<string> {
    const note = this.signer.signNote(
      formatCheckpointBody(ORIGIN, this.leaves.length, rootOf(this.leaves), Buffer.alloc(32)),
    );
    return this.tamper ? this.tamper(note) : note;
  }
  async consistencyProof(from: number, to: number): Promise<Buffer[]> {
    if (to !== this.leaves.length || from > to) throw new LogRefusedProof(`no checkpoint at ${from}`);
    return consistencyProofOf(this.leaves, from, to);
  }
  async submit(note: string): Promise<void> {
    this.submitted.push(note);
  }
}

describe('the witness', () => {
  let t: ReturnType<typeof tempDir>;
  let log: MemoryLog;
  let panel: WitnessSigner;
  let state: WitnessStateDir;
  let lines: string[];
  let now: number;
  const witness = (client: LogClient = log) =>
    new Witness({
      signer: panel,
      logKey: log.signer.vkey,
      state,
      client,
      clock: () => new Date(now),
      log: (l) => lines.push(l),
    });

  beforeEach(() => {
    t = tempDir('ledger-witness-');
    log = new MemoryLog(LogSigner.generate(ORIGIN));
    panel = WitnessSigner.generate('panel.kent.example/witness');
    state = new WitnessStateDir(join(t.dir, 'w'));
    lines = [];
    now = Date.UTC(2026, 11, 2, 12);
  });
  afterEach(() => t.cleanup());

  it('cosigns the first checkpoint it sees, then each that extends it, and saves each before handing it over', async () => {
    log.append('a', 'b', 'c');
    const first = await witness().runOnce();
    expect(first).toMatchObject({ status: 'cosigned', size: 3, firstUse: true });
    expect(state.load()).toMatchObject({ size: 3, root: rootOf(log.leaves).toString('base64'), timestamp: now / 1000 });
    log.append('d', 'e');
    now += 60_000;
    expect(await witness().runOnce()).toMatchObject({ status: 'cosigned', size: 5, firstUse: false });
    expect(log.submitted).toHaveLength(2);
    expect(verifyCosignatures(log.submitted[1], [panel.verifier()])).toMatchObject([
      { name: panel.name, timestamp: now / 1000 },
    ]);
    expect(lines.join('\n')).toMatch(/after checking consistency from 3/);
  });

  it('goes on from an empty log it cosigned without asking for a proof from size 0', async () => {
    expect(await witness().runOnce()).toMatchObject({ status: 'cosigned', size: 0 });
    log.append('a', 'b');
    const refusingZero = Object.assign(Object.create(log) as MemoryLog, {
      consistencyProof: async () => Promise.reject(new LogRefusedProof('from must not be less than 1')),
    });
    expect(await witness(refusingZero).runOnce()).toMatchObject({ status: 'cosigned', size: 2 });
  });

  it('hands over its saved cosignature again when the ledger lacks it, without signing anew', async () => {
    log.append('a');
    await witness().runOnce();
    const saved = state.load()!.cosignature;
    now += 3_600_000;
    const again = await witness().runOnce();
    expect(again).toEqual({ status: 'unchanged', size: 1, resubmitted: true });
    expect(log.submitted[1].endsWith(saved)).toBe(true);
    log.tamper = (n) => n + saved;
    expect(await witness().runOnce()).toEqual({ status: 'unchanged', size: 1, resubmitted: false });
  });

  it('raises a rollback alarm on a smaller tree', async () => {
    log.append('a', 'b', 'c');
    await witness().runOnce();
    log.leaves.pop();
    const out = await witness().runOnce();
    expect(out).toMatchObject({ status: 'alarm', alarm: { kind: 'rollback' } });
    expect(state.load()!.size).toBe(3);
    expect(lines.at(-1)).toMatch(
      /^ALARM rollback: The ledger now shows 2 entries, but this witness already cosigned 3\./,
    );
  });

  it('raises a fork alarm on another root at the same size, keeping the signed evidence', async () => {
    log.append('a', 'b');
    await witness().runOnce();
    log.leaves[1] = hashLeaf(Buffer.from('B'));
    const out = await witness().runOnce();
    expect(out.status).toBe('alarm');
    const alarm = state.alarms()[0];
    expect(alarm.kind).toBe('fork');
    expect(alarm.received.checkpoint).toContain(rootOf(log.leaves).toString('base64'));
    expect(alarm.cosigned!.size).toBe(2);
    expect(log.submitted).toHaveLength(1);
  });

  it('raises an inconsistency alarm when a bigger tree does not extend the cosigned one, or the ledger cannot prove it does', async () => {
    log.append('a', 'b', 'c');
    await witness().runOnce();
    log.leaves[0] = hashLeaf(Buffer.from('A'));
    log.append('d');
    expect(await witness().runOnce()).toMatchObject({ status: 'alarm', alarm: { kind: 'inconsistent' } });
    const refusing = Object.assign(Object.create(log) as MemoryLog, {
      consistencyProof: async () => Promise.reject(new LogRefusedProof('no checkpoint was issued at tree size 3')),
    });
    expect(await witness(refusing).runOnce()).toMatchObject({
      status: 'alarm',
      alarm: { kind: 'inconsistent', summary: expect.stringMatching(/no checkpoint was issued at tree size 3/) },
    });
    expect(state.alarms()).toHaveLength(2);
    expect(state.load()!.size).toBe(3);
  });

  it('raises a bad-signature alarm on a checkpoint not signed by the pinned ledger key', async () => {
    log.append('a');
    log.tamper = (n) => n.replace(/\n\d+\n/, '\n7\n');
    expect(await witness().runOnce()).toMatchObject({ status: 'alarm', alarm: { kind: 'bad-signature' } });
    const impostor = new MemoryLog(LogSigner.generate(ORIGIN));
    impostor.append('x');
    expect(await witness(impostor).runOnce()).toMatchObject({ status: 'alarm', alarm: { kind: 'bad-signature' } });
    expect(state.load()).toBeNull();
    expect(log.submitted).toHaveLength(0);
  });

  it('refuses to start from a damaged state file rather than trusting afresh', async () => {
    log.append('a');
    await witness().runOnce();
    writeFileSync(join(state.dir, 'state.json'), '{"version":1,"size":');
    await expect(witness().runOnce()).rejects.toThrow(StateError);
    expect(existsSync(join(state.dir, 'state.json'))).toBe(true);
    expect(readFileSync(join(state.dir, 'state.json'), 'utf8')).toContain('"size":');
  });

  it('lets one process at a time use a state directory, and takes over a lock left by a dead one', () => {
    const unlock = state.lock();
    writeFileSync(join(state.dir, 'witness.lock'), String(process.ppid));
    expect(() => state.lock()).toThrow(/another witness/);
    writeFileSync(join(state.dir, 'witness.lock'), '2147483646');
    const again = state.lock();
    again();
    unlock();
  });
});
