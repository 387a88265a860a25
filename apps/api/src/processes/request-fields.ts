import { applyDecorators, type Type } from '@nestjs/common';
import { Type as TransformTo } from 'class-transformer';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsPoliceAreaList, IsRequiredObject, IsSchedule12AParas, POLICE_AREA } from '../common/fields';

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

/**
 * The document's description of a field sent as a string: its own, typed as one (a field
 * that may be null has no type of its own for the document to read).
 */
const textDoc = (doc: ApiPropertyOptions) => ({ ...doc, type: String }) as ApiPropertyOptions;

/** Text of 1 to `max` characters, or nothing. */
export const OptionalText = (max: number, doc: ApiPropertyOptions) =>
  stacked(ApiPropertyOptional(textDoc(doc)), IsOptional(), IsString(), Length(1, max));

/** A calendar day, YYYY-MM-DD. */
const day = () => [IsISO8601({ strict: true }), Length(10, 10)];

/** A calendar day, YYYY-MM-DD. */
export const Day = (doc: ApiPropertyOptions) => stacked(ApiProperty(doc), ...day());

/** A calendar day, YYYY-MM-DD, or nothing. */
export const OptionalDay = (doc: ApiPropertyOptions) =>
  stacked(ApiPropertyOptional(textDoc(doc)), IsOptional(), ...day());

export const Flag = (doc: ApiPropertyOptions) => stacked(ApiProperty(doc), IsBoolean());

export const OptionalFlag = (doc: ApiPropertyOptions) => stacked(ApiPropertyOptional(doc), IsOptional(), IsBoolean());

/** A list of `minItems` to `maxItems` entries (no lower bound when `minItems` is 0). */
const list = (minItems: number, maxItems: number) => [
  IsArray(),
  ...(minItems ? [ArrayMinSize(minItems)] : []),
  ArrayMaxSize(maxItems),
];
/** Each entry a text of 1 to `maxLength` characters. */
const texts = (maxLength: number) => [IsString({ each: true }), Length(1, maxLength, { each: true })];
/** A whole number from `min` to `max`. */
const whole = (min: number, max: number) => [IsInt(), Min(min), Max(max)];
/** Skips the field's other checks when it is null. */
const orNull = () => ValidateIf((_, v) => v !== null);
/** An object of class `dto`, validated as one. */
const nested = (dto: Type) => [ValidateNested(), TransformTo(() => dto)];
/** Each entry an object of class `dto`, validated. */
const each = (dto: Type) => [ValidateNested({ each: true }), TransformTo(() => dto)];

/** The document's description of a list of texts: its own, typed as one. */
const textsDoc = (doc: ApiPropertyOptions) => ({ ...doc, type: [String] }) as ApiPropertyOptions;

/** Up to `maxItems` texts of 1 to `maxLength` characters each. */
export const TextList = (maxItems: number, maxLength: number, doc: ApiPropertyOptions) =>
  stacked(ApiProperty(textsDoc(doc)), ...list(0, maxItems), ...texts(maxLength));

/** One to `maxItems` texts of 1 to `maxLength` characters each. */
export const NonEmptyTextList = (maxItems: number, maxLength: number, doc: ApiPropertyOptions) =>
  stacked(ApiProperty(textsDoc(doc)), ...list(1, maxItems), ...texts(maxLength));

/** One of the values the document lists as the field's `enum`, which are the values allowed. */
export const Choice = (doc: ApiPropertyOptions & { enum: readonly unknown[] }) =>
  stacked(ApiProperty(doc), IsIn([...doc.enum]));

/** One of the values the document lists as the field's `enum`, or null (the field itself is required). */
export const NullableChoice = (doc: ApiPropertyOptions & { enum: readonly unknown[] }) =>
  stacked(ApiProperty(doc), orNull(), IsIn([...doc.enum]));

/** `minItems` to `maxItems` of the values the document lists as the field's `enum`. */
export const ChoiceList = (
  minItems: number,
  maxItems: number,
  doc: ApiPropertyOptions & { enum: readonly unknown[] },
) => stacked(ApiProperty({ ...doc, isArray: true }), ...list(minItems, maxItems), IsIn([...doc.enum], { each: true }));

/** One of the values the document lists as the field's `enum`, or nothing. */
export const OptionalChoice = (doc: ApiPropertyOptions & { enum: readonly unknown[] }) =>
  stacked(ApiPropertyOptional(doc), IsOptional(), IsIn([...doc.enum]));

/** Up to `maxItems` texts of 1 to `maxLength` characters each, or nothing. */
export const OptionalTextList = (maxItems: number, maxLength: number, doc: ApiPropertyOptions) =>
  stacked(ApiPropertyOptional(textsDoc(doc)), IsOptional(), ...list(0, maxItems), ...texts(maxLength));

/** Schedule 12A Part 1 paragraphs (see IsSchedule12AParas); the list must be present. */
export const Schedule12AParas = (doc: ApiPropertyOptions) => stacked(ApiProperty(doc), IsSchedule12AParas());

/** Schedule 12A Part 1 paragraphs (see IsSchedule12AParas), or nothing. */
export const OptionalSchedule12AParas = (doc: ApiPropertyOptions) =>
  stacked(ApiPropertyOptional(doc), IsOptional(), IsSchedule12AParas());

/** A police-area slug, e.g. "kent". */
export const PoliceArea = (doc: ApiPropertyOptions) => Pattern(POLICE_AREA, doc);

/** One to ten police-area slugs (see IsPoliceAreaList). */
export const PoliceAreas = (doc: ApiPropertyOptions) => stacked(ApiProperty(textsDoc(doc)), IsPoliceAreaList());

/** A whole number from `min` to `max`. */
export const Whole = (min: number, max: number, doc: ApiPropertyOptions) =>
  stacked(ApiProperty(doc), ...whole(min, max));

/** A whole number from `min` to `max`, or null (the field itself is required). */
export const NullableWhole = (min: number, max: number, doc: ApiPropertyOptions) =>
  stacked(ApiProperty(doc), orNull(), ...whole(min, max));

/** A whole number from `min` to `max`, or nothing. */
export const OptionalWhole = (min: number, max: number, doc: ApiPropertyOptions) =>
  stacked(ApiPropertyOptional(doc), IsOptional(), ...whole(min, max));

/** Text of 1 to `max` characters, or null (the field itself is required). */
export const NullableText = (max: number, doc: ApiPropertyOptions) =>
  stacked(ApiProperty(textDoc(doc)), orNull(), IsString(), Length(1, max));

/** A calendar day, YYYY-MM-DD, or null (the field itself is required). */
export const NullableDay = (doc: ApiPropertyOptions) => stacked(ApiProperty(textDoc(doc)), orNull(), ...day());

/** Text that matches `pattern`. */
export const Pattern = (pattern: RegExp, doc: ApiPropertyOptions) => stacked(ApiProperty(doc), Matches(pattern));

/** Text that matches `pattern`, or nothing. */
export const OptionalPattern = (pattern: RegExp, doc: ApiPropertyOptions) =>
  stacked(ApiPropertyOptional(textDoc(doc)), IsOptional(), Matches(pattern));

/** A nested object of class `dto`, validated as one; it must be present. */
export const Nested = (dto: Type, doc: ApiPropertyOptions) =>
  stacked(ApiProperty(doc), IsRequiredObject(), ...nested(dto));

/** A nested object of class `dto`, validated as one, or nothing. */
export const OptionalNested = (dto: Type, doc: ApiPropertyOptions) =>
  stacked(ApiPropertyOptional(doc), IsOptional(), ...nested(dto));

/** Up to `maxItems` nested objects of class `dto`, each validated; the list must be present. */
export const NestedList = (dto: Type, maxItems: number, doc: ApiPropertyOptions) =>
  stacked(ApiProperty(doc), ...list(0, maxItems), IsRequiredObject(), ...each(dto));

/** One to `maxItems` nested objects of class `dto`, each validated. */
export const NonEmptyNestedList = (dto: Type, maxItems: number, doc: ApiPropertyOptions) =>
  stacked(ApiProperty(doc), ...list(1, maxItems), IsRequiredObject(), ...each(dto));

/** Up to `maxItems` nested objects of class `dto`, each validated, or nothing. */
export const OptionalNestedList = (dto: Type, maxItems: number, doc: ApiPropertyOptions) =>
  stacked(ApiPropertyOptional(doc), IsOptional(), ...list(0, maxItems), ...each(dto));
