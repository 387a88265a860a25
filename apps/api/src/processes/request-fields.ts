import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Max, Min } from 'class-validator';

/**
 * The kinds of field the request bodies are made of, each one decorator: the document's
 * description of the field (its `ApiProperty` options, as given) and the validation every
 * field of that kind gets, written once here rather than again on each field.
 */

/**
 * Applies the decorators in the order they would apply written one above the other on the
 * property (the lowest first), so that a field's problems are reported in the same order.
 */
export const stacked = (...decorators: PropertyDecorator[]) => applyDecorators(...decorators.reverse());

/** Text of 1 to `max` characters. */
export const Text = (max: number, doc: ApiPropertyOptions) => stacked(ApiProperty(doc), IsString(), Length(1, max));

/** Text of 1 to `max` characters, or nothing. */
export const OptionalText = (max: number, doc: ApiPropertyOptions) =>
  stacked(ApiPropertyOptional(doc), IsOptional(), IsString(), Length(1, max));

/** A calendar day, YYYY-MM-DD. */
export const Day = (doc: ApiPropertyOptions) => stacked(ApiProperty(doc), IsISO8601({ strict: true }), Length(10, 10));

/** A calendar day, YYYY-MM-DD, or nothing. */
export const OptionalDay = (doc: ApiPropertyOptions) =>
  stacked(ApiPropertyOptional(doc), IsOptional(), IsISO8601({ strict: true }), Length(10, 10));

export const Flag = (doc: ApiPropertyOptions) => stacked(ApiProperty(doc), IsBoolean());

export const OptionalFlag = (doc: ApiPropertyOptions) => stacked(ApiPropertyOptional(doc), IsOptional(), IsBoolean());

/** Up to `maxItems` texts of 1 to `maxLength` characters each. */
export const TextList = (maxItems: number, maxLength: number, doc: ApiPropertyOptions) =>
  stacked(ApiProperty(doc), IsArray(), ArrayMaxSize(maxItems), IsString({ each: true }), Length(1, maxLength, { each: true }));

/** One to `maxItems` texts of 1 to `maxLength` characters each. */
export const NonEmptyTextList = (maxItems: number, maxLength: number, doc: ApiPropertyOptions) =>
  stacked(ApiProperty(doc), IsArray(), ArrayMinSize(1), ArrayMaxSize(maxItems), IsString({ each: true }), Length(1, maxLength, { each: true }));

/** One of the values the document lists as the field's `enum`, which are the values allowed. */
export const Choice = (doc: ApiPropertyOptions & { enum: readonly unknown[] }) => stacked(ApiProperty(doc), IsIn([...doc.enum]));

/** One of the values the document lists as the field's `enum`, or nothing. */
export const OptionalChoice = (doc: ApiPropertyOptions & { enum: readonly unknown[] }) =>
  stacked(ApiPropertyOptional(doc), IsOptional(), IsIn([...doc.enum]));

/** A whole number from `min` to `max`. */
export const Whole = (min: number, max: number, doc: ApiPropertyOptions) => stacked(ApiProperty(doc), IsInt(), Min(min), Max(max));
