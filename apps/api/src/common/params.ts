import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailed } from './problem';

/** Validates path segments: force areas and case ids are lower-case slugs. */
@Injectable()
export class SlugPipe implements PipeTransform<string, string> {
  transform(value: string, meta: ArgumentMetadata): string {
    if (typeof value !== 'string' || !/^[a-z0-9][a-z0-9-]{0,99}$/.test(value)) {
      throw new ValidationFailed([{ field: meta.data ?? 'path', problems: ['must be a lower-case slug (letters, digits, hyphens), at most 100 characters'] }]);
    }
    return value;
  }
}
