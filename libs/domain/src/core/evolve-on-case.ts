import { assertNever, type DomainEvent } from './decider';

type Opened<S> = Exclude<S, { status: 'none' }>;

/** How each event that opens a case makes it, whatever came before. */
export type CaseOpeners<S, E extends DomainEvent> = {
  [K in E['type']]: (event: Extract<E, { type: K }>) => S;
};

/** How each other event changes a case that is open. */
export type CaseEvolvers<S, E extends DomainEvent> = {
  [K in E['type']]: (event: Extract<E, { type: K }>, state: S) => S;
};

/**
 * The evolve of a process whose case is opened by one of a few events: an opening event makes
 * the case from its data; any other event leaves a case not yet opened as it is, and otherwise
 * goes to its own handler. The handlers' type asks for one per event, so the exhaustiveness a
 * switch got from assertNever is checked at compile time.
 */
export function evolveOnCase<S extends { status: string }, E extends DomainEvent, O extends E['type']>(
  openers: CaseOpeners<S, Extract<E, { type: O }>>,
  evolvers: CaseEvolvers<Opened<S>, Exclude<E, { type: O }>>,
): (state: S, event: E) => S {
  const opening = openers as unknown as Partial<Record<string, (event: E) => S>>;
  const evolving = evolvers as unknown as Partial<Record<string, (event: E, state: Opened<S>) => S>>;
  return (state, event) => {
    const open = Object.hasOwn(opening, event.type) ? opening[event.type] : undefined;
    if (open) return open(event);
    if (state.status === 'none') return state;
    const evolve = Object.hasOwn(evolving, event.type) ? evolving[event.type] : undefined;
    return evolve ? evolve(event, state as Opened<S>) : assertNever(event as never, 'event');
  };
}
