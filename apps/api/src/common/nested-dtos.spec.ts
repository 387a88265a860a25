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
const dtos: Array<new () => object> = [];
type Nested = { dto: new () => object; property: string; m: Meta[] };
let nested: Nested[] = [];

type Meta = { type: string; propertyName: string; name?: string };
const metadata = (dto: new () => object) =>
  getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false) as unknown as Meta[];

beforeAll(async () => {
  for (const file of requestFiles(src)) {
    const exported = Object.values((await import(file)) as Record<string, unknown>);
    dtos.push(...exported.filter((v): v is new () => object => typeof v === 'function'));
  }
  nested = dtos.flatMap((dto) => {
    const m = metadata(dto);
    return [...new Set(m.filter((x) => x.type === ValidationTypes.NESTED_VALIDATION).map((x) => x.propertyName))].map(
      (property) => ({ dto, property, m: m.filter((x) => x.propertyName === property) }),
    );
  });
});

describe('nested request objects', () => {
  it('are found in the request DTO files', () => {
    expect(dtos.length).toBeGreaterThan(50);
    expect(nested.length).toBeGreaterThanOrEqual(15);
  });

  it('are each either required or explicitly optional, and a required one missing or null is "… is required"', () => {
    const unguarded = nested.filter(
      (n) =>
        !n.m.some(
          (x) =>
            x.name === 'isDefined' ||
            x.type === ValidationTypes.IS_DEFINED ||
            x.type === ValidationTypes.CONDITIONAL_VALIDATION,
        ),
    );
    expect(unguarded.map((n) => `${n.dto.name}.${n.property}`)).toEqual([]);
    for (const n of nested) checkRequired(n);
  });
});

function checkRequired(n: Nested): void {
  const required = n.m.some((x) => x.name === 'isDefined' || x.type === ValidationTypes.IS_DEFINED);
  if (!required) return;
  for (const value of [undefined, null]) {
    const errors = validateSync(plainToInstance(n.dto, { [n.property]: value }) as object);
    const own = errors.find((e) => e.property === n.property);
    expect({ dto: n.dto.name, value, problems: Object.values(own?.constraints ?? {}) }).toEqual({
      dto: n.dto.name,
      value,
      problems: expect.arrayContaining([`${n.property} is required`]),
    });
  }
}

describe('effectiveAt', () => {
  it('is stored in one form: the date as sent, or the instant in UTC', () => {
    expect(canonicalDateTime('2013-02-01')).toBe('2013-02-01');
    expect(canonicalDateTime('2013-02-01T12:00Z')).toBe('2013-02-01T12:00:00.000Z');
    expect(canonicalDateTime('2013-02-01T12:00:00.5+01:00')).toBe('2013-02-01T11:00:00.500Z');
    for (const sent of [
      '2013-02-01\n',
      '2013-02-01 ',
      '2013-02-01 12:00',
      '2013-02-01T12:00',
      '2013-02-30',
      '2013-02-30T12:00Z',
    ])
      expect(canonicalDateTime(sent)).toBe(sent);
  });
});
