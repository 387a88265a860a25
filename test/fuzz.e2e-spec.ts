import { runFuzz } from './fuzz';
import { startApp, TestApp } from './helpers/app';
import { BACKENDS } from './helpers/backends';
import { caughtUp } from './helpers/projections';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

describe.each(BACKENDS)('%s', (store) => {
  describe(`Fuzzing the command endpoints (${RUNS} generated requests)`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startApp({ store, env: { THROTTLE_LIMIT: '10000000' } });
      // A 503 while the read models are first built is a true answer, not the fault fuzzed for.
      await caughtUp(t);
    });
    afterAll(async () => t.close());

    it('never answers 5xx, answers every error in problem+json, and leaves the store unchanged on rejection', async () => {
      const { requests, statuses } = await runFuzz(t, RUNS);
      expect(requests).toBeGreaterThanOrEqual(RUNS);
      // The generator must reach past the front door: auth, validation and routing errors all occur.
      for (const s of [400, 401, 404]) expect(statuses[s] ?? 0).toBeGreaterThan(0);
    }, 600_000);
  });
});
