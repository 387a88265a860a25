import type { Command, Decider, DomainEvent } from '../core/decider';
import { GivenItem, spec } from './spec';

/**
 * A duty with a last day: from this history the act is recorded without a finding on `lastDay`,
 * and recorded with the finding `code` when done on `lateOn`. Returns the late act's events.
 */
export function flagsLateAfter<S, C extends Command, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  given: GivenItem<E>[],
  when: C,
  days: { lastDay: string; lateOn: string },
  code: string,
): E[] {
  spec(decider)
    .given(...given)
    .when(when, { effectiveOn: days.lastDay })
    .thenFlags();
  return spec(decider)
    .given(...given)
    .when(when, { effectiveOn: days.lateOn })
    .thenFlags(code);
}
