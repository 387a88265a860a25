import type { StoredDomainEvent } from './core/decider';
import type { RuleFinding } from './core/rules';
import { toDate } from './core/calendar';
import { DECIDERS, DeciderEntry, UPCASTERS } from './registry';

/**
 * How a case's stream is named and how a stored event is read back into the deciders'
 * terms. Both the write side and the read models need this, so it lives with the domain
 * rather than in either of them.
 */
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

/** The parts of a stored event the deciders read: any store's record or a new event fits. */
export interface StoredEventLike {
  eventId: string;
  type: string;
  schemaVersion: number;
  data: object;
  metadata: { effectiveAt?: unknown; recordedAt?: unknown; findings?: unknown };
}

/** A stored event as the deciders see it, upcast to the current schema version. */
export function toStoredDomainEvent(e: StoredEventLike): StoredDomainEvent {
  const up = UPCASTERS.upcast(e.type, e.schemaVersion, e.data as Record<string, unknown>);
  const findings = (e.metadata.findings as RuleFinding[] | undefined) ?? undefined;
  return {
    event: { type: e.type, data: up.data, ...(findings && findings.length ? { findings } : {}) },
    eventId: e.eventId,
    effectiveOn: toDate(e.metadata.effectiveAt as string),
    recordedAt: e.metadata.recordedAt as string,
  };
}
