/** CSV export: a human view of the same trail, one row per event (RFC 4180 quoting). */
import type { Writable } from 'node:stream';
import type { RecordedEvent } from '@ledger/event-store';
import type { ProofService } from '../sealer/proof-service';
import type { StoredCheckpoint } from '../storage/types';
import { end, write, type ProgressCallback, sealedWithin } from './common';

export const CSV_COLUMNS = ['Effective date', 'Recorded at', 'Action', 'Actor', 'Role', 'Body', 'Legal basis', 'Classification', 'Stream', 'Revision', 'Leaf index', 'Leaf hash'];

export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  // Neutralise spreadsheet formulas.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface HumanExportOptions {
  events: AsyncIterable<RecordedEvent>;
  proofs: ProofService;
  out: Writable;
  checkpoint?: StoredCheckpoint;
  onProgress?: ProgressCallback;
  progressEvery?: number;
  keepOpen?: boolean;
}

export async function exportCsv(o: HumanExportOptions): Promise<{ count: number; skipped: number }> {
  const cp = o.checkpoint ?? (await o.proofs.latestCheckpoint());
  if (!cp) throw new Error('no checkpoint has been issued yet');
  await write(o.out, '\uFEFF' + CSV_COLUMNS.join(',') + '\r\n');
  let count = 0;
  const tally = { skipped: 0 };
  for await (const { ev, leaf } of sealedWithin(o.events, o.proofs, cp.size, tally)) {
    const m = ev.metadata;
    const row = [m.effectiveAt, m.recordedAt, ev.type, m.actor.name, m.actor.role, m.actor.body, m.legalBasis ?? '', m.classification, ev.stream, ev.streamRevision, leaf.leafIndex, ev.leafHash];
    await write(o.out, row.map(csvCell).join(',') + '\r\n');
    count++;
    if (o.onProgress && count % (o.progressEvery ?? 1000) === 0) o.onProgress({ written: count, skipped: tally.skipped, phase: 'events' });
  }
  if (!o.keepOpen) await end(o.out);
  o.onProgress?.({ written: count, skipped: tally.skipped, phase: 'done' });
  return { count, skipped: tally.skipped };
}
