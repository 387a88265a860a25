import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, ICommandHandler } from '@nestjs/cqrs';
import {
  Command,
  DecisionContext,
  decideCorrection,
  DeciderEntry,
  deciderByAggregate,
  DomainEvent,
  isIsoDate,
  Provenance,
  RuleFinding,
  CORRECT_RECORD_SPEC,
  isCorrectionAct,
  FactKind,
  RecordFacts,
} from '@ledger/domain';
import {
  actEnvelopes,
  EVENT_STORE,
  EventStore,
  ExpectedRevision,
  IdempotencyConflict,
  NewEvent,
  RecordedEvent,
  WrongExpectedRevision,
} from '@ledger/event-store';
import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';
import type { ApiActor } from '../auth/api-keys';
import {
  CaseNotFound,
  ConcurrencyConflict,
  Forbidden,
  IdempotencyKeyReused,
  InvalidCommand,
  PreconditionFailed,
} from '../errors';
import { streamId, toStoredDomainEvent } from '../stored-event';
import { FoldedStreams, StreamView } from './folded-streams';
import { RecordFactsLoader } from './record-facts.loader';

/** Namespace for event ids derived from an Idempotency-Key (UUID v5). */
const IDEMPOTENCY_NAMESPACE = '4d2c8f3e-9a41-5b6e-8c1f-2a7d9e0b3c55';

/**
 * The id of the i-th event of the act a caller sent with an Idempotency-Key. The same
 * caller and key always name the same events, so the log itself answers "was this
 * already recorded?" on any instance, after any restart.
 */
function idempotentEventId(actorId: string, key: string, i: number): string {
  return uuidv5(`${actorId}\n${key}\n${i}`, IDEMPOTENCY_NAMESPACE);
}

/** The case id a keyed act that opens a new case gets, so a retry finds the same stream. */
export function idempotentCaseId(actorId: string, key: string): string {
  return uuidv5(`${actorId}\n${key}\ncase`, IDEMPOTENCY_NAMESPACE);
}

/** What a command may seal or compute once it is known to be new (not a replay), just before it is decided. */
export type PrepareCommand = (at: {
  stream: string;
  eventId: (i: number) => string;
}) => Promise<Record<string, unknown>>;

export class ExecuteDomainCommand {
  constructor(
    readonly input: {
      aggregateType: string;
      caseId: string;
      command: Command;
      actor: ApiActor;
      /** Legal date of the act; defaults to today (UTC). Never in the future. */
      effectiveAt?: string;
      ifMatch?: bigint;
      idempotencyKey?: string;
      /**
       * Fingerprint of the request that carried the Idempotency-Key (method, path, body). It is
       * recorded with the events, so a key reused for another request is refused from the log alone.
       */
      requestHash?: string;
      correlationId: string;
      causationId?: string | null;
      classification?: string;
      provenance?: Provenance;
      /** Imported history only (the demo loader): when the record learnt of the act. */
      recordedAt?: string;
      /** The case id was just generated (UUIDv7): the stream cannot exist, so the first attempt skips reading it. */
      newCase?: boolean;
      /**
       * Runs once, only when the act is new (never for a replay of a recorded one), after the
       * If-Match check and before the decision; what it returns joins the command's data.
       */
      prepare?: PrepareCommand;
    },
  ) {}
}

export interface CommandOutcome {
  caseId: string;
  stream: string;
  revision: bigint;
  created: boolean;
  /** The act was already in the log under this Idempotency-Key: nothing was written. */
  replayed?: boolean;
  events: Array<{ eventId: string; type: string; revision: string; position: string; findings: RuleFinding[] }>;
}

/** Published on the EventBus after the commit, for side effects that can be retried. */
class DomainEventsCommitted {
  constructor(readonly events: RecordedEvent[]) {}
}

/**
 * The whole command loop (DESIGN.md "How a command flows"):
 * read stream → fold → decide(command, state, clock) → append(expected revision),
 * then publish after the commit. Without If-Match a revision conflict is re-read and
 * re-decided once, then answered 409; with If-Match a stale revision is a 412.
 */
@CommandHandler(ExecuteDomainCommand)
export class ExecuteDomainCommandHandler implements ICommandHandler<ExecuteDomainCommand, CommandOutcome> {
  private readonly facts: RecordFactsLoader;
  private readonly streams: FoldedStreams;
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly eventBus: EventBus,
  ) {
    this.facts = new RecordFactsLoader(store);
    this.streams = new FoldedStreams(store);
  }

  async execute({ input }: ExecuteDomainCommand): Promise<CommandOutcome> {
    const entry = deciderByAggregate(input.aggregateType);
    if (!entry) throw new InvalidCommand(`Unknown process ${input.aggregateType}`, 'aggregateType');
    const stream = streamId(entry.decider.streamPrefix, input.caseId);
    const eventId = this.eventIds(input);
    let prepared: Record<string, unknown> | null = null;
    const decider = entry.decider as unknown as Parameters<FoldedStreams['read']>[0];
    // A correction is decided against the stored events themselves.
    const whole = isCorrectionAct(input.command);
    for (let attempt = 0; ; attempt++) {
      let view =
        input.newCase && attempt === 0
          ? this.streams.unopened(decider)
          : await this.streams.read(decider, stream, whole);
      // The log first: an act already recorded under this key is answered as it was then,
      // before any precondition or rule is looked at again (the case has moved on since).
      if (input.idempotencyKey && !view.history && view.keyedIds.has(eventId(0)))
        view = await this.streams.read(decider, stream, true);
      const recorded = input.idempotencyKey && view.history ? this.recorded(input, view.history, eventId) : null;
      if (recorded) return recorded;
      const current = view.revision;
      if (input.ifMatch !== undefined && input.ifMatch !== current) {
        throw new PreconditionFailed(input.ifMatch.toString(), current === null ? 'none' : current.toString());
      }
      if (input.prepare && prepared === null) prepared = await input.prepare({ stream, eventId });
      const command: Command = prepared
        ? { ...input.command, data: { ...(input.command.data as object), ...prepared } }
        : input.command;
      const facts = await this.factsFor(entry, input, view);
      const newEvents = this.decide(entry, stream, { ...input, command }, view, facts, eventId);
      const expected: ExpectedRevision = current === null ? 'no-stream' : current;
      try {
        const result = await this.store.append(stream, newEvents, expected);
        this.eventBus.publish(new DomainEventsCommitted(result.events));
        return outcomeOf(input.caseId, stream, result.events, current === null);
      } catch (e) {
        // Another instance may have recorded this very act meanwhile: re-read, and the log answers.
        const keyed = input.idempotencyKey !== undefined && attempt < 2;
        if (e instanceof IdempotencyConflict && keyed) continue;
        if (!(e instanceof WrongExpectedRevision)) throw e;
        if (keyed) continue;
        if (input.ifMatch !== undefined)
          throw new PreconditionFailed(input.ifMatch.toString(), e.actual?.toString() ?? 'none');
        if (attempt >= 1) throw new ConcurrencyConflict(stream);
      }
    }
  }

  /** Event ids: from the caller's key, else fresh; each fixed once chosen (the prepare step may bind to them). */
  private eventIds(input: ExecuteDomainCommand['input']): (i: number) => string {
    const chosen: string[] = [];
    return (i) => {
      chosen[i] ??= input.idempotencyKey ? idempotentEventId(input.actor.id, input.idempotencyKey, i) : uuidv7();
      return chosen[i];
    };
  }

  /**
   * The outcome of this key's act if the stream holds it: its events are the ones whose ids
   * the key names, consecutively. The same key for another request is a 409.
   */
  private recorded(
    input: ExecuteDomainCommand['input'],
    history: RecordedEvent[],
    eventId: (i: number) => string,
  ): CommandOutcome | null {
    const first = history.findIndex((e) => e.eventId === eventId(0));
    if (first < 0) return null;
    const events: RecordedEvent[] = [];
    for (let i = first; i < history.length && history[i].eventId === eventId(i - first); i++) events.push(history[i]);
    const md = events[0].metadata;
    if (
      md.command !== input.command.type ||
      (md.requestHash !== undefined && md.requestHash !== (input.requestHash ?? null))
    )
      throw new IdempotencyKeyReused();
    return {
      ...outcomeOf(String(md.caseId ?? input.caseId), events[0].stream, events, events[0].revision === 0n),
      replayed: true,
    };
  }

  /**
   * The facts the command needs from other streams (CommandSpec.needs), found from the
   * case's force area as at the act's legal date: a veto's threshold counts the panel's
   * recorded members, never a roster the caller sends (Sch 5 para 4(4)).
   */
  private async factsFor(
    entry: DeciderEntry,
    input: ExecuteDomainCommand['input'],
    view: StreamView,
  ): Promise<RecordFacts> {
    const spec = (entry.decider.commands as Record<string, { needs?: readonly FactKind[] }>)[input.command.type];
    const needs = spec?.needs ?? [];
    if (needs.length === 0) return {};
    const forceArea = caseForceArea(view, input);
    const on = (input.effectiveAt ?? new Date().toISOString()).slice(0, 10);
    return this.facts.load(needs, forceArea, on);
  }

  private decide(
    entry: DeciderEntry,
    stream: string,
    input: ExecuteDomainCommand['input'],
    view: StreamView,
    facts: RecordFacts,
    eventIdAt: (i: number) => string,
  ): NewEvent[] {
    const { decider } = entry;
    const spec = (decider.commands as Record<string, { legalBasis: string; creates?: boolean }>)[input.command.type];
    const correction = isCorrectionAct(input.command) ? input.command : null;
    if (!spec && !correction)
      throw new InvalidCommand(`${decider.aggregateType} has no command ${input.command.type}`, 'command');
    if (view.revision === null && !(spec?.creates ?? false)) throw new CaseNotFound(stream);

    // Force-area scope: a Kent key cannot act on Essex records, unless Kent is a party
    // to the case (a cross-force merger).
    const forceArea = caseForceArea(view, input);
    const state = view.state as never;
    const parties = [forceArea, ...(decider.partyForceAreas?.(state) ?? [])];
    if (input.actor.forceArea !== '*' && !parties.includes(input.actor.forceArea)) {
      // An existing case of another area is answered as one that does not exist (a 403 would confirm it).
      if (view.revision !== null) throw new CaseNotFound(stream);
      throw new Forbidden(
        `This key acts for ${input.actor.forceArea}; the case belongs to ${forceArea || 'no force area'}`,
      );
    }

    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const effectiveAt = input.effectiveAt ?? today;
    if (!isIsoDate(effectiveAt.slice(0, 10)) || Number.isNaN(Date.parse(effectiveAt)))
      throw new InvalidCommand('effectiveAt must be an ISO date', 'effectiveAt');
    if (effectiveAt.slice(0, 10) > today)
      throw new InvalidCommand(
        'effectiveAt cannot be in the future: the ledger records acts that have happened',
        'effectiveAt',
      );

    const ctx: DecisionContext = {
      now: now.toISOString(),
      effectiveOn: effectiveAt.slice(0, 10),
      actor: {
        id: input.actor.id,
        name: input.actor.name,
        role: input.actor.role,
        body: input.actor.body,
        forceArea: input.actor.forceArea === '*' ? null : input.actor.forceArea,
      },
      facts,
    };
    const decided: DomainEvent[] = correction
      ? decideCorrection(correction, (view.history ?? []).map(toStoredDomainEvent))
      : decider.decide(input.command, state, ctx);
    if (decided.length === 0) throw new InvalidCommand('The command changes nothing', 'command');

    return actEnvelopes(
      {
        actor: input.actor,
        effectiveAt,
        recordedAt: input.recordedAt ?? now.toISOString(),
        legalBasis: correction ? CORRECT_RECORD_SPEC.legalBasis : spec.legalBasis,
        correlationId: input.correlationId,
        causationId: input.causationId ?? null,
        classification: input.classification ?? view.opened?.classification ?? 'open',
        aggregateType: decider.aggregateType,
        caseId: input.caseId,
        forceArea,
        command: input.command.type,
        provenance: input.provenance ?? { datePrecision: 'day', provenance: 'live' },
        ...(input.requestHash !== undefined ? { requestHash: input.requestHash } : {}),
      },
      decided.map((e, i) => ({
        eventId: eventIdAt(i),
        type: e.type,
        schemaVersion: correction ? 1 : ((decider.eventTypes as Record<string, number>)[e.type] ?? 1),
        data: e.data,
        findings: e.findings,
      })),
    );
  }
}

/** The case's force area: the one it was opened in, or for a new case the one the command names. */
function caseForceArea(view: StreamView, input: ExecuteDomainCommand['input']): string {
  return view.opened?.forceArea ?? String((input.command.data as { forceArea?: unknown }).forceArea ?? '');
}

function outcomeOf(caseId: string, stream: string, events: RecordedEvent[], created: boolean): CommandOutcome {
  return {
    caseId,
    stream,
    revision: events[events.length - 1].revision,
    created,
    events: events.map((e) => ({
      eventId: e.eventId,
      type: e.type,
      revision: e.revision.toString(),
      position: e.position,
      findings: (e.metadata.findings as unknown as RuleFinding[]) ?? [],
    })),
  };
}
