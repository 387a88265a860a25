import { sortedUnion } from './sets';

describe('sortedUnion', () => {
  it('keeps each name once, in sorted order, without changing its inputs', () => {
    const recorded = ['Medway', 'Dover'];
    expect(sortedUnion(recorded, ['Ashford', 'Dover'])).toEqual(['Ashford', 'Dover', 'Medway']);
    expect(sortedUnion([], [])).toEqual([]);
    expect(recorded).toEqual(['Medway', 'Dover']);
  });
});
