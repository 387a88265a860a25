import { pick } from './pick';

describe('pick', () => {
  it('copies the named fields in the order named and nothing else', () => {
    const data = { forceArea: 'kent', person: 'A', extra: 1, person2: null };
    const picked = pick(data, 'person', 'forceArea', 'person2');
    expect(picked).toEqual({ person: 'A', forceArea: 'kent', person2: null });
    expect(Object.keys(picked)).toEqual(['person', 'forceArea', 'person2']);
  });

  it('keeps a field that is present but undefined, as an object literal would', () => {
    const data: { a?: string; b: number } = { b: 2 };
    expect(Object.prototype.hasOwnProperty.call(pick(data, 'a', 'b'), 'a')).toBe(true);
  });
});
