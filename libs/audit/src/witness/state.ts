/**
 * The witness's durable memory: the last checkpoint it cosigned, and the alarms it raised.
 *
 * The state is written as a whole new file (temp file, fsync, rename, fsync of the
 * directory), so after a crash or kill -9 it is either the old state or the new one,
 * never a torn mixture. The witness saves before it lets a cosignature leave the
 * process, so every cosignature anyone holds is covered by the saved state.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

const STATE_FILE = 'state.json';
const KEY_FILE = 'witness.key';
const ALARM_DIR = 'alarms';
const LOCK_FILE = 'witness.lock';

export interface WitnessState {
  version: 1;
  origin: string;
  /** The log's vkey this state was built with. */
  logKey: string;
  size: number;
  /** base64 root at `size`. */
  root: string;
  /** The checkpoint body cosigned (origin, size, root, extension lines). */
  checkpoint: string;
  /** The cosignature line released for it. */
  cosignature: string;
  /** POSIX seconds of the cosignature. */
  timestamp: number;
  savedAt: string;
}

export type AlarmKind = 'rollback' | 'fork' | 'inconsistent' | 'bad-signature' | 'wrong-log';

export interface AlarmRecord {
  kind: AlarmKind;
  at: string;
  /** One plain-English paragraph a panel clerk can read out. */
  summary: string;
  origin: string | null;
  /** What the ledger served, exactly as received: the evidence. */
  received: { checkpoint: string; consistencyProof?: string[] };
  /** What this witness had cosigned before. */
  cosigned: Pick<WitnessState, 'size' | 'root' | 'checkpoint' | 'cosignature' | 'timestamp'> | null;
}

export class StateError extends Error {}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Replaces `file` with `text` atomically and durably. */
function writeFileDurably(dir: string, name: string, text: string): void {
  const tmp = join(dir, `.${name}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, join(dir, name));
  fsyncDir(dir);
}

export class WitnessStateDir {
  constructor(readonly dir: string) {}

  get keyFile(): string {
    return join(this.dir, KEY_FILE);
  }

  ensure(): void {
    mkdirSync(join(this.dir, ALARM_DIR), { recursive: true, mode: 0o700 });
  }

  /** The saved state, or null before the first cosignature. A damaged file is an error, never a fresh start. */
  load(): WitnessState | null {
    const file = join(this.dir, STATE_FILE);
    if (!existsSync(file)) return null;
    let s: WitnessState;
    try {
      s = JSON.parse(readFileSync(file, 'utf8')) as WitnessState;
    } catch (e) {
      throw new StateError(
        `the witness state ${file} cannot be read (${(e as Error).message}); restore it from a backup, or retire this witness key. Starting afresh would let the ledger rewrite history unseen.`,
      );
    }
    if (
      s.version !== 1 ||
      !Number.isSafeInteger(s.size) ||
      s.size < 0 ||
      typeof s.root !== 'string' ||
      typeof s.origin !== 'string'
    )
      throw new StateError(`the witness state ${file} is not a version 1 state`);
    return s;
  }

  save(state: WitnessState): void {
    this.ensure();
    writeFileDurably(this.dir, STATE_FILE, JSON.stringify(state, null, 2) + '\n');
  }

  /** Records an alarm as its own file and returns its path. */
  raise(alarm: AlarmRecord): string {
    this.ensure();
    const dir = join(this.dir, ALARM_DIR);
    // Never overwrite an earlier alarm, even one raised in the same millisecond.
    const base = `${alarm.at.replace(/[:.]/g, '-')}-${alarm.kind}`;
    let name = `${base}.json`;
    for (let n = 2; existsSync(join(dir, name)); n++) name = `${base}-${n}.json`;
    writeFileDurably(dir, name, JSON.stringify(alarm, null, 2) + '\n');
    return join(dir, name);
  }

  alarms(): AlarmRecord[] {
    const dir = join(this.dir, ALARM_DIR);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as AlarmRecord);
  }

  /**
   * One witness process per state directory: two would each check against the same
   * saved size and could both cosign. A lock left by a killed process is taken over.
   */
  lock(): () => void {
    this.ensure();
    const file = join(this.dir, LOCK_FILE);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, 'wx', 0o600);
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return () => rmSync(file, { force: true });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const pid = Number(readFileSync(file, 'utf8'));
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
          throw new StateError(`another witness (process ${pid}) is running on ${this.dir}`);
        rmSync(file, { force: true });
      }
    }
    throw new StateError(`cannot lock ${this.dir}`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
