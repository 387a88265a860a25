/**
 * The command handler keeps folded states between commands and folds later events onto them
 * with `evolve` (folded-streams.ts), while other commands may be deciding on the state it was
 * given. That is safe only if `evolve` never changes the state it is given, nor anything it
 * shares with earlier states: here every state is deep-frozen before the next event is folded
 * onto it, so a write into it throws. The log is the demo scripts, which open 15 of the 20 processes.
 */
import {
  deciderForStream,
  isCorrection,
  kentDemoScript,
  syntheticDemoScript,
  toStoredDomainEvent,
} from '@ledger/domain';
import { recordSteps } from '../testing/record-steps';
import { useTempStore } from '../testing/temp-store';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('Decider.evolve on a kept state', () => {
  const log = useTempStore('ledger-evolve-', 'all');
  beforeAll(async () => {
    await recordSteps(log.store, kentDemoScript(), 'kent');
    await recordSteps(log.store, syntheticDemoScript(), 'synthetic');
  });

  it('leaves the state it is given as it was, for every process in the demo log', async () => {
    const states = new Map<string, unknown>();
    const processes = new Set<string>();
    for await (const e of log.store.readAll()) {
      const { decider } = deciderForStream(e.stream)!;
      const stored = toStoredDomainEvent(e);
      // A correction is never folded on: the handler refolds the whole stream.
      if (isCorrection(stored.event)) continue;
      const state = states.get(e.stream) ?? deepFreeze(decider.initialState());
      const meta = { effectiveOn: stored.effectiveOn, eventId: stored.eventId };
      states.set(e.stream, deepFreeze(decider.evolve(state as never, stored.event as never, meta)));
      processes.add(decider.aggregateType);
    }
    expect(processes.size).toBeGreaterThanOrEqual(15);
  });
});
