/**
 * Crash safety: a child appends in a loop and prints every acknowledged
 * append; we SIGKILL it at random moments, 20+ rounds, reopening the same file each
 * time. After every kill: every acknowledged event is present, no append is half
 * written, and every stream's prevStreamLeafHash chain is intact.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from './sqlite-event-store';
import type { RecordedEvent } from '../envelope';

const CHILD = join(__dirname, 'testing', 'crash-child.ts');
const ROUNDS = 20;

function runAndKill(file: string, killAfterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), CHILD, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!timer && out.includes('READY\n')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child exited by itself (code ${code}): ${err}`));
      // Only complete lines were acknowledged; a torn last line is ignored.
      resolve(out.split('\n').filter((l) => l.startsWith('ACK ') && l.split(' ').length === 5));
    });
  });
}

describe('SQLite crash safety under SIGKILL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-crash-'));
  const file = join(dir, 'ledger.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`keeps every acknowledged append, whole, with intact chains, over ${ROUNDS} kills`, async () => {
    const acked = new Map<string, { stream: string; last: bigint; size: number }>();
    let totalAcks = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const lines = await runAndKill(file, 20 + Math.floor(Math.random() * 130));
      totalAcks += lines.length;
      for (const l of lines) {
        const [, stream, last, batchId, size] = l.split(' ');
        acked.set(batchId, { stream, last: BigInt(last), size: Number(size) });
      }

      const store = await SqliteEventStore.open({ file });
      try {
        const byStream = new Map<string, RecordedEvent[]>();
        for await (const e of store.readAll()) {
          const list = byStream.get(e.stream) ?? [];
          list.push(e);
          byStream.set(e.stream, list);
        }
        // Plain checks collected into one list: per-event expect() calls would dominate the run time.
        const problems: string[] = [];
        // 1. Every acknowledged append is there, at the revision it was acknowledged with.
        const batches = new Map<string, RecordedEvent[]>();
        for (const list of byStream.values())
          for (const e of list) {
            const b = batches.get(e.data.batchId as string) ?? [];
            b.push(e);
            batches.set(e.data.batchId as string, b);
          }
        for (const [batchId, a] of acked) {
          const b = batches.get(batchId);
          if (!b) problems.push(`round ${round}: acknowledged append ${batchId} is missing`);
          else if (b[b.length - 1].revision !== a.last || b[0].stream !== a.stream)
            problems.push(`round ${round}: append ${batchId} is at the wrong place`);
        }
        // 2. No append is half written.
        for (const [batchId, b] of batches) {
          if (b.length !== b[0].data.size || b.some((e, i) => e.data.index !== i))
            problems.push(`round ${round}: append ${batchId} is half written (${b.length}/${b[0].data.size})`);
        }
        // 3. Each stream is gap-free from revision 0 and its hash chain is intact.
        for (const [stream, list] of byStream) {
          let prev: string | null = null;
          list.forEach((e, i) => {
            if (e.revision !== BigInt(i)) problems.push(`round ${round}: ${stream} has a gap at ${i}`);
            if (e.prevStreamLeafHash !== prev) problems.push(`round ${round}: ${stream}@${i} breaks the chain`);
            if (
              createHash('sha256')
                .update(Buffer.from([0]))
                .update(e.entryBytes)
                .digest('hex') !== e.leafHash
            )
              problems.push(`round ${round}: ${stream}@${i} leaf hash mismatch`);
            prev = e.leafHash;
          });
        }
        expect(problems).toEqual([]);
      } finally {
        await store.close();
      }
    }
    // The test means something only if appends were really acknowledged and interrupted.
    expect(totalAcks).toBeGreaterThan(ROUNDS * 5);
  }, 240_000);
});
