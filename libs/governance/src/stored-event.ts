import { DECIDERS, DeciderEntry, RuleFinding, StoredDomainEvent, toDate, UPCASTERS } from '@ledger/domain';
import type { NewEvent, RecordedEvent } from '@ledger/event-store';
import type { Provenance } from '@ledger/domain';

/**
 * Conventions the application layer adds to the envelope's metadata, on top of
 * DESIGN.md's required fields. Projections rely on them.
 */
export interface LedgerMetadataExtras {
  /** DOMAIN.md §5.2 aggregate name, e.g. "PreceptCycle". */
  aggregateType: string;
  /** The case id: the part of the stream id after the prefix. */
  caseId: string;
  /** Police area the case belongs to, for scope and filters, e.g. "kent". */
  forceArea: string;
  /** The command that produced the event, e.g. "VetoPrecept". */
  command: string;
  /** Late findings and ⚠️ warnings from the rules (never blocking). */
  findings: RuleFinding[];
  provenance: Provenance;
  /** Confidence of the act as a whole: the weakest of its findings' rules. */
  confidence: 'confirmed' | 'seed_only' | 'unconfirmed';
}

export function streamId(streamPrefix: string, caseId: string): string {
  return `${streamPrefix}:${caseId}`;
}

export function parseStreamId(stream: string): { streamPrefix: string; caseId: string } | null {
  const i = stream.indexOf(':');
  if (i <= 0) return null;
  return { streamPrefix: stream.slice(0, i), caseId: stream.slice(i + 1) };
}

export function deciderForStream(stream: string): DeciderEntry | undefined {
  const parsed = parseStreamId(stream);
  return parsed ? DECIDERS.find((d) => d.decider.streamPrefix === parsed.streamPrefix) : undefined;
}

/** A stored event as the deciders see it, upcast to the current schema version. */
export function toStoredDomainEvent(e: RecordedEvent | (Pick<NewEvent, 'eventId' | 'type' | 'schemaVersion' | 'data' | 'metadata'>)): StoredDomainEvent {
  const up = UPCASTERS.upcast(e.type, e.schemaVersion, e.data as Record<string, unknown>);
  const findings = (e.metadata.findings as unknown as RuleFinding[] | undefined) ?? undefined;
  return {
    event: { type: e.type, data: up.data, ...(findings && findings.length ? { findings } : {}) },
    eventId: e.eventId,
    effectiveOn: toDate(e.metadata.effectiveAt),
    recordedAt: e.metadata.recordedAt,
  };
}
