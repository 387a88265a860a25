import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsISO8601, IsOptional, IsString, Length, Max, Min } from 'class-validator';

// Each list is in the order the stacked decorators it replaces were applied (bottom first), so
// that validation reports a bad value with the same message as before.

/** A whole number from the query string, from `min` to `max`; absent is allowed unless `required`. */
export function QueryInt(min: number, max = Number.MAX_SAFE_INTEGER, required = false): PropertyDecorator {
  return applyDecorators(
    Max(max),
    Min(min),
    IsInt(),
    Type(() => Number),
    ...(required ? [] : [IsOptional()]),
  );
}

/** An optional ISO date (or date-time) from the query string. */
export function QueryDate(): PropertyDecorator {
  return applyDecorators(IsISO8601({ strict: true }), IsOptional());
}

/** Optional free text of 1 to `max` characters. */
export function QueryText(max: number): PropertyDecorator {
  return applyDecorators(Length(1, max), IsString(), IsOptional());
}

/** An optional `true` / `false` from the query string. */
export function QueryBool(): PropertyDecorator {
  return applyDecorators(
    IsBoolean(),
    Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)),
    IsOptional(),
  );
}
