/**
 * Every nested object of every request body is either required (missing or null is a 400
 * naming it) or explicitly optional: a nested DTO with neither reached the handler as
 * undefined and answered 500.
 */
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, ValidationTypes } from 'class-validator';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalDateTime } from './fields';

function requestFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return requestFiles(path);
    return name.endsWith('.request.ts') ? [path] : [];
  });
}

const src = join(__dirname, '..');
const dtos = requestFiles(src).flatMap((file) => Object.values(require(file) as Record<string, unknown>).filter((v): v is new () => object => typeof v === 'function'));

type Meta = { type: string; propertyName: string; name?: string };
const metadata = (dto: new () => object) => getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false) as unknown as Meta[];
const nested = dtos.flatMap((dto) => {
  const m = metadata(dto);
  return [...new Set(m.filter((x) => x.type === ValidationTypes.NESTED_VALIDATION).map((x) => x.propertyName))].map((property) => ({ dto, property, m: m.filter((x) => x.propertyName === property) }));
});

describe('nested request objects', () => {
  it('are found in every request DTO file', () => {
    expect(dtos.length).toBeGreaterThan(50);
    expect(nested.length).toBeGreaterThanOrEqual(15);
  });

  it.each(nested.map((n) => [`${n.dto.name}.${n.property}`, n] as const))('%s is either required or explicitly optional', (_, n) => {
    const required = n.m.some((x) => x.name === 'isDefined' || x.type === ValidationTypes.IS_DEFINED);
    const optional = n.m.some((x) => x.type === ValidationTypes.CONDITIONAL_VALIDATION);
    expect({ required, optional }).not.toEqual({ required: false, optional: false });
    if (!required) return;
    for (const value of [undefined, null]) {
      const errors = validateSync(plainToInstance(n.dto, { [n.property]: value }) as object);
      const own = errors.find((e) => e.property === n.property);
      expect(Object.values(own?.constraints ?? {})).toContain(`${n.property} is required`);
    }
  });
});

describe('effectiveAt', () => {
  it('is stored in one form: the date as sent, or the instant in UTC', () => {
    expect(canonicalDateTime('2013-02-01')).toBe('2013-02-01');
    expect(canonicalDateTime('2013-02-01T12:00Z')).toBe('2013-02-01T12:00:00.000Z');
    expect(canonicalDateTime('2013-02-01T12:00:00.5+01:00')).toBe('2013-02-01T11:00:00.500Z');
    for (const sent of ['2013-02-01\n', '2013-02-01 ', '2013-02-01 12:00', '2013-02-01T12:00', '2013-02-30', '2013-02-30T12:00Z']) expect(canonicalDateTime(sent)).toBe(sent);
  });
});
