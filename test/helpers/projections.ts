import { request, TestApp } from './app';
import { eventually } from './eventually';

/** Waits until every projection has caught up with the log (lag 0) and is healthy. */
export async function caughtUp(t: TestApp, timeoutMs = 30_000): Promise<void> {
  await eventually(
    async () => {
      const res = await request(t.http).get('/health/ready');
      const p = res.body?.details?.projections;
      const ok =
        res.status === 200 &&
        p?.status === 'up' &&
        p.lagEvents === 0 &&
        (p.projections as Array<{ state: string }>).every((x) => x.state === 'running');
      if (!ok) throw new Error(JSON.stringify(res.body));
    },
    { timeoutMs, intervalMs: 50, what: 'projections caught up' },
  );
}
