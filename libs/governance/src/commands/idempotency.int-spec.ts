/**
 * Idempotency-Key through the command handler on a real SQLite log: a retried act is
 * answered from the log as it was recorded, never recorded twice, also when the case has
 * moved on or when two processes race with the key; a key reused for another request is
 * refused; and a key belongs to the caller that used it.
 */
import type { EventBus } from '@nestjs/cqrs';
import { SqliteEventStore } from '@ledger/event-store';
import { MEDWAY_REQUEST } from '@ledger/projections/testing/scenario';
import type { ApiActor } from '../auth/api-keys';
import { IdempotencyKeyReused } from '../errors';
import { ExecuteDomainCommand, ExecuteDomainCommandHandler } from './execute-domain-command';
import { tempSqliteStore, type TempStore } from '../testing/temp-store';

const PCC: ApiActor = {
  id: 'key-kent-pcc',
  name: 'Kent OPCC',
  role: 'pcc-office',
  forceArea: 'kent',
  body: 'kent-opcc',
};
const OTHER_PCC: ApiActor = { ...PCC, id: 'key-kent-pcc-2', name: 'Kent OPCC (second key)' };

const requestReport = (caseId: string, key: string, requestHash: string, actor = PCC) =>
  new ExecuteDomainCommand({
    aggregateType: 'CspReportRequirement',
    caseId,
    command: { type: 'RequestReport', data: MEDWAY_REQUEST },
    actor,
    effectiveAt: '2013-05-01',
    idempotencyKey: key,
    requestHash,
    correlationId: `test:${key}`,
  });

describe('Idempotency-Key on a SQLite log', () => {
  let log: TempStore;
  let store: SqliteEventStore;
  let handler: ExecuteDomainCommandHandler;
  const published: unknown[] = [];
  // The EventBus only carries post-commit side effects; what matters here is the log.
  const bus = { publish: (e: unknown) => void published.push(e) } as unknown as EventBus;
  const all = async () => {
    const out = [];
    for await (const e of store.readAll()) out.push(e);
    return out;
  };

  beforeEach(async () => {
    log = await tempSqliteStore('ledger-idem-');
    store = log.store;
    handler = new ExecuteDomainCommandHandler(store, bus);
    published.length = 0;
  });
  afterEach(async () => {
    await log.cleanup();
  });

  it('answers a retry from the log, with the same events, and records the act once', async () => {
    const first = await handler.execute(requestReport('kent-asb', 'k1', 'h1'));
    const again = await handler.execute(requestReport('kent-asb', 'k1', 'h1'));
    expect(first.replayed).toBeUndefined();
    expect(again).toEqual({ ...first, replayed: true });
    expect((await all()).map((e) => e.eventId)).toEqual(first.events.map((e) => e.eventId));
    expect(published).toHaveLength(1);
  });

  it('still replays the recorded act after the case has moved on', async () => {
    const first = await handler.execute(requestReport('kent-asb', 'k1', 'h1'));
    const CSP: ApiActor = {
      id: 'key-medway-csp',
      name: 'Medway CSP',
      role: 'csp-officer',
      forceArea: 'kent',
      body: 'medway-csp',
    };
    const submitted = await handler.execute(
      new ExecuteDomainCommand({
        aggregateType: 'CspReportRequirement',
        caseId: 'kent-asb',
        command: { type: 'SubmitReport', data: { submittedBy: 'Medway CSP', sentTo: ['kent'] } },
        actor: CSP,
        effectiveAt: '2013-06-20',
        correlationId: 'test:submit',
      }),
    );
    expect(submitted.revision).toBe(1n);
    const retried = await handler.execute(requestReport('kent-asb', 'k1', 'h1'));
    expect(retried.events).toEqual(first.events);
    expect(retried.replayed).toBe(true);
  });

  it('refuses the key for a different request and records nothing more', async () => {
    await handler.execute(requestReport('kent-asb', 'k1', 'h1'));
    const before = await all();
    await expect(handler.execute(requestReport('kent-asb', 'k1', 'another request'))).rejects.toBeInstanceOf(
      IdempotencyKeyReused,
    );
    expect(await all()).toEqual(before);
  });

  it('records the act once when two processes race with the same key, and both get its events', async () => {
    const second = await SqliteEventStore.open({ file: log.file });
    try {
      const other = new ExecuteDomainCommandHandler(second, bus);
      const [a, b] = await Promise.all([
        handler.execute(requestReport('kent-race', 'k2', 'h2')),
        other.execute(requestReport('kent-race', 'k2', 'h2')),
      ]);
      expect(a.events.map((e) => e.eventId)).toEqual(b.events.map((e) => e.eventId));
      expect((await all()).filter((e) => e.stream === a.stream)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('scopes a key to the caller: the same key from another key holder is another act', async () => {
    const mine = await handler.execute(requestReport('kent-a', 'shared-key', 'h'));
    const theirs = await handler.execute(requestReport('kent-b', 'shared-key', 'h', OTHER_PCC));
    expect(theirs.replayed).toBeUndefined();
    expect(theirs.events[0].eventId).not.toBe(mine.events[0].eventId);
    expect(await all()).toHaveLength(2);
  });
});
