import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Matches, Max, Min } from 'class-validator';

/** Schedule 12A Part 1 paragraphs (LGA 1972): integers 1 to 7, at most all seven. */
export function IsSchedule12AParas() {
  return applyDecorators(IsArray(), ArrayMaxSize(7), IsInt({ each: true }), Min(1, { each: true }), Max(7, { each: true }));
}

/** One to ten police-area slugs, e.g. ["kent", "essex"]. */
export function IsPoliceAreaList() {
  return applyDecorators(IsArray(), ArrayMinSize(1), ArrayMaxSize(10), Matches(/^[a-z][a-z0-9-]{1,60}$/, { each: true }));
}
