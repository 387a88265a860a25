/**
 * CSV export: a human view of the same trail, one row per act (RFC 4180 quoting), in
 * plain words: what happened, who, under which power, what was recorded, and its source.
 */
import type { Writable } from 'node:stream';
import type { RecordedEvent } from '@ledger/event-store';
import type { ProofService } from '../sealer/proof-service';
import type { StoredCheckpoint } from '../storage/types';
import { classificationLabel, plainCitation } from '@ledger/domain';
import { plainAct } from './case-summary';
import { end, write, type ProgressCallback, sealedWithin } from './common';

export const CSV_COLUMNS = [
  'Date of the act',
  'Recorded at',
  'What happened',
  'Summary',
  'What was recorded',
  'Who',
  'Role',
  'On behalf of',
  'Under which power',
  'Access',
  'Source',
  'Source date',
  'Source quote',
  'Source link',
  'Synthetic data',
  'Case reference',
  'Number in the case',
  'Position in the log',
  'Fingerprint of the act (SHA-256)',
];

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
    const a = plainAct(ev, leaf.leafIndex);
    const m = ev.metadata;
    const row = [
      m.effectiveAt,
      m.recordedAt,
      a.label,
      a.summary,
      a.facts.map((f) => `${f.label}: ${f.value}`).join('; '),
      a.who,
      a.role,
      a.body,
      plainCitation(a.legalBasis),
      classificationLabel(a.classification),
      a.source.title ?? '',
      a.source.date ?? '',
      a.source.quote ?? '',
      a.source.url ?? '',
      a.source.synthetic ? 'Yes' : 'No',
      ev.stream,
      ev.streamRevision + 1,
      leaf.leafIndex,
      ev.leafHash,
    ];
    await write(o.out, row.map(csvCell).join(',') + '\r\n');
    count++;
    if (o.onProgress && count % (o.progressEvery ?? 1000) === 0)
      o.onProgress({ written: count, skipped: tally.skipped, phase: 'events' });
  }
  if (!o.keepOpen) await end(o.out);
  o.onProgress?.({ written: count, skipped: tally.skipped, phase: 'done' });
  return { count, skipped: tally.skipped };
}
