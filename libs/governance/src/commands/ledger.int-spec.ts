import { Test, TestingModule } from '@nestjs/testing';
import { CqrsModule } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore, RecordedEvent } from '@ledger/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiActor } from '../auth/api-keys';
import { loadConfig } from '../config';
import { Forbidden } from '../errors';
import { GovernanceModule } from '../governance.module';
import { Ledger } from './ledger';

const pcc: ApiActor = {
  id: 'kent-opcc',
  name: 'Office of the Kent PCC',
  role: 'pcc-office',
  body: 'kent-pcc',
  forceArea: 'kent',
};
const panel: ApiActor = {
  id: 'kent-pcp',
  name: 'Kent and Medway PCP secretariat',
  role: 'panel-secretariat',
  body: 'kent-and-medway-pcp',
  forceArea: 'kent',
};
const notify = { type: 'NotifyProposedPrecept', data: { forceArea: 'kent', financialYear: '2013-14', amount: 147.15 } };

describe('Ledger.record: the one way an act reaches the log', () => {
  let dir: string;
  let moduleRef: TestingModule;
  let ledger: Ledger;
  let store: EventStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-record-'));
    moduleRef = await Test.createTestingModule({
      imports: [
        CqrsModule.forRoot(),
        GovernanceModule.forRoot(loadConfig({ DATA_DIR: dir, LOAD_DEMO: 'false', LOG_LEVEL: 'silent' })),
      ],
    }).compile();
    await moduleRef.init();
    ledger = moduleRef.get(Ledger);
    store = moduleRef.get<EventStore>(EVENT_STORE);
  });
  afterEach(async () => {
    await moduleRef.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Kent's proposed precept for 2013-14, notified on 31 January 2013 by `actor`. */
  const notifyBy = (actor: ApiActor, act: { correlationId: string; recordedAt?: string }) =>
    ledger.record({ caseId: 'kent-2013-14', command: notify, actor, effectiveAt: '2013-01-31', ...act });

  const streamOf = async (stream: string) => {
    const out: RecordedEvent[] = [];
    for await (const e of store.readStream(stream)) out.push(e);
    return out;
  };

  it('finds the act’s process in the catalogue and stores the envelope built from it', async () => {
    const outcome = await notifyBy(pcc, { correlationId: 'c1' });
    expect(outcome).toMatchObject({ stream: 'precept-cycle:kent-2013-14', created: true, revision: 0n });
    const [event] = await streamOf('precept-cycle:kent-2013-14');
    expect(event.type).toBe('ProposedPreceptNotified');
    expect(event.metadata).toMatchObject({
      actor: { id: 'kent-opcc', name: 'Office of the Kent PCC', role: 'pcc-office', body: 'kent-pcc' },
      legalBasis: 'PRSRA 2011 Sch 5 para 2; SI 2012/2271 reg 3',
      aggregateType: 'PreceptCycle',
      caseId: 'kent-2013-14',
      forceArea: 'kent',
      command: 'NotifyProposedPrecept',
      classification: 'open',
      correlationId: 'c1',
      confidence: 'confirmed',
    });
  });

  it('refuses a live act the actor’s role may not record, and writes nothing', async () => {
    await expect(
      ledger.record({ caseId: 'kent-2013-14', command: notify, actor: panel, correlationId: 'c2' }),
    ).rejects.toBeInstanceOf(Forbidden);
    expect(await store.headPosition()).toBeNull();
  });

  it('records imported history under the actor its source names', async () => {
    const outcome = await notifyBy(panel, { recordedAt: '2013-02-01T12:00:00.000Z', correlationId: 'c3' });
    expect(outcome.created).toBe(true);
    const [event] = await streamOf('precept-cycle:kent-2013-14');
    expect(event.metadata).toMatchObject({
      actor: { role: 'panel-secretariat' },
      recordedAt: '2013-02-01T12:00:00.000Z',
    });
  });
});
