/**
 * Given / when / then for deciders (after Emmett's DeciderSpecification).
 *
 *   spec(preceptCycle)
 *     .given(on('2013-01-30', proposedNotified), ...)
 *     .when(vetoCommand, { effectiveOn: '2013-02-07' })
 *     .thenThrows('PRECEPT_VETO_THRESHOLD');
 */
import type { Command, DecisionContext, Decider, DomainEvent, StoredDomainEvent } from '../core/decider';
import { foldStream } from '../core/fold';
import { StatutoryRuleViolation } from '../core/rules';

export const DEFAULT_ACTOR = {
  id: 'actor-1',
  name: 'Test Officer',
  role: 'admin',
  body: 'kent-pcc',
  forceArea: 'kent',
};

export function context(overrides: Partial<DecisionContext> = {}): DecisionContext {
  const effectiveOn = overrides.effectiveOn ?? '2013-01-15';
  return {
    now: overrides.now ?? `${effectiveOn}T12:00:00.000Z`,
    effectiveOn,
    actor: overrides.actor ?? DEFAULT_ACTOR,
    ...(overrides.facts ? { facts: overrides.facts } : {}),
  };
}

let counter = 0;
/** An event in a given() history, with its legal date. */
export function on<E extends DomainEvent>(effectiveOn: string, event: E, eventId?: string): StoredDomainEvent<E> {
  counter += 1;
  return {
    event,
    effectiveOn,
    recordedAt: `${effectiveOn}T12:00:00.000Z`,
    eventId: eventId ?? `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
  };
}

/** The event an act records: its type, and the command's data with what recording adds (e.g. the day). */
export function recorded<const T extends string, D extends object, X extends object>(
  command: { data: D },
  type: T,
  added: X,
): { type: T; data: D & X } {
  return { type, data: { ...command.data, ...added } };
}

export type GivenItem<E extends DomainEvent> = E | StoredDomainEvent<E>;

function isStored<E extends DomainEvent>(x: GivenItem<E>): x is StoredDomainEvent<E> {
  return (x as StoredDomainEvent<E>).event !== undefined && (x as StoredDomainEvent<E>).eventId !== undefined;
}

export function spec<S, C extends Command, E extends DomainEvent>(decider: Decider<S, C, E>) {
  return {
    given(...history: GivenItem<E>[]) {
      return {
        when(command: C, ctx: Partial<DecisionContext> = {}) {
          const c = context(ctx);
          const stored = history.map((h) => (isStored(h) ? h : on(c.effectiveOn, h)));
          const run = () => decider.decide(command, foldStream(decider, stored), c);
          return {
            /** Exact events (type and data); findings are compared only if given. */
            then(expected: E[]) {
              const actual = run();
              expect(actual.map(strip(expected))).toEqual(expected);
              return actual;
            },
            thenThrows(code: string) {
              let thrown: unknown;
              try {
                run();
              } catch (e) {
                thrown = e;
              }
              expect(thrown).toBeInstanceOf(StatutoryRuleViolation);
              expect((thrown as StatutoryRuleViolation).code).toBe(code);
              expect((thrown as StatutoryRuleViolation).citation.length).toBeGreaterThan(0);
              return thrown as StatutoryRuleViolation;
            },
            /** The decision succeeds and records exactly these finding codes (late or ⚠️). */
            thenFlags(...codes: string[]) {
              const actual = run();
              const got = actual.flatMap((e) => (e.findings ?? []).map((f) => f.code)).sort();
              expect(got).toEqual([...codes].sort());
              return actual;
            },
            events: run,
          };
        },
      };
    },
  };
}

function strip<E extends DomainEvent>(expected: E[]) {
  return (e: E, i: number): E => {
    const want = expected[i];
    if (want && want.findings !== undefined) return e;
    const { findings: _f, ...rest } = e;
    return rest as E;
  };
}
