/**
 * Test and benchmark helper: loads ScriptSteps (libs/domain/src/demo) into a real event
 * store through the real deciders, the way the application layer does (fold, decide,
 * append with the ledger's metadata), so every stored event is one a decider produced.
 */
import { createHash } from 'node:crypto';
import { CORRECT_RECORD_SPEC, DECIDERS, decideCorrection, factsFromRecords, foldStream, NATIONAL_FACTS } from '@ledger/domain';
import type { CaseOnRecord, CorrectRecord, DomainEvent, FactKind, RecordFacts, StoredDomainEvent } from '@ledger/domain';
import { resolveStepRefs } from '@ledger/domain/demo/demo.script';
import type { ScriptStep } from '@ledger/domain/demo/demo.script';
import { actEnvelopes, type ActFacts, type EventStore, type NewEvent, type RecordedEvent } from '@ledger/event-store';
import { toStoredDomainEvent } from '@ledger/domain';

export function deterministicUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const CORRECTION_LEGAL_BASIS = CORRECT_RECORD_SPEC.legalBasis;

/** The NewEvents a step produces given the stream's history (pure). */
function eventsForStep(step: ScriptStep, history: StoredDomainEvent[], eventIdOf: (stepId: string, i: number) => string | undefined, facts?: RecordFacts): { stream: string; events: NewEvent[] } {
  const entry = DECIDERS.find((d) => d.decider.aggregateType === step.aggregateType);
  if (!entry) throw new Error(`No decider for ${step.aggregateType}`);
  const d = entry.decider;
  const stream = `${d.streamPrefix}:${step.caseId}`;
  const command = resolveStepRefs(step.command, eventIdOf);
  let events: DomainEvent[];
  if (command.type === 'CorrectRecord') events = decideCorrection(command as CorrectRecord, history);
  else events = d.decide(command, foldStream(d, history), { now: step.recordedAt, effectiveOn: step.effectiveOn, actor: step.actor, ...(facts ? { facts } : {}) });
  const legalBasis = command.type === 'CorrectRecord' ? CORRECTION_LEGAL_BASIS : d.commands[command.type as keyof typeof d.commands].legalBasis;
  const forceArea = step.actor.forceArea ?? (command.data as { forceArea?: string }).forceArea;
  const act: ActFacts = {
    actor: step.actor,
    effectiveAt: step.effectiveOn,
    recordedAt: step.recordedAt,
    legalBasis,
    correlationId: stream,
    causationId: null,
    classification: step.classification,
    aggregateType: d.aggregateType,
    caseId: step.caseId,
    forceArea: forceArea || null,
    command: command.type,
    provenance: step.provenance,
  };
  const schemaVersion = (type: string) => (d.eventTypes as Record<string, number>)[type] ?? 1;
  return { stream, events: actEnvelopes(act, events.map((ev, i) => ({ ...ev, eventId: deterministicUuid(`${step.stepId}#${i}`), schemaVersion: schemaVersion(ev.type) }))) };
}

/**
 * Loads steps one by one (read stream, decide, append with the expected revision). Facts a
 * command needs from other streams come from the streams this load wrote, through the
 * same pure function the application uses.
 */
export async function loadScript(store: EventStore, steps: ScriptStep[]): Promise<Map<string, RecordedEvent[]>> {
  const byStep = new Map<string, RecordedEvent[]>();
  const written = new Map<string, { aggregateType: string; caseId: string; forceArea: string }>();
  for (const step of steps) {
    const entry = DECIDERS.find((d) => d.decider.aggregateType === step.aggregateType);
    if (!entry) throw new Error(`No decider for ${step.aggregateType}`);
    const stream = `${entry.decider.streamPrefix}:${step.caseId}`;
    const history: RecordedEvent[] = [];
    for await (const e of store.readStream(stream)) history.push(e);
    const needs = (entry.decider.commands as Record<string, { needs?: readonly FactKind[] }>)[step.command.type]?.needs ?? [];
    let facts: RecordFacts | undefined;
    if (needs.length) {
      const forceArea = history.length ? String(history[0].metadata.forceArea ?? '') : String((step.command.data as { forceArea?: unknown }).forceArea ?? '');
      const cases: CaseOnRecord[] = [];
      for (const [s, c] of written) {
        if (c.forceArea !== forceArea && !needs.some((n) => NATIONAL_FACTS.includes(n))) continue;
        const events: RecordedEvent[] = [];
        for await (const e of store.readStream(s)) events.push(e);
        cases.push({ aggregateType: c.aggregateType, caseId: c.caseId, events: events.map(toStoredDomainEvent) });
      }
      facts = factsFromRecords(needs, cases, step.effectiveOn);
    }
    const { events } = eventsForStep(step, history.map(toStoredDomainEvent), (id, i) => byStep.get(id)?.[i]?.eventId, facts);
    if (events.length === 0) continue;
    const r = await store.append(stream, events, history.length ? BigInt(history.length - 1) : 'no-stream');
    byStep.set(step.stepId, r.events);
    if (!written.has(stream)) written.set(stream, { aggregateType: entry.decider.aggregateType, caseId: step.caseId, forceArea: String(r.events[0].metadata.forceArea ?? '') });
  }
  return byStep;
}
