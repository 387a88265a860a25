/**
 * kill -9 of the witness at the worst moments, with a real child process: after it signs
 * and before it saves, and after it saves and before the ledger has the cosignature.
 * Restarted, it never cosigns a root that conflicts with one it may have released.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { verifyCosignatures } from '../libs/audit/src/verify';
import { WitnessSigner } from '../libs/audit/src/witness/witness-key';
import { backup, bootLedger, ledgerCli, witnessWorkspace, type Ledger } from './helpers/witness';
import { bearer, request } from './helpers/app';

const ENTRY = resolve(__dirname, 'helpers/witness-main.ts');

interface Child {
  pid: number;
  until(text: string): Promise<void>;
  kill9(): Promise<void>;
  done: Promise<{ code: number | null; out: string; err: string }>;
}

function witnessProcess(args: string[], env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'witness', ...args], {
    cwd: resolve(__dirname, '..'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters: Array<{ text: string; resolve: () => void }> = [];
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    for (const w of waiters.filter((x) => out.includes(x.text))) w.resolve();
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<{ code: number | null; out: string; err: string }>((r) =>
    child.on('exit', (code) => r({ code, out, err })),
  );
  return {
    pid: child.pid!,
    until: (text) =>
      new Promise<void>((ok, fail) => {
        if (out.includes(text)) return ok();
        waiters.push({ text, resolve: ok });
        void done.then((d) => fail(new Error(`the witness exited (${d.code}) before "${text}": ${d.out} ${d.err}`)));
      }),
    kill9: async () => {
      child.kill('SIGKILL');
      await done;
    },
    done,
  };
}

describe('the witness killed with -9 mid-round', () => {
  const { root, wdir, cleanups } = witnessWorkspace('ledger-witness-kill-');
  let honest: Ledger;
  let panel: WitnessSigner;
  let vkey: string;
  const state = () =>
    JSON.parse(readFileSync(join(wdir, 'state.json'), 'utf8')) as { size: number; root: string; cosignature: string };
  const checkpoint = async (l: Ledger) =>
    (await request(l.http).post('/v1/ledger/checkpoints').set(bearer(l.auditor))).body as {
      size: number;
      root: string;
    };
  const cosignaturesAt = async (l: Ledger, size: number) =>
    (await request(l.http).get(`/v1/ledger/checkpoints/${size}`)).body as { note: string; cosignatures: unknown[] };
  const run = (l: Ledger, env: Record<string, string> = {}) =>
    witnessProcess(['run', '--once', '--log', l.http, '--vkey', vkey, '--state', wdir], env);

  beforeAll(async () => {
    await ledgerCli(['witness', 'keygen', '--name', 'panel.kent.example/witness', '--state', wdir]);
    panel = WitnessSigner.parse(readFileSync(join(wdir, 'witness.key'), 'utf8'));
    honest = await bootLedger({ DATA_DIR: join(root, 'honest'), STORE: 'sqlite', WITNESS_KEYS: `kent=${panel.vkey}` });
    cleanups.push(() => honest.close());
    vkey = (await request(honest.http).get('/v1/ledger/key')).body.vkey;
    // A first checkpoint the witness cosigned and saved, so that each test starts from a witness with state.
    await honest.append('case-k', ['start']);
    await checkpoint(honest);
    expect((await run(honest).done).code).toBe(0);
  });

  it('killed between signing and saving: nothing was released, the old state stands, and the restart cosigns the same history', async () => {
    await honest.append('case-k', ['a', 'b', 'c']);
    const first = await checkpoint(honest);
    expect((await run(honest).done).code).toBe(0);
    expect(state().size).toBe(first.size);

    await honest.append('case-k', ['d', 'e']);
    const second = await checkpoint(honest);
    const paused = run(honest, { WITNESS_PAUSE_AT: 'after-sign' });
    await paused.until('PAUSED after-sign');
    await paused.kill9();
    expect(state()).toMatchObject({ size: first.size, root: first.root });
    expect((await cosignaturesAt(honest, second.size)).cosignatures).toEqual([]);

    // The killed process left its lock behind; the restart takes it over and cosigns.
    const restarted = await run(honest).done;
    expect(restarted.code).toBe(0);
    expect(state()).toMatchObject({ size: second.size, root: second.root });
    const at = await cosignaturesAt(honest, second.size);
    expect(at.cosignatures).toHaveLength(1);
    expect(verifyCosignatures(at.note, [panel.verifier()])).toHaveLength(1);
  });

  it('killed between saving and handing over: the restart hands over the saved cosignature, and a fork at that size is refused although the ledger never received it', async () => {
    const old = await backup('sqlite', { dataDir: join(root, 'honest') });
    cleanups.push(() => rmSync(old.dataDir, { recursive: true, force: true }));
    const before = state().size;
    await honest.append('case-k', ['f', 'g']);
    const third = await checkpoint(honest);
    const paused = run(honest, { WITNESS_PAUSE_AT: 'after-save' });
    await paused.until('PAUSED after-save');
    await paused.kill9();
    const saved = state();
    expect(saved).toMatchObject({ size: third.size, root: third.root });
    expect((await cosignaturesAt(honest, third.size)).cosignatures).toEqual([]);

    // The same size, another history: restored from the backup and rewritten.
    const forked = await bootLedger({ DATA_DIR: old.dataDir, STORE: 'sqlite', WITNESS_KEYS: `kent=${panel.vkey}` });
    cleanups.push(() => forked.close());
    await forked.append(
      'case-k',
      Array.from({ length: third.size - before }, (_, i) => `rewritten ${i}`),
    );
    const fork = await checkpoint(forked);
    expect(fork.size).toBe(third.size);
    expect(fork.root).not.toBe(third.root);
    const refused = await run(forked).done;
    expect(refused.code).toBe(3);
    expect(refused.err).toMatch(/ALARM fork/);
    expect((await cosignaturesAt(forked, fork.size)).cosignatures).toEqual([]);

    const resumed = await run(honest).done;
    expect(resumed.code).toBe(0);
    expect(resumed.out).toMatch(/handed the saved cosignature of \d+ entries to the ledger again/);
    const at = await cosignaturesAt(honest, third.size);
    expect(at.note.endsWith(saved.cosignature)).toBe(true);
    expect(state().cosignature).toBe(saved.cosignature);
  });
});
