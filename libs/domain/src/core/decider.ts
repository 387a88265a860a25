import type { IsoDate } from './calendar';
import type { DeadlineSpec } from './deadlines';
import type { FactKind, RecordFacts } from './record-facts';
import type { RuleFinding } from './rules';

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
  /** The body whose act this is; several when the act is recorded by whichever receives it. */
  body: ActingBody | readonly ActingBody[];
  /** Citation of the power exercised, stored as the event's legalBasis. */
  legalBasis: string;
  /** True when this command opens a new case (the stream must not exist). */
  creates?: boolean;
  /** Facts from other streams the decision needs; the application loads them from the record. */
  needs?: readonly FactKind[];
}

/** Exhaustiveness guard for switch statements over unions. */
export function assertNever(x: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(x)}`);
}
