import type { IsoDate } from './calendar';
import type { DeadlineSpec } from './deadlines';
import type { FactKind, RecordFacts } from './record-facts';
import { CASE_ALREADY_EXISTS, CASE_NOT_FOUND, requireRule, type RuleFinding } from './rules';

/**
 * A domain event as the decider sees it: an explicit stored type string (a contract,
 * never a class name), its data, and any rule findings (late, or ⚠️ warnings) that
 * the application records in the event's metadata.
 */
export interface DomainEvent<T extends string = string, D extends object = object> {
  type: T;
  data: D;
  findings?: RuleFinding[];
}

export interface Command<T extends string = string, D extends object = object> {
  type: T;
  data: D;
}

export interface ActingParty {
  id: string;
  name: string;
  role: string;
  body: string;
  /** Police area the actor belongs to, e.g. "kent"; null for national roles. */
  forceArea: string | null;
}

/** Everything a decision may depend on besides the command and state. */
export interface DecisionContext {
  /** System clock (recordedAt), ISO date-time. */
  now: string;
  /** Legal date of the act being recorded. */
  effectiveOn: IsoDate;
  actor: ActingParty;
  /** Facts from other streams the command declared it needs (CommandSpec.needs). */
  facts?: RecordFacts;
}

/** A folded event as the deciders see it: the domain event plus its envelope facts. */
export interface StoredDomainEvent<E extends DomainEvent = DomainEvent> {
  event: E;
  eventId: string;
  effectiveOn: IsoDate;
  recordedAt: string;
}

/**
 * One statutory process. Pure: no I/O, no clock, no Nest.
 * decide throws StatutoryRuleViolation when a blocking rule is broken.
 */
export interface Decider<S, C extends Command, E extends DomainEvent> {
  /** Aggregate name as in DOMAIN.md §5.2, e.g. "PreceptCycle". */
  readonly aggregateType: string;
  /** Stream id prefix, e.g. "precept-cycle". Streams are `${prefix}:${caseId}`. */
  readonly streamPrefix: string;
  /** Stored type → schema version written today. */
  readonly eventTypes: Readonly<Record<E['type'], number>>;
  /** Command type → citation of the power exercised (the envelope's legalBasis). */
  readonly commands: Readonly<Record<C['type'], CommandSpec>>;
  initialState(): S;
  evolve(state: S, event: E, meta: { effectiveOn: IsoDate; eventId: string }): S;
  /**
   * evolve for a state the caller owns and will not read again: it may change the state's
   * collections in place, so a case that grows by one entry per event folds in O(1) per
   * event instead of copying every entry each time. Only a folder that made the state and
   * hands out nothing but the result (foldStream) may call it; evolve stays pure for callers
   * that keep the state they passed in.
   */
  evolveOwned?(state: S, event: E, meta: { effectiveOn: IsoDate; eventId: string }): S;
  decide(command: C, state: S, ctx: DecisionContext): E[];
  /** Every statutory deadline that applies to this case, without status. */
  deadlines?(state: S): DeadlineSpec[];
  /**
   * Police areas that are parties to the case besides the one that opened it (e.g. a
   * CSP merger spanning two police areas: each PCC enters it). Callers acting for any
   * of them may act on the case.
   */
  partyForceAreas?(state: S): string[];
}

/**
 * Who performs an act: a PCC, a police and crime panel, a community safety partnership,
 * a national body (the Secretary of State, the IPCC, a returning officer, or the law
 * itself) whose act an administrator records, or the ledger's own record-keeping.
 */
export type ActingBody = 'pcc' | 'panel' | 'csp' | 'national' | 'ledger';

export interface CommandSpec {
  /** The act in a plain sentence naming who acts, e.g. "The panel vetoes the proposed precept". */
  label: string;
  /** The body whose act this is; several when the act is recorded by whichever receives it. */
  body: ActingBody | readonly ActingBody[];
  /** Citation of the power exercised, stored as the event's legalBasis. */
  legalBasis: string;
  /** True when this command opens a new case (the stream must not exist). */
  creates?: boolean;
  /** Facts from other streams the decision needs; the application loads them from the record. */
  needs?: readonly FactKind[];
}

/** One handler per command type: how the process decides that act, typed by its command. */
export type ActHandlers<S, C extends Command, E extends DomainEvent> = {
  [K in C['type']]: (command: Extract<C, { type: K }>, state: S, ctx: DecisionContext) => E[];
};

/**
 * A decide that hands each command to its act's handler. The handlers' type asks for one per
 * command, so the exhaustiveness a switch got from assertNever is checked at compile time.
 */
export function decideByAct<S, C extends Command, E extends DomainEvent>(
  handlers: ActHandlers<S, C, E>,
): (command: C, state: S, ctx: DecisionContext) => E[] {
  return (command, state, ctx) =>
    (handlers[command.type as C['type']] as (c: C, s: S, x: DecisionContext) => E[])(command, state, ctx);
}

/** A case state before its first act: `{ status: 'none' }`. */
type Unopened = { status: 'none' };

/** A process's state before its opening act: its decider's initialState. */
export function unopened(): Unopened {
  return { status: 'none' };
}

/**
 * The guard of an act that opens a case: refused with CASE_ALREADY_EXISTS once the case exists
 * (`exists` says why, in words). The counterpart of existingCase for the acts that follow.
 */
export function requireNewCase(state: { status: string }, exists: string): void {
  requireRule(CASE_ALREADY_EXISTS, state.status === 'none', exists);
}

/** The case's state once it exists; before its first act, CASE_NOT_FOUND (`notFound` says why). */
export function existingCase<S extends { status: string }>(state: S, notFound: string): Exclude<S, Unopened> {
  requireRule(CASE_NOT_FOUND, state.status !== 'none', notFound);
  return state as Exclude<S, Unopened>;
}

/**
 * A decide for a process whose case is opened by one act: that act's handler sees any state;
 * every other act is refused with CASE_NOT_FOUND (`notFound` says why, in words) until the case
 * exists, and its handler sees the opened state.
 */
export function decideOnCase<
  S extends { status: string },
  C extends Command,
  E extends DomainEvent,
  O extends C['type'],
>(
  opening: O,
  open: (command: Extract<C, { type: O }>, state: S, ctx: DecisionContext) => E[],
  notFound: string,
  handlers: ActHandlers<Exclude<S, Unopened>, Exclude<C, { type: O }>, E>,
): (command: C, state: S, ctx: DecisionContext) => E[] {
  const onCase = decideByAct(handlers);
  return (command, state, ctx) => {
    if (command.type === opening) return open(command as Extract<C, { type: O }>, state, ctx);
    return onCase(command as Exclude<C, { type: O }>, existingCase(state, notFound), ctx);
  };
}

/** Exhaustiveness guard for switch statements over unions. */
export function assertNever(x: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(x)}`);
}
