import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailed } from './problem';

/** Validates path segments: force areas and case ids are lower-case slugs. */
@Injectable()
export class SlugPipe implements PipeTransform<string, string> {
  transform(value: string, meta: ArgumentMetadata): string {
    if (typeof value !== 'string' || !/^[a-z0-9][a-z0-9-]{0,99}$/.test(value)) {
      throw new ValidationFailed([
        {
          field: meta.data ?? 'path',
          problems: ['must be a lower-case slug (letters, digits, hyphens), at most 100 characters'],
        },
      ]);
    }
    return value;
  }
}

/** A non-negative integer path segment small enough to be exact (and to fit a bigint column). */
@Injectable()
export class SafeIntPipe implements PipeTransform<string | number, number> {
  transform(value: string | number, meta: ArgumentMetadata): number {
    // The global ValidationPipe may already have turned the segment into a number.
    const text = String(value);
    const n = Number(text);
    if (!/^[0-9]{1,16}$/.test(text) || !Number.isSafeInteger(n)) {
      throw new ValidationFailed([
        { field: meta.data ?? 'path', problems: [`must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`] },
      ]);
    }
    return n;
  }
}
