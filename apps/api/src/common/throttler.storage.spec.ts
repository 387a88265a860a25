import { FixedWindowThrottlerStorage } from './throttler.storage';

describe('FixedWindowThrottlerStorage', () => {
  afterEach(() => jest.useRealTimers());

  it('admits the limit, blocks the next request, and opens again in the next window', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const s = new FixedWindowThrottlerStorage();
    const hit = () => s.increment('1.2.3.4', 10_000, 3, 0, 'default');
    expect((await hit()).isBlocked).toBe(false);
    expect((await hit()).isBlocked).toBe(false);
    expect((await hit()).isBlocked).toBe(false);
    const blocked = await hit();
    expect(blocked.isBlocked).toBe(true);
    expect(blocked.timeToBlockExpire).toBe(10);
    jest.setSystemTime(1_000_000 + 10_000);
    expect((await hit()).isBlocked).toBe(false);
  });

  it('counts clients apart and stays fast with a huge limit', async () => {
    const s = new FixedWindowThrottlerStorage();
    for (let i = 0; i < 200_000; i++) await s.increment('bench', 10_000, 10_000_000, 0, 'default');
    const r = await s.increment('other', 10_000, 1, 0, 'default');
    expect(r.totalHits).toBe(1);
    expect((await s.increment('bench', 10_000, 10_000_000, 0, 'default')).totalHits).toBe(200_001);
  });
});
