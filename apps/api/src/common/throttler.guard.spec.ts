import { SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CachingReflector } from './throttler.guard';

@SetMetadata('limit', 5)
class Controller {
  @SetMetadata('limit', 1)
  @SetMetadata('skip', false)
  own(): void {}

  inherited(): void {}
}

describe('CachingReflector', () => {
  const plain = new Reflector();
  const cached = new CachingReflector();
  const cases: Array<[string, keyof Controller]> = [
    ['limit', 'own'],
    ['limit', 'inherited'],
    ['skip', 'own'],
    ['skip', 'inherited'],
    ['ttl', 'own'],
  ];

  it.each(cases)('answers %s on %s as Nest does, the first time and after', (key, method) => {
    const targets: [() => void, typeof Controller] = [Controller.prototype[method], Controller];
    const expected: unknown = plain.getAllAndOverride(key, targets);
    expect(cached.getAllAndOverride(key, targets)).toBe(expected);
    expect(cached.getAllAndOverride(key, targets)).toBe(expected);
  });

  it('gives the handler its own answer, not the one cached for another handler', () => {
    expect(cached.getAllAndOverride('limit', [Controller.prototype.own, Controller])).toBe(1);
    expect(cached.getAllAndOverride('limit', [Controller.prototype.inherited, Controller])).toBe(5);
  });
});
