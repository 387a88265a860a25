import type { IsoDate } from './calendar';
import type { Command, CommandSpec, DomainEvent, StoredDomainEvent } from './decider';
import { defineRule, requireRule } from './rules';

/**
 * Corrections are new events (DOMAIN.md §5.1). RecordCorrected works on every
 * aggregate: it is appended to the stream of the event it corrects and names the
 * field (a dotted path into the event's data), the old value and the new value.
 * Nothing is ever edited in the log.
 */
export const RECORD_CORRECTED = 'RecordCorrected';
export type JsonLike = string | number | boolean | null | JsonLike[] | { [k: string]: JsonLike };

export interface RecordCorrectedData {
  correctsEventId: string;
  field: string;
  oldValue: JsonLike;
  newValue: JsonLike;
  reason: string;
}
export type RecordCorrectedEvent = DomainEvent<typeof RECORD_CORRECTED, RecordCorrectedData>;
/** The act of correcting the record; the one act that works on a case of any process. */
export const CORRECT_RECORD = 'CorrectRecord';
export type CorrectRecord = Command<typeof CORRECT_RECORD, RecordCorrectedData>;

export function isCorrectionAct(command: Command): command is CorrectRecord {
  return command.type === CORRECT_RECORD;
}

/** A correction changes what the record says about any body, so it is the ledger's own act. */
export const CORRECT_RECORD_SPEC: CommandSpec = {
  label: 'The ledger corrects what the record says',
  body: 'ledger',
  legalBasis: 'Governance Ledger record-keeping (DOMAIN.md §5.1)',
};

const CORRECTION_TARGET_UNKNOWN = defineRule({
  code: 'CORRECTION_TARGET_UNKNOWN',
  citation: 'Governance Ledger record-keeping (DOMAIN.md §5.1)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A correction must name an event in the same case.',
});

const CORRECTION_OLD_VALUE_MISMATCH = defineRule({
  code: 'CORRECTION_OLD_VALUE_MISMATCH',
  citation: 'Governance Ledger record-keeping (DOMAIN.md §5.1)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A correction must state the value the record currently shows.',
});

const CORRECTION_REASON_REQUIRED = defineRule({
  code: 'CORRECTION_REASON_REQUIRED',
  citation: 'Governance Ledger record-keeping (DOMAIN.md §5.1)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: 'A correction must give a reason.',
});

function getPath(obj: unknown, path: string): JsonLike | undefined {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur as JsonLike | undefined;
}

function setPath<T extends object>(obj: T, path: string, value: JsonLike): T {
  const parts = path.split('.');
  const clone = structuredClone(obj) as Record<string, unknown>;
  let cur = clone;
  for (const part of parts.slice(0, -1)) {
    const next = cur[part];
    if (next === null || typeof next !== 'object') cur[part] = {};
    cur = cur[part] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]] = value;
  return clone as T;
}

/** Decides a CorrectRecord against the events already in the stream (corrections applied). */
export function decideCorrection(command: CorrectRecord, history: StoredDomainEvent[]): RecordCorrectedEvent[] {
  const d = command.data;
  requireRule(
    CORRECTION_REASON_REQUIRED,
    typeof d.reason === 'string' && d.reason.trim().length > 0,
    'Give the reason for the correction.',
  );
  const applied = applyCorrections(history);
  const target = applied.find((e) => e.eventId === d.correctsEventId);
  requireRule(
    CORRECTION_TARGET_UNKNOWN,
    !!target && target.event.type !== RECORD_CORRECTED,
    `Event ${d.correctsEventId} is not a correctable event in this case.`,
  );
  const current = getPath(target!.event.data, d.field);
  requireRule(
    CORRECTION_OLD_VALUE_MISMATCH,
    JSON.stringify(current ?? null) === JSON.stringify(d.oldValue),
    `The record shows ${JSON.stringify(current ?? null)} for ${d.field}, not ${JSON.stringify(d.oldValue)}.`,
  );
  return [{ type: RECORD_CORRECTED, data: { ...d } }];
}

/**
 * Returns the stream's events with every correction applied to the event it corrects
 * (the RecordCorrected events themselves are kept, after their targets, so a view can
 * show the correction as a correction). A correction of `effectiveOn`-bearing fields
 * is applied to the data only; the envelope's effectiveAt is never rewritten.
 */
export function applyCorrections<E extends DomainEvent>(
  events: StoredDomainEvent<E | RecordCorrectedEvent>[],
): StoredDomainEvent<E | RecordCorrectedEvent>[] {
  const out = events.map((e) => ({ ...e }));
  const index = new Map(out.map((e, i) => [e.eventId, i] as const));
  for (const e of out) {
    if (e.event.type !== RECORD_CORRECTED) continue;
    const c = (e.event as RecordCorrectedEvent).data;
    const i = index.get(c.correctsEventId);
    if (i === undefined) continue;
    const target = out[i];
    out[i] = {
      ...target,
      event: { ...target.event, data: setPath(target.event.data as object, c.field, c.newValue) } as
        E | RecordCorrectedEvent,
    };
  }
  return out;
}

export function isCorrection(e: DomainEvent): e is RecordCorrectedEvent {
  return e.type === RECORD_CORRECTED;
}

export type { IsoDate };
