import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsInt, Matches, Max, Min, ValidateBy } from 'class-validator';
import { isIsoDate } from '@ledger/domain';

/** An ISO date, or an ISO date-time with seconds optional, a fraction optional and a zone required. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * The one stored form of a legal date or moment: the date as sent, or the instant in UTC
 * to the millisecond (the legal day of a date-time is its UTC day, as `toDate` reads it).
 * Anything else is returned unchanged, for the validator to refuse.
 */
export function canonicalDateTime(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (isIsoDate(value)) return value;
  const m = DATE_TIME.exec(value);
  if (!m || !isIsoDate(m[1])) return value;
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : new Date(t).toISOString();
}

const CANONICAL = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\.\d{3}Z)?$/;

/** Exactly an ISO date or date-time, stored in its canonical form (see canonicalDateTime). */
export function IsLegalDateTime() {
  return applyDecorators(
    Transform(({ value }) => canonicalDateTime(value)),
    ValidateBy({
      name: 'isLegalDateTime',
      validator: {
        validate: (v: unknown) => typeof v === 'string' && CANONICAL.test(v) && isIsoDate(v.slice(0, 10)),
        defaultMessage: (a) =>
          `${a?.property} must be an ISO date (2013-02-01) or an ISO date-time with a zone (2013-02-01T12:00:00Z)`,
      },
    }),
  );
}

/** A nested object that must be present: missing and null are both a 400 naming the field. */
export function IsRequiredObject() {
  return IsDefined({ message: ({ property }) => `${property} is required` });
}

/** Schedule 12A Part 1 paragraphs (LGA 1972): integers 1 to 7, at most all seven. */
export function IsSchedule12AParas() {
  return applyDecorators(
    IsArray(),
    ArrayMaxSize(7),
    IsInt({ each: true }),
    Min(1, { each: true }),
    Max(7, { each: true }),
  );
}

/** A police-area slug, e.g. "kent". */
export const POLICE_AREA = /^[a-z][a-z0-9-]{1,60}$/;

/** One to ten police-area slugs, e.g. ["kent", "essex"]. */
export function IsPoliceAreaList() {
  return applyDecorators(IsArray(), ArrayMinSize(1), ArrayMaxSize(10), Matches(POLICE_AREA, { each: true }));
}
