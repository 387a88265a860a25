/**
 * Measures this disk's fsync rate: it bounds durable single-writer appends.
 * Writes 4 KiB and fsyncs, n times, in a temp file.
 */
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function fsyncProbe(n = 2000): { fsyncsPerSecond: number; microsPerFsync: number } {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-fsync-'));
  const fd = openSync(join(dir, 'probe'), 'w');
  const buf = Buffer.alloc(4096, 7);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    writeSync(fd, buf, 0, buf.length, (i % 64) * 4096);
    fsyncSync(fd);
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  closeSync(fd);
  rmSync(dir, { recursive: true, force: true });
  return { fsyncsPerSecond: Math.round(n / secs), microsPerFsync: Math.round((secs / n) * 1e6) };
}

if (require.main === module) console.log(fsyncProbe());
