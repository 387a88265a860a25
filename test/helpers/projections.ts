import { request, TestApp } from './app';

/** Waits until every projection has caught up with the log (lag 0) and is healthy. */
export async function caughtUp(t: TestApp, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    const res = await request(t.http).get('/health/ready');
    last = res.body;
    const p = res.body?.details?.projections;
    if (res.status === 200 && p?.status === 'up' && p.lagEvents === 0 && (p.projections as Array<{ state: string }>).every((x) => x.state === 'running')) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`projections did not catch up: ${JSON.stringify(last)}`);
}
