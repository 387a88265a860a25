/**
 * Test and benchmark helper: loads ScriptSteps (libs/domain/src/demo) into a real event
 * store through the real deciders, the way the application layer does (fold, decide,
 * append with the ledger's metadata), so every stored event is one a decider produced.
 */
import { createHash } from 'node:crypto';
import { DECIDERS, decideCorrection, foldStream } from '@ledger/domain';
import type { CorrectRecord, DomainEvent, StoredDomainEvent } from '@ledger/domain';
import { resolveStepRefs } from '@ledger/domain/demo/demo.script';
import type { ScriptStep } from '@ledger/domain/demo/demo.script';
import type { EventStore, JsonObject, NewEvent, RecordedEvent } from '@ledger/event-store';
import { toStoredDomainEvent } from '@ledger/domain';

export function deterministicUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const CORRECTION_LEGAL_BASIS = 'Governance Ledger record-keeping (DOMAIN.md §5.1)';

/** The NewEvents a step produces given the stream's history (pure). */
export function eventsForStep(step: ScriptStep, history: StoredDomainEvent[], eventIdOf: (stepId: string, i: number) => string | undefined): { stream: string; events: NewEvent[] } {
  const entry = DECIDERS.find((d) => d.decider.aggregateType === step.aggregateType);
  if (!entry) throw new Error(`No decider for ${step.aggregateType}`);
  const d = entry.decider;
  const stream = `${d.streamPrefix}:${step.caseId}`;
  const command = resolveStepRefs(step.command, eventIdOf);
  let events: DomainEvent[];
  if (command.type === 'CorrectRecord') events = decideCorrection(command as CorrectRecord, history);
  else events = d.decide(command, foldStream(d, history), { now: step.recordedAt, effectiveOn: step.effectiveOn, actor: step.actor });
  const legalBasis = command.type === 'CorrectRecord' ? CORRECTION_LEGAL_BASIS : d.commands[command.type as keyof typeof d.commands].legalBasis;
  const forceArea = step.actor.forceArea ?? (command.data as { forceArea?: string }).forceArea;
  return {
    stream,
    events: events.map((ev, i) => {
      const findings = ev.findings ?? [];
      const metadata: NewEvent['metadata'] = {
        actor: { id: step.actor.id, name: step.actor.name, role: step.actor.role, body: step.actor.body },
        effectiveAt: step.effectiveOn,
        recordedAt: step.recordedAt,
        legalBasis,
        correlationId: stream,
        causationId: null,
        classification: step.classification,
        aggregateType: d.aggregateType,
        caseId: step.caseId,
        command: command.type,
        findings: findings as unknown as JsonObject[],
        provenance: JSON.parse(JSON.stringify(step.provenance)),
        confidence: findings.some((f) => f.confidence === 'unconfirmed') ? 'unconfirmed' : 'confirmed',
      };
      if (forceArea) metadata.forceArea = forceArea;
      return {
        eventId: deterministicUuid(`${step.stepId}#${i}`),
        type: ev.type,
        schemaVersion: (d.eventTypes as Record<string, number>)[ev.type] ?? 1,
        data: JSON.parse(JSON.stringify(ev.data)) as JsonObject,
        metadata,
      };
    }),
  };
}

/** Loads steps one by one (read stream, decide, append with the expected revision). */
export async function loadScript(store: EventStore, steps: ScriptStep[]): Promise<Map<string, RecordedEvent[]>> {
  const byStep = new Map<string, RecordedEvent[]>();
  for (const step of steps) {
    const entry = DECIDERS.find((d) => d.decider.aggregateType === step.aggregateType);
    if (!entry) throw new Error(`No decider for ${step.aggregateType}`);
    const stream = `${entry.decider.streamPrefix}:${step.caseId}`;
    const history: RecordedEvent[] = [];
    for await (const e of store.readStream(stream)) history.push(e);
    const { events } = eventsForStep(step, history.map(toStoredDomainEvent), (id, i) => byStep.get(id)?.[i]?.eventId);
    if (events.length === 0) continue;
    const r = await store.append(stream, events, history.length ? BigInt(history.length - 1) : 'no-stream');
    byStep.set(step.stepId, r.events);
  }
  return byStep;
}
