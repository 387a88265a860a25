/** Test helper: a JSONL export written to memory, with a fixed clock so two runs compare byte for byte. */
import { PassThrough } from 'node:stream';
import { exportJsonl, type ExportOptions } from '../export/jsonl';

const clock = () => new Date('2025-01-01T00:00:00.000Z');

export async function exportText(
  o: Omit<ExportOptions, 'out'>,
): Promise<{ text: string; skipped: number; count: number }> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (b: Buffer) => parts.push(b));
  const r = await exportJsonl({ clock, ...o, out });
  return { text: Buffer.concat(parts).toString('utf8'), skipped: r.skipped, count: r.count };
}
