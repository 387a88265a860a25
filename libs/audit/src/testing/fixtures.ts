/** Test helpers for libs/audit: events, temp dirs, a filled store. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore, JsonObject, NewEvent } from '@ledger/event-store';

export function tempDir(prefix = 'ledger-audit-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function newEvent(
  i: number,
  overrides: {
    data?: JsonObject;
    body?: string;
    type?: string;
    effectiveAt?: string;
    classification?: string;
    eventId?: string;
  } = {},
): NewEvent {
  const body = overrides.body ?? (i % 2 === 0 ? 'kent-pcc' : 'kent-and-medway-pcp');
  return {
    eventId: overrides.eventId ?? randomUUID(),
    type: overrides.type ?? 'ReportRequested',
    schemaVersion: 1,
    data: overrides.data ?? { n: i, note: `event ${i}` },
    metadata: {
      actor: { id: `actor-${i % 3}`, name: `Officer ${i % 3}`, role: 'panel-secretariat', body },
      effectiveAt: overrides.effectiveAt ?? `2013-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`,
      recordedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString(),
      legalBasis: 'PRSRA 2011 Sch 5 para 4',
      correlationId: `corr-${i}`,
      causationId: null,
      classification: overrides.classification ?? 'open',
    },
  };
}

/** Appends `count` events round-robin over `streams` streams named case-<k>. */
export async function fill(store: EventStore, count: number, streams: number, start = 0): Promise<void> {
  for (let i = start; i < start + count; i++) {
    await store.append(`case-${String(i % streams).padStart(4, '0')}`, [newEvent(i)], 'any');
  }
}
