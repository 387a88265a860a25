import { EVENT_STORE, EventStore, RecordedEvent } from '@ledger/event-store';
import { createApp } from '../apps/api/src/app.factory';
import { startApp, TestApp } from './helpers/app';

async function all(store: EventStore): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  for await (const e of store.readAll()) out.push(e);
  return out;
}

describe('Demo on first start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ env: { LOAD_DEMO: 'true' } });
  });
  afterAll(async () => t.close());

  it('loads the Kent 2012-2015 timeline and the labelled synthetic set into the empty SQLite store', async () => {
    const events = await all(t.app.get<EventStore>(EVENT_STORE));
    const types = events.map((e) => e.type);
    expect(types).toContain('ElectionHeld');
    expect(types).toContain('RecordCorrected');
    // The seed's wrong year is recorded as it was, then corrected later.
    const election = events.find((e) => e.type === 'ElectionHeld')!;
    const correction = events.find((e) => e.type === 'RecordCorrected' && e.data.correctsEventId === election.eventId)!;
    expect(correction).toBeDefined();
    expect(correction.metadata.recordedAt > election.metadata.recordedAt).toBe(true);
    const synthetic = events.filter(
      (e) => (e.metadata.provenance as { provenance?: string }).provenance === 'synthetic',
    );
    expect(synthetic.length).toBeGreaterThan(0);
    expect(types).toEqual(
      expect.arrayContaining([
        'PreceptVetoed',
        'AppointmentVetoed',
        'ReserveCandidateNotified',
        'ComplaintReferredToIPCC',
        'CombinationAgreementInForce',
      ]),
    );
  });

  it('does not load it again on the next start', async () => {
    const before = (await all(t.app.get<EventStore>(EVENT_STORE))).length;
    await t.stop();
    const again = await createApp(t.env);
    try {
      await again.init();
      expect((await all(again.get<EventStore>(EVENT_STORE))).length).toBe(before);
    } finally {
      await again.close();
    }
  });
});
