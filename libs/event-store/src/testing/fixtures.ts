import { randomUUID } from 'node:crypto';
import type { EventMetadata, NewEvent } from '../envelope';

export function meta(overrides: Partial<EventMetadata> = {}): EventMetadata {
  return {
    actor: { id: 'key-1', name: 'Test Officer', role: 'admin', body: 'kent-pcc' },
    effectiveAt: '2013-02-01',
    recordedAt: '2013-02-01T10:00:00.000Z',
    legalBasis: 'PRSRA 2011 Sch 5 para 2',
    correlationId: 'corr-1',
    causationId: null,
    classification: 'open',
    ...overrides,
  };
}

export function newEvent(data: Record<string, unknown> = { n: 1 }, overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'TestHappened',
    schemaVersion: 1,
    data: data as NewEvent['data'],
    metadata: meta(),
    ...overrides,
  };
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
