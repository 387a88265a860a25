import { readLines } from './lines';

async function linesOf(chunks: Array<Buffer | string>, max?: number): Promise<string[]> {
  const out: string[] = [];
  for await (const l of readLines(
    (async function* () {
      yield* chunks;
    })(),
    max,
  ))
    out.push(l);
  return out;
}

describe('readLines', () => {
  const text = 'first\r\n\nsecond é line — ✓\nthird ünïcode\nlast without newline';

  it('gives the same lines however the bytes are cut into chunks', async () => {
    const bytes = Buffer.from(text, 'utf8');
    const whole = await linesOf([bytes]);
    expect(whole).toEqual(['first', '', 'second é line — ✓', 'third ünïcode', 'last without newline']);
    for (const size of [1, 2, 3, 5, 7, 13])
      for (let at = 0; at < size; at++) {
        const chunks: Buffer[] = [bytes.subarray(0, at)];
        for (let i = at; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
        expect(await linesOf(chunks)).toEqual(whole);
      }
    expect(await linesOf([text])).toEqual(whole);
  });

  it('refuses a line longer than the limit, inside one chunk or across chunks', async () => {
    await expect(linesOf(['abcdef\n'], 5)).rejects.toThrow(/longer than 5 bytes/);
    await expect(linesOf(['abc', 'def\n'], 5)).rejects.toThrow(/longer than 5 bytes/);
    await expect(linesOf(['abcde\nabcde\n'], 5)).resolves.toEqual(['abcde', 'abcde']);
  });
});
