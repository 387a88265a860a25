import { nonBlank } from './text';

describe('nonBlank', () => {
  it('accepts a string with visible text and refuses empty, whitespace-only and non-string values', () => {
    expect(nonBlank(' reason ')).toBe(true);
    expect(['', ' \n\t', null, undefined, 7].map(nonBlank)).toEqual([false, false, false, false, false]);
  });
});
