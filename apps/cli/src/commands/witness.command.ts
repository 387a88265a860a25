import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// The witness side only: no store, no Nest. A panel runs this on its own machine.
import {
  createWitnessKeyFile,
  HttpLogClient,
  readWitnessKeyFile,
  Witness,
  WitnessStateDir,
  type WitnessOutcome,
} from '@ledger/audit/witness';
import { parseVkey } from '@ledger/audit/verify';

/** Exit code when the witness refuses a checkpoint and raises an alarm. */
const ALARM_EXIT = 3;

const stamp = () => new Date().toISOString();

function readVkey(arg: string): string {
  const text = existsSync(arg) ? readFileSync(arg, 'utf8') : arg;
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('#'));
  if (!line) throw new Error('--vkey is empty');
  parseVkey(line);
  return line;
}

/** Test hook: stop dead at a point of the round so a test can kill -9 the process there. */
function pauseAt(point: 'after-sign' | 'after-save'): (() => Promise<void>) | undefined {
  if (process.env.WITNESS_PAUSE_AT !== point) return undefined;
  return () =>
    new Promise<void>(() => {
      console.log(`PAUSED ${point}`);
      setInterval(() => undefined, 1 << 30);
    });
}

interface RunOpts {
  log: string;
  vkey: string;
  state: string;
  key?: string;
  once?: boolean;
  interval: string;
}

async function run(o: RunOpts): Promise<void> {
  const state = new WitnessStateDir(resolve(o.state));
  const keyFile = o.key ? resolve(o.key) : state.keyFile;
  if (!existsSync(keyFile))
    throw new Error(
      `no witness key at ${keyFile}; run \`ledger witness keygen --name <name> --state ${o.state}\` first`,
    );
  const { signer, warnings } = readWitnessKeyFile(keyFile);
  for (const w of warnings) console.error(`warning: ${w}`);
  const unlock = state.lock();
  const witness = new Witness({
    signer,
    logKey: readVkey(o.vkey),
    state,
    client: new HttpLogClient(o.log),
    log: (line) => (line.startsWith('ALARM') ? console.error(`${stamp()} ${line}`) : console.log(`${stamp()} ${line}`)),
    afterSign: pauseAt('after-sign'),
    afterSave: pauseAt('after-save'),
  });
  const intervalMs = Math.max(1, Number(o.interval)) * 1000;
  if (!Number.isFinite(intervalMs)) throw new Error('--interval must be a number of seconds');
  let stopping = false;
  const stop = () => (stopping = true);
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  try {
    for (;;) {
      let outcome: WitnessOutcome | null = null;
      try {
        outcome = await witness.runOnce();
      } catch (e) {
        console.error(`${stamp()} error: ${(e as Error).message}`);
        if (o.once) {
          process.exitCode = 1;
          return;
        }
      }
      if (outcome?.status === 'alarm') {
        process.exitCode = ALARM_EXIT;
        return;
      }
      if (outcome?.status === 'unchanged' && o.once)
        console.log(`${stamp()} nothing new: the ledger is still at ${outcome.size} entries, already cosigned`);
      if (o.once || stopping) return;
      await new Promise((r) => setTimeout(r, intervalMs));
      if (stopping) return;
    }
  } finally {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
    unlock();
  }
}

/** `ledger witness keygen|run|status`: a panel's witness that cosigns the ledger's checkpoints. */
export function register(program: Command): void {
  const w = program
    .command('witness')
    .description(
      'Witness the ledger: cosign its checkpoints only while it only grows (run by a Police and Crime Panel)',
    );
  w.command('keygen')
    .description("Create the witness's own Ed25519 key in the state directory and print its public key")
    .requiredOption('--name <name>', 'the witness name, a schema-less URL such as panel.kent.example/witness')
    .requiredOption('--state <dir>', 'the witness state directory (the key is written to <dir>/witness.key, mode 0600)')
    .action((o: { name: string; state: string }) => {
      const state = new WitnessStateDir(resolve(o.state));
      state.ensure();
      if (existsSync(state.keyFile)) throw new Error(`${state.keyFile} already exists; a witness keeps its key`);
      const signer = createWitnessKeyFile(state.keyFile, o.name);
      console.log(`Created ${state.keyFile}. Keep it secret and back up the whole directory.`);
      console.log('Send this public key to the ledger operator (WITNESS_KEYS=<force-area>=<key>):');
      console.log(signer.vkey);
    });
  w.command('run')
    .description(
      "Check and cosign the ledger's latest checkpoint, now and every --interval seconds; exits 3 on an alarm",
    )
    .requiredOption('--log <url>', 'the ledger API base URL, e.g. https://ledger.example')
    .requiredOption('--vkey <vkey-or-file>', "the ledger's public key (GET /v1/ledger/key gives its vkey); pinned")
    .requiredOption('--state <dir>', 'the witness state directory')
    .option('--key <file>', 'the witness key file (default <state>/witness.key)')
    .option('--once', 'one round, then exit (0 cosigned or nothing new, 1 error, 3 alarm)')
    .option('--interval <seconds>', 'seconds between rounds', '60')
    .action(run);
  w.command('status')
    .description('Show what this witness last cosigned, and every alarm it raised')
    .requiredOption('--state <dir>', 'the witness state directory')
    .action((o: { state: string }) => {
      const state = new WitnessStateDir(resolve(o.state));
      const s = state.load();
      console.log(
        s
          ? `Last cosigned: ${s.origin} at ${s.size} entries, root ${s.root}, at ${new Date(s.timestamp * 1000).toISOString()}.`
          : 'Nothing cosigned yet.',
      );
      const alarms = state.alarms();
      console.log(alarms.length ? `${alarms.length} alarm(s):` : 'No alarms.');
      for (const a of alarms) console.log(`  ${a.at} ${a.kind.toUpperCase()}: ${a.summary}`);
      if (alarms.length) process.exitCode = ALARM_EXIT;
    });
}
