import { kentDemoScript } from '@ledger/domain';
import { recordSteps } from './record-steps';
import { useTempStore } from './temp-store';

describe('recordSteps: the test loader records through Ledger.record', () => {
  const log = useTempStore('ledger-steps-');

  it('stores each step with the envelope the application builds, and leaves the store open', async () => {
    const steps = kentDemoScript().slice(0, 3);
    const appended = await recordSteps(log.store, steps);
    const events = [];
    for await (const e of log.store.readAll()) events.push(e);
    expect(events).toHaveLength(appended);
    expect(events[0].metadata).toMatchObject({
      aggregateType: steps[0].aggregateType,
      caseId: steps[0].caseId,
      command: steps[0].command.type,
      effectiveAt: steps[0].effectiveOn,
      recordedAt: steps[0].recordedAt,
      correlationId: `test:${steps[0].stepId}`,
      actor: { id: steps[0].actor.id, role: steps[0].actor.role },
    });
  });

  it('records a step once: its id is its Idempotency-Key', async () => {
    const steps = kentDemoScript().slice(0, 3);
    const first = await recordSteps(log.store, steps);
    await recordSteps(log.store, steps);
    let count = 0;
    for await (const _ of log.store.readAll()) count++;
    expect(first).toBeGreaterThan(0);
    expect(count).toBe(first);
  });
});
