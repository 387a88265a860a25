/**
 * The handler keeps the folded state of streams it acted on recently and asks the log only
 * for what came after. These check, on real SQLite files, that nothing it keeps is ever
 * served stale: another process's appends are seen, a keyed retry is still answered from the
 * log, and a correction refolds the case.
 */
import type { EventBus } from '@nestjs/cqrs';
import { StatutoryRuleViolation } from '@ledger/domain';
import { SqliteEventStore } from '@ledger/event-store';
import type { ApiActor } from '../auth/api-keys';
import { IdempotencyKeyReused, PreconditionFailed } from '../errors';
import { ExecuteDomainCommand, ExecuteDomainCommandHandler } from './execute-domain-command';
import { tempSqliteStore, type TempStore } from '../testing/temp-store';

const PCC: ApiActor = { id: 'key-kent-pcc', name: 'Kent OPCC', role: 'pcc-office', forceArea: 'kent', body: 'kent' };
const bus = { publish: () => undefined } as unknown as EventBus;

const act = (type: string, data: object, more: Partial<ExecuteDomainCommand['input']> = {}) =>
  new ExecuteDomainCommand({
    aggregateType: 'DecisionRegister',
    caseId: 'kent-register',
    command: { type, data },
    actor: PCC,
    effectiveAt: '2013-03-01',
    correlationId: `test:${type}`,
    ...more,
  });
const open = () => act('OpenDecisionRegister', { forceArea: 'kent', office: 'Office of the Kent PCC' });
const decision = (decisionRef: string, more: Partial<ExecuteDomainCommand['input']> = {}) =>
  act(
    'RecordDecision',
    {
      decisionRef,
      title: 'Commissioning of victim services',
      decisionMaker: 'Police and Crime Commissioner',
      significantPublicInterest: false,
      madeAtMeeting: false,
    },
    more,
  );

describe('Folded state kept between commands', () => {
  let log: TempStore;
  let store: SqliteEventStore;
  let other: SqliteEventStore;
  let handler: ExecuteDomainCommandHandler;
  let elsewhere: ExecuteDomainCommandHandler;

  beforeEach(async () => {
    log = await tempSqliteStore('ledger-folded-');
    store = log.store;
    other = await SqliteEventStore.open({ file: log.file });
    handler = new ExecuteDomainCommandHandler(store, bus);
    elsewhere = new ExecuteDomainCommandHandler(other, bus);
    await handler.execute(open());
    await handler.execute(decision('D/1'));
  });
  afterEach(async () => {
    await other.close();
    await log.cleanup();
  });

  it('sees what another process appended to the stream since it last acted on it', async () => {
    await elsewhere.execute(decision('D/2'));
    await expect(handler.execute(decision('D/2'))).rejects.toBeInstanceOf(StatutoryRuleViolation);
    await expect(handler.execute(decision('D/3', { ifMatch: 1n }))).rejects.toBeInstanceOf(PreconditionFailed);
    expect((await handler.execute(decision('D/3', { ifMatch: 2n }))).revision).toBe(3n);
  });

  it('answers a keyed retry from the log when it holds the stream, whoever recorded the act', async () => {
    const first = await handler.execute(decision('D/2', { idempotencyKey: 'k1', requestHash: 'h1' }));
    await handler.execute(decision('D/3'));
    expect(await handler.execute(decision('D/2', { idempotencyKey: 'k1', requestHash: 'h1' }))).toEqual({
      ...first,
      replayed: true,
    });
    await expect(
      handler.execute(decision('D/2', { idempotencyKey: 'k1', requestHash: 'another request' })),
    ).rejects.toBeInstanceOf(IdempotencyKeyReused);

    const theirs = await elsewhere.execute(decision('D/4', { idempotencyKey: 'k2', requestHash: 'h2' }));
    expect(await handler.execute(decision('D/4', { idempotencyKey: 'k2', requestHash: 'h2' }))).toEqual({
      ...theirs,
      replayed: true,
    });
  });

  it('refolds the case when a correction is recorded, here or by another process', async () => {
    const [recorded] = (await handler.execute(decision('D/2'))).events;
    const correct = (oldValue: string, newValue: string) =>
      act('CorrectRecord', {
        correctsEventId: recorded.eventId,
        field: 'decisionRef',
        oldValue,
        newValue,
        reason: 'The reference was mistyped',
      });
    await handler.execute(correct('D/2', 'D/20'));
    expect((await handler.execute(decision('D/2'))).revision).toBe(4n);
    await expect(handler.execute(decision('D/20'))).rejects.toBeInstanceOf(StatutoryRuleViolation);

    await elsewhere.execute(correct('D/20', 'D/21'));
    expect((await handler.execute(decision('D/20'))).revision).toBe(6n);
    await expect(handler.execute(decision('D/21'))).rejects.toBeInstanceOf(StatutoryRuleViolation);
  });
});
