import type { IsoDate } from '../core/calendar';
import type { ActingParty, Command } from '../core/decider';
import type { Provenance, SourceDocument } from '../core/provenance';

/**
 * One act to load, store-agnostic: the loader (CLI `ledger demo`, or a test) routes the
 * command to the decider of `aggregateType`, on the stream `${streamPrefix}:${caseId}`,
 * decides it with ctx = { effectiveOn, actor, now: recordedAt }, and appends the events with
 * this step's metadata.
 */
export interface ScriptStep {
  /** Stable id of the step within its script; use it as the Idempotency-Key (deterministic event ids). */
  stepId: string;
  aggregateType: string;
  caseId: string;
  command: Command;
  effectiveOn: IsoDate;
  /** ISO date-time: when the record learnt of it (historic for imported history). */
  recordedAt: string;
  actor: ActingParty;
  provenance: Provenance;
  /** 'open' | 'exempt:1,2' | 'personal' */
  classification: string;
}

/**
 * A script cannot know store event ids in advance. A CorrectRecord step names the event it
 * corrects as `step:<stepId>#<n>` (the n-th event that step produced); the loader replaces
 * the reference with the real event id before deciding (see resolveStepRefs).
 */
const STEP_REF_PREFIX = 'step:';
export function stepEventRef(stepId: string, index = 0): string {
  return `${STEP_REF_PREFIX}${stepId}#${index}`;
}

/** Replaces a `step:` reference in a CorrectRecord command with the event id it names. */
export function resolveStepRefs(
  command: Command,
  eventIdOf: (stepId: string, index: number) => string | undefined,
): Command {
  if (command.type !== 'CorrectRecord') return command;
  const data = command.data as { correctsEventId: string };
  const m = /^step:(.+)#(\d+)$/.exec(data.correctsEventId);
  if (!m) return command;
  const id = eventIdOf(m[1], +m[2]);
  if (!id) throw new Error(`Script reference ${data.correctsEventId} names no event loaded so far`);
  return { ...command, data: { ...data, correctsEventId: id } };
}

export function seedDoc(doc: Omit<SourceDocument, 'exemptParas'> & { exemptParas?: number[] }): SourceDocument {
  return { ...doc, exemptParas: doc.exemptParas ?? [] };
}

/** Who acts in a script, in one line: id, name, role, the body acted for, and its force area (null: national). */
export function actingParty(
  id: string,
  name: string,
  role: string,
  body: string,
  forceArea: string | null,
): ActingParty {
  return { id, name, role, body, forceArea };
}
