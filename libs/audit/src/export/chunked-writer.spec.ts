import { createHash } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { ChunkedWriter } from './common';
import { tempDir } from '../testing/fixtures';

/** Lines of every length around the chunk size, some with characters of more than one UTF-8 byte. */
const lines = Array.from({ length: 2000 }, (_, i) => `${i}:` + (i % 7 === 0 ? 'é€😀' : 'x').repeat((i * 37) % 150));
const expected = lines.join('\n') + '\n';

async function writeAll(w: ChunkedWriter): Promise<void> {
  for (let i = 0; i < lines.length; i++) {
    w.line(lines[i]);
    if (i % 50 === 0) await w.room();
  }
  await w.flush();
}

describe('ChunkedWriter', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it('writes every line once, in order, to a file whose chunk buffers it fills again', async () => {
    const file = join(t.dir, 'out.jsonl');
    const out = createWriteStream(file);
    const digest = createHash('sha256');
    await writeAll(new ChunkedWriter(out, 256, (b) => digest.update(b), 1024));
    await new Promise<void>((r) => out.end(r));
    expect(readFileSync(file, 'utf8')).toBe(expected);
    expect(digest.digest('hex')).toBe(createHash('sha256').update(expected).digest('hex'));
  });

  it('never refills a chunk a stream that passes chunks on may still hold', async () => {
    const out = new PassThrough();
    const got: Buffer[] = [];
    const w = new ChunkedWriter(out, 256, undefined, 1024);
    // Read only after everything is written: chunks stay in the stream's buffer meanwhile.
    const written = writeAll(w);
    await new Promise((r) => setTimeout(r, 10));
    out.on('data', (c: Buffer) => got.push(c));
    await written;
    out.end();
    await new Promise((r) => out.on('end', r));
    expect(Buffer.concat(got).toString('utf8')).toBe(expected);
  });

  it('writes lines given as ASCII pieces, of every length around the chunk size, as the joined lines', async () => {
    const file = join(t.dir, 'pieces.jsonl');
    const out = createWriteStream(file);
    const digest = createHash('sha256');
    const w = new ChunkedWriter(out, 256, (b) => digest.update(b), 1024);
    const want: string[] = [];
    const pieces: string[] = [];
    for (let i = 0; i < 500; i++) {
      const n = 1 + (i % 5);
      for (let k = 0; k < n; k++) pieces[k] = `${i}.${k}:` + 'y'.repeat((i * 13 + k * 29) % 120);
      // Pieces past the count are stale and left out.
      pieces[n] = 'stale';
      want.push(pieces.slice(0, n).join(''));
      w.asciiLine(pieces, n);
      if (i % 20 === 0) await w.room();
    }
    await w.flush();
    await new Promise<void>((r) => out.end(r));
    const text = want.join('\n') + '\n';
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(digest.digest('hex')).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('fails, not hangs, when the destination is closed', async () => {
    const out = new PassThrough({ highWaterMark: 16 });
    const w = new ChunkedWriter(out, 256, undefined, 512);
    out.destroy();
    await expect(writeAll(w)).rejects.toThrow(/closed|destroyed/);
  });
});
