import { eventually } from './eventually';

describe('eventually()', () => {
  it('returns the check result as soon as it passes', async () => {
    let tries = 0;
    const result = await eventually(
      () => {
        tries++;
        if (tries < 3) throw new Error('not yet');
        return 'done';
      },
      { intervalMs: 1 },
    );
    expect(result).toBe('done');
    expect(tries).toBe(3);
  });

  it('treats false as not yet', async () => {
    let tries = 0;
    await eventually(() => ++tries >= 2, { intervalMs: 1 });
    expect(tries).toBe(2);
  });

  it('fails with the last failure of the check when time runs out', async () => {
    await expect(
      eventually(() => expect(1).toBe(2), { timeoutMs: 30, intervalMs: 5, what: 'one equal to two' }),
    ).rejects.toThrow(/one equal to two not met within 30 ms: .*Expected: 2/s);
  });
});
