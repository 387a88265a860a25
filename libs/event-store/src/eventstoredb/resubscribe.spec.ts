import { backoffDelay, resubscribing, type SubscriptionSource } from './resubscribe';

interface Ev {
  pos: number;
  n: number;
}

/**
 * A controllable stand-in for subscribeToAll: a log of events, and for each open a plan
 * of how many events it delivers before it fails (or goes live). Like EventStoreDB after
 * a reconnect it may start inclusively, re-sending the event at the position it was given.
 */
class FakeFeed {
  readonly log: Ev[] = [];
  readonly opens: Array<number | null> = [];
  closes = 0;
  private wake: Array<() => void> = [];
  constructor(
    private readonly plans: Array<{ deliver: number; then: 'fail' | 'end' }>,
    private readonly inclusive = true,
  ) {}

  push(...ns: number[]): void {
    for (const n of ns) this.log.push({ pos: n * 10, n });
    const w = this.wake;
    this.wake = [];
    w.forEach((f) => f());
  }

  open = (after: number | null): SubscriptionSource<Ev> => {
    const plan = this.plans[this.opens.length] ?? { deliver: Infinity, then: 'live' as const };
    this.opens.push(after);
    const state = { closed: false };
    return {
      [Symbol.asyncIterator]: () => this.iterate(after, plan, state),
      close: async () => {
        state.closed = true;
        this.closes++;
        this.push();
      },
    };
  };

  private async *iterate(
    after: number | null,
    plan: { deliver: number; then: string },
    state: { closed: boolean },
  ): AsyncGenerator<Ev> {
    let i = this.log.findIndex((e) => (after === null ? true : this.inclusive ? e.pos >= after : e.pos > after));
    if (i < 0) i = this.log.length;
    let delivered = 0;
    for (;;) {
      while (i < this.log.length && delivered < plan.deliver) {
        if (state.closed) return;
        yield this.log[i++];
        delivered++;
      }
      if (delivered >= plan.deliver) {
        if (plan.then === 'fail') throw Object.assign(new Error('14 UNAVAILABLE: Connection dropped'), { code: 14 });
        if (plan.then === 'end') return;
      }
      if (state.closed) return;
      await new Promise<void>((r) => this.wake.push(r));
    }
  }
}

function harness(
  feed: FakeFeed,
  extra: { now?: () => number; isFatal?: (e: unknown) => boolean; after?: number | null } = {},
) {
  const delays: number[] = [];
  const drops: Array<{ attempt: number; after: number | null; message: string }> = [];
  const sub = resubscribing<Ev, number>({
    open: feed.open,
    positionOf: (e) => e.pos,
    compare: (a, b) => a - b,
    after: extra.after ?? null,
    backoff: { initialMs: 100, factor: 2, maxMs: 1000, resetAfterMs: 60_000 },
    sleep: async (ms) => {
      delays.push(ms);
    },
    now: extra.now,
    isFatal: extra.isFatal,
    onDrop: (d) => drops.push({ attempt: d.attempt, after: d.after, message: (d.error as Error).message }),
  });
  return { sub, delays, drops };
}

/** Plans of opens that each deliver so many events and then fail. */
const failingAfter = (...delivered: number[]) => delivered.map((deliver) => ({ deliver, then: 'fail' as const }));

async function take(sub: AsyncIterable<Ev>, count: number): Promise<number[]> {
  const got: number[] = [];
  for await (const e of sub) {
    got.push(e.n);
    if (got.length === count) break;
  }
  return got;
}

describe('resubscribing subscription', () => {
  it('resubscribes from the last delivered position with growing delays, with no duplicate and no gap', async () => {
    const feed = new FakeFeed(failingAfter(3, 0, 0, 0));
    feed.push(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    const { sub, delays, drops } = harness(feed);
    const consumer = take(sub, 15);
    // Live events arrive after the subscription has caught up on the fifth open.
    await new Promise((r) => setTimeout(r, 20));
    feed.push(11, 12, 13, 14, 15);
    const got = await consumer;
    await sub.stop();

    expect(got).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(feed.opens).toEqual([null, 30, 30, 30, 30]);
    expect(delays).toEqual([100, 200, 400, 800]);
    expect(drops.map((d) => d.attempt)).toEqual([1, 2, 3, 4]);
    expect(drops.every((d) => d.after === 30 && /UNAVAILABLE/.test(d.message))).toBe(true);
  });

  it('starts again at the first delay once a new subscription has delivered, and caps the delay', async () => {
    const feed = new FakeFeed([...failingAfter(0, 0, 2), { deliver: 0, then: 'end' }]);
    feed.push(1, 2, 3, 4);
    const { sub, delays } = harness(feed);
    expect(await take(sub, 4)).toEqual([1, 2, 3, 4]);
    await sub.stop();
    // A subscription that simply ends counts as a drop too.
    expect(delays).toEqual([100, 200, 100, 200]);
    expect(feed.opens).toEqual([null, null, null, 20, 20]);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((a) => backoffDelay(a, { initialMs: 100, factor: 2, maxMs: 1000 }))).toEqual([
      100, 200, 400, 800, 1000, 1000, 1000, 1000,
    ]);
  });

  it('treats a subscription that stayed up past resetAfterMs as healthy even if it delivered nothing', async () => {
    let t = 0;
    const feed = new FakeFeed(failingAfter(0, 0, 0));
    feed.push(1);
    // Each subscription's life: the clock moves 61 s between open and drop on the third.
    const now = () => {
      const opened = feed.opens.length;
      return opened >= 3 ? (t += 61_000) : t;
    };
    const { sub, delays } = harness(feed, { now });
    expect(await take(sub, 1)).toEqual([1]);
    await sub.stop();
    expect(delays).toEqual([100, 200, 100]);
  });

  it('starts strictly after the given position, even when the source starts inclusively', async () => {
    const feed = new FakeFeed([]);
    feed.push(1, 2, 3, 4);
    const { sub } = harness(feed, { after: 20 });
    expect(await take(sub, 2)).toEqual([3, 4]);
    await sub.stop();
    expect(feed.opens).toEqual([20]);
  });

  it('ends with the error when it is fatal, without resubscribing', async () => {
    const feed = new FakeFeed(failingAfter(1));
    feed.push(1, 2);
    const { sub, delays } = harness(feed, { isFatal: () => true });
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const e of sub) got.push(e.n);
      })(),
    ).rejects.toThrow(/UNAVAILABLE/);
    expect(got).toEqual([1]);
    expect(feed.opens).toEqual([null]);
    expect(delays).toEqual([]);
  });

  it('stop() ends an iteration waiting for live events, and one waiting out a backoff delay', async () => {
    const live = new FakeFeed([]);
    live.push(1);
    const a = harness(live);
    const seen: number[] = [];
    const loop = (async () => {
      for await (const e of a.sub) seen.push(e.n);
    })();
    await new Promise((r) => setTimeout(r, 10));
    await a.sub.stop();
    await loop;
    expect(seen).toEqual([1]);
    expect(live.closes).toBe(1);

    const failing = new FakeFeed(failingAfter(0));
    const b = resubscribing<Ev, number>({
      open: failing.open,
      positionOf: (e) => e.pos,
      compare: (x, y) => x - y,
      backoff: { initialMs: 60_000 },
    });
    const started = Date.now();
    const loopB = (async () => {
      for await (const _ of b) throw new Error('nothing should be delivered');
    })();
    await new Promise((r) => setTimeout(r, 10));
    await b.stop();
    await loopB;
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(failing.opens).toEqual([null]);
  });
});
