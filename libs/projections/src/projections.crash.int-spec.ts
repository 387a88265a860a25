/**
 * Crash safety of the runner: a child process projecting a large batch of events is
 * SIGKILLed mid-batch, several times, then the projection completes. The read model must be
 * byte-equal (same table digest) to a fresh rebuild from the same log: no event applied
 * twice, none skipped, no half-written batch.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import {
  casesProjection,
  decisionsProjection,
  openReadModel,
  readCheckpoint,
  readMeta,
  readModelDigest,
  SqliteReadModelDb,
} from '.';
import { generateAppends } from './testing/generate';
import { appendGenerated } from './testing/generated-log';

const CHILD = join(__dirname, 'testing', 'project-child.ts');

async function seqOf(db: SqliteReadModelDb, name: string): Promise<number> {
  const meta = await readMeta(db, name);
  return meta?.live_generation ? ((await readCheckpoint(db, name, Number(meta.live_generation)))?.seq ?? 0) : 0;
}

function runAndKill(file: string, db: SqliteReadModelDb, killAtSeq: number): Promise<{ seqAtKill: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), CHILD, file, '50'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    let poll: NodeJS.Timeout | undefined;
    let seqAtKill = 0;
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (!poll && d.toString().includes('READY')) {
        poll = setInterval(async () => {
          const s = await seqOf(db, 'cases');
          if (s >= killAtSeq) {
            clearInterval(poll);
            seqAtKill = s;
            child.kill('SIGKILL');
          }
        }, 2);
      }
    });
    child.on('exit', (code, signal) => {
      if (poll) clearInterval(poll);
      if (signal !== 'SIGKILL') return reject(new Error(`child exited by itself (code ${code}): ${err}`));
      resolve({ seqAtKill });
    });
  });
}

describe('runner crash safety (SIGKILL mid-batch)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-proj-crash-'));
  const file = join(dir, 'ledger.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('after repeated kills and a restart, the read model equals a fresh rebuild', async () => {
    const store = await SqliteEventStore.open({ file });
    const gen = generateAppends(12_000, 11);
    // A first part, projected normally, so the kills hit the live tail, not the initial build.
    const first = [];
    // (not for-of: breaking out of it would close the generator)
    for (let n = 0, r = gen.next(); !r.done; r = gen.next()) {
      first.push(r.value);
      n += r.value.events.length;
      if (n >= 1500) break;
    }
    await appendGenerated(store, first);
    const rm = await openReadModel(store, { backend: 'sqlite', file });
    await rm.runner.start();
    await rm.runner.waitUntilCaughtUp();
    await rm.runner.stop();
    const base = await seqOf(rm.db as SqliteReadModelDb, 'cases');
    // The large batch to project.
    const total = base + (await appendGenerated(store, gen));
    const db = rm.db as SqliteReadModelDb;
    const kills: number[] = [];
    for (const target of [0.25, 0.5, 0.75]) {
      const { seqAtKill } = await runAndKill(file, db, Math.floor(base + (total - base) * target));
      kills.push(seqAtKill);
    }
    expect(kills.every((k) => k > base && k < total)).toBe(true);
    // Restart and finish.
    const again = await openReadModel(store, { backend: 'sqlite', file });
    await again.runner.start();
    await again.runner.waitUntilCaughtUp(120_000);
    const st = await again.runner.status();
    expect(st.projections.map((p) => [p.seq, p.lagEvents, p.error])).toEqual([
      [total, 0, null],
      [total, 0, null],
    ]);
    const restarted = {
      cases: await readModelDigest(again.db, casesProjection),
      decisions: await readModelDigest(again.db, decisionsProjection),
    };
    await again.runner.rebuild();
    const fresh = {
      cases: await readModelDigest(again.db, casesProjection),
      decisions: await readModelDigest(again.db, decisionsProjection),
    };
    expect(restarted.cases.rows.events).toBe(total);
    expect(restarted.cases.tables).toEqual(fresh.cases.tables);
    expect(restarted.cases.digest).toBe(fresh.cases.digest);
    expect(restarted.decisions.digest).toBe(fresh.decisions.digest);
    await again.close();
    await rm.close();
    await store.close();
  }, 300_000);
});
