import { applyCorrections, isCorrection, isIsoDate } from '@ledger/domain';
import type { Command, Decider, DomainEvent, IsoDate, StoredDomainEvent } from '@ledger/domain';

/**
 * The two clocks (DESIGN.md "Time").
 *   asAt        effective-time view: acts with effectiveAt on or before that day.
 *   recordedOn  what the record showed at the end of that day: only events with
 *               recordedAt on or before it (corrections included or not accordingly).
 * Days are UTC calendar days, like every other date in the ledger (calendar.ts).
 *
 * A correction (RecordCorrected) changes what we know about an earlier act, not when
 * the act happened: in the asAt view it applies whenever it had been recorded (it is
 * filtered by recordedOn only); its target must itself be in the view.
 */
export interface TimeView {
  asAt?: IsoDate;
  recordedOn?: IsoDate;
}

export function validateView(view: TimeView): void {
  for (const k of ['asAt', 'recordedOn'] as const) {
    const v = view[k];
    if (v !== undefined && !isIsoDate(v))
      throw new RangeError(`${k} must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(v)}`);
  }
}

export function isTimeView(view: TimeView): boolean {
  return view.asAt !== undefined || view.recordedOn !== undefined;
}

/** Does the state view include this event? */
export function inView(e: { type: string; effectiveOn: IsoDate; recordedOn: IsoDate }, view: TimeView): boolean {
  if (view.recordedOn !== undefined && e.recordedOn > view.recordedOn) return false;
  if (view.asAt !== undefined && !isCorrection({ type: e.type, data: {} }) && e.effectiveOn > view.asAt) return false;
  return true;
}

/**
 * foldStream, but from a given state (a snapshot) rather than the initial state. The state is
 * consumed: the caller hands over one it made (parsed or initial) and keeps only the result,
 * so the decider may grow it in place (evolveOwned) instead of copying it per event.
 */
export function foldFrom<S>(decider: Decider<S, Command, DomainEvent>, state: S, events: StoredDomainEvent[]): S {
  const evolve = (decider.evolveOwned ?? decider.evolve).bind(decider);
  let s = state;
  for (const e of applyCorrections(events)) {
    if (isCorrection(e.event)) continue;
    s = evolve(s, e.event, { effectiveOn: e.effectiveOn, eventId: e.eventId });
  }
  return s;
}
