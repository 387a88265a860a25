import { PROCESS_ORDER, requireRule } from '../core/rules';
import { codeOf, thrownBy, violationOf } from './violation';

const refused = () => requireRule(PROCESS_ORDER, false, 'Out of order.');
const allowed = () => requireRule(PROCESS_ORDER, true, 'Out of order.');
const broken = () => {
  throw new TypeError('not a rule');
};

describe('violationOf, codeOf and thrownBy', () => {
  it('give the violation and its code when a rule refuses the call', () => {
    expect(violationOf(refused)?.message).toBe('Out of order.');
    expect(codeOf(refused)).toBe(PROCESS_ORDER.code);
    expect(thrownBy(refused).code).toBe(PROCESS_ORDER.code);
  });

  it('give nothing when the call goes through, and thrownBy then fails the test', () => {
    expect(violationOf(allowed)).toBeUndefined();
    expect(codeOf(allowed)).toBeUndefined();
    expect(() => thrownBy(allowed)).toThrow();
  });

  it('rethrow any error that is not a rule violation', () => {
    expect(() => codeOf(broken)).toThrow(TypeError);
    expect(() => thrownBy(broken)).toThrow(TypeError);
  });
});
