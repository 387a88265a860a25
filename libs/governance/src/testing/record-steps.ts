/**
 * Test loader: records ScriptSteps (libs/domain/src/demo) into a given store through the
 * ledger's one application service (Ledger.record over the CommandBus), exactly as the API
 * and the demo loader do, so a test's log holds only what the application would have written.
 * The read side's specs use it; its production code never imports the write side.
 */
import { CqrsModule } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import type { ScriptStep } from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { ExecuteDomainCommandHandler } from '../commands/execute-domain-command';
import { Ledger } from '../commands/ledger';
import { loadScript } from '../demo-loader';

/** Runs `use` with a Ledger over `store`; the store stays open (the caller owns it). */
async function withLedger<T>(store: EventStore, use: (ledger: Ledger) => Promise<T>): Promise<T> {
  const moduleRef = await Test.createTestingModule({
    imports: [CqrsModule.forRoot()],
    providers: [{ provide: EVENT_STORE, useValue: store }, ExecuteDomainCommandHandler, Ledger],
  }).compile();
  await moduleRef.init();
  try {
    return await use(moduleRef.get(Ledger));
  } finally {
    await moduleRef.close();
  }
}

/**
 * Records `steps` in order; each step's id is its Idempotency-Key (under `name`), so a step
 * recorded twice is written once. Returns the number of events appended.
 */
export function recordSteps(store: EventStore, steps: ScriptStep[], name = 'test'): Promise<number> {
  return withLedger(store, (ledger) => loadScript(ledger, name, steps));
}
