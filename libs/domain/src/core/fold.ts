import type { IsoDate } from './calendar';
import { applyCorrections, isCorrection } from './correction';
import type { Command, Decider, DomainEvent, StoredDomainEvent } from './decider';
import { Deadline, RecordComplete, withStatus } from './deadlines';

/** Folds a stream into state, with corrections applied to the events they correct. */
export function foldStream<S, C extends Command, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  events: StoredDomainEvent[],
): S {
  // The state is made here and only the result leaves, so the decider may grow it in place.
  const evolve = (decider.evolveOwned ?? decider.evolve).bind(decider);
  let state = decider.initialState();
  for (const e of applyCorrections(events as StoredDomainEvent<E>[])) {
    if (isCorrection(e.event)) continue;
    state = evolve(state, e.event as E, { effectiveOn: e.effectiveOn, eventId: e.eventId });
  }
  return state;
}

/** Every statutory deadline of the case, with status as at `asAt` (missed only where `complete` says the record is complete). */
export function deadlinesAsAt<S, C extends Command, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  state: S,
  asAt: IsoDate,
  complete?: RecordComplete,
): Deadline[] {
  return decider.deadlines ? withStatus(decider.deadlines(state), asAt, complete) : [];
}
