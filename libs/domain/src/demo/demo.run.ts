import { CorrectRecord, decideCorrection } from '../core/correction';
import type { DomainEvent, StoredDomainEvent } from '../core/decider';
import { foldStream } from '../core/fold';
import { DECIDERS, DeciderEntry } from '../registry';
import type { FactKind } from '../core/record-facts';
import { CaseOnRecord, factsFromRecords, NATIONAL_FACTS } from '../record-facts';
import { resolveStepRefs, ScriptStep } from './demo.script';

export interface LoadedEvent extends StoredDomainEvent {
  stream: string;
  stepId: string;
  aggregateType: string;
}

/**
 * Runs a script through the deciders in memory, stream by stream: fold, decide, append.
 * Pure (no store, no clock): the reference loader for tests, and the model for the real
 * loader, which does the same through the application layer. Throws on the first
 * StatutoryRuleViolation, naming the step.
 */
export function runScriptInMemory(
  steps: ScriptStep[],
  deciders: DeciderEntry[] = DECIDERS,
): { log: LoadedEvent[]; streams: Map<string, LoadedEvent[]> } {
  const streams = new Map<string, LoadedEvent[]>();
  const log: LoadedEvent[] = [];
  const byStep = new Map<string, LoadedEvent[]>();
  const forceAreaOf = new Map<string, string>();
  const casesIn = (forceArea: string, needs: readonly FactKind[]): CaseOnRecord[] =>
    [...streams.entries()]
      .filter(([s]) => forceAreaOf.get(s) === forceArea || needs.some((n) => NATIONAL_FACTS.includes(n)))
      .map(([, events]) => ({
        aggregateType: events[0].aggregateType,
        caseId: events[0].stream.slice(events[0].stream.indexOf(':') + 1),
        events,
      }));
  for (const step of steps) {
    const entry = deciders.find((d) => d.decider.aggregateType === step.aggregateType);
    if (!entry) throw new Error(`Step ${step.stepId}: no decider for ${step.aggregateType}`);
    const d = entry.decider;
    const stream = `${d.streamPrefix}:${step.caseId}`;
    const history = streams.get(stream) ?? [];
    const command = resolveStepRefs(step.command, (id, i) => byStep.get(id)?.[i]?.eventId);
    let events: DomainEvent[];
    try {
      if (command.type === 'CorrectRecord') events = decideCorrection(command as CorrectRecord, history);
      else {
        if (!(command.type in d.commands)) throw new Error(`${step.aggregateType} has no command ${command.type}`);
        const needs = (d.commands as Record<string, { needs?: readonly FactKind[] }>)[command.type].needs ?? [];
        const forceArea = forceAreaOf.get(stream) ?? String((command.data as { forceArea?: unknown }).forceArea ?? '');
        const facts = needs.length ? factsFromRecords(needs, casesIn(forceArea, needs), step.effectiveOn) : undefined;
        events = d.decide(command, foldStream(d, history), {
          now: step.recordedAt,
          effectiveOn: step.effectiveOn,
          actor: step.actor,
          ...(facts ? { facts } : {}),
        });
      }
    } catch (e) {
      (e as Error).message = `Step ${step.stepId} (${step.aggregateType} ${command.type}): ${(e as Error).message}`;
      throw e;
    }
    const loaded = events.map((event, i): LoadedEvent => ({
      event,
      eventId: `${step.stepId}#${i}`,
      effectiveOn: step.effectiveOn,
      recordedAt: step.recordedAt,
      stream,
      stepId: step.stepId,
      aggregateType: step.aggregateType,
    }));
    if (!forceAreaOf.has(stream))
      forceAreaOf.set(stream, String((command.data as { forceArea?: unknown }).forceArea ?? ''));
    streams.set(stream, [...history, ...loaded]);
    byStep.set(step.stepId, loaded);
    log.push(...loaded);
  }
  return { log, streams };
}
