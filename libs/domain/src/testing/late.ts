import type { Command, Decider, DomainEvent } from '../core/decider';
import { type GivenItem, spec } from './spec';

/**
 * A duty with a last day: from this history the act is recorded without a finding on
 * `lastDay`. Returns the same act done on `lateOn`, for the caller to assert the late finding
 * (`.thenFlags(code)`) as it would any other.
 */
export function doneLate<S, C extends Command, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  given: GivenItem<E>[],
  when: C,
  days: { lastDay: string; lateOn: string },
) {
  spec(decider)
    .given(...given)
    .when(when, { effectiveOn: days.lastDay })
    .thenFlags();
  return spec(decider)
    .given(...given)
    .when(when, { effectiveOn: days.lateOn });
}
