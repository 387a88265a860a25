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
import { SqliteEventStore } from '@ledger/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordSteps } from '../testing/record-steps';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('Decider.evolve on a kept state', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-evolve-'));
    store = await SqliteEventStore.open({ file: join(dir, 'ledger.sqlite') });
    await recordSteps(store, kentDemoScript(), 'kent');
    await recordSteps(store, syntheticDemoScript(), 'synthetic');
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves the state it is given as it was, for every process in the demo log', async () => {
    const states = new Map<string, unknown>();
    const processes = new Set<string>();
    for await (const e of store.readAll()) {
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
