import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  validateSync,
} from 'class-validator';
import { IsPoliceAreaList, IsSchedule12AParas } from '../common/fields';
import {
  ChoiceList,
  NullableChoice,
  NullableWhole,
  OptionalSchedule12AParas,
  OptionalTextList,
  OptionalWhole,
  PoliceArea,
  PoliceAreas,
  Schedule12AParas,
} from './request-fields';

const KINDS = ['a', 'b', 'c'] as const;

/** Each field as a field kind… */
class WithKinds {
  @NullableChoice({ example: 'a', enum: KINDS })
  choice!: string | null;

  @ChoiceList(1, 2, { example: ['a'], enum: KINDS, isArray: true })
  choices!: string[];

  @OptionalTextList(2, 5, { example: ['x'] })
  notes?: string[];

  @Schedule12AParas({ example: [1] })
  paras!: number[];

  @OptionalSchedule12AParas({ example: [1] })
  maybeParas?: number[];

  @PoliceAreas({ example: ['kent'] })
  areas!: string[];

  @PoliceArea({ example: 'kent' })
  area!: string;

  @NullableWhole(0, 10, { example: 1 })
  years!: number | null;

  @OptionalWhole(1, 5, { example: 2 })
  reps?: number | null;
}

/** …and as the decorators it stands for, written one above the other. */
class Written {
  @ValidateIf((_, v) => v !== null)
  @IsIn(['a', 'b', 'c'])
  choice!: string | null;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @IsIn(['a', 'b', 'c'], { each: true })
  choices!: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @IsString({ each: true })
  @Length(1, 5, { each: true })
  notes?: string[];

  @IsSchedule12AParas()
  paras!: number[];

  @IsOptional()
  @IsSchedule12AParas()
  maybeParas?: number[];

  @IsPoliceAreaList()
  areas!: string[];

  @Matches(/^[a-z][a-z0-9-]{1,60}$/)
  area!: string;

  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(10)
  years!: number | null;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  reps?: number | null;
}

const problems = (cls: new () => object, body: object) =>
  validateSync(plainToInstance(cls, body)).map((e) => [e.property, Object.values(e.constraints ?? {})]);

describe('request field kinds', () => {
  it.each([
    [
      'a valid body',
      { choice: 'a', choices: ['b'], notes: ['x'], paras: [1], areas: ['kent'], area: 'kent', years: 3 },
    ],
    ['nulls where allowed', { choice: null, choices: ['a'], paras: [], areas: ['kent'], area: 'kent', years: null }],
    ['an empty body', {}],
    [
      'wrong values',
      {
        choice: 'z',
        choices: ['a', 'b', 'z'],
        notes: ['', 'toolong'],
        paras: [8],
        maybeParas: 'x',
        areas: [],
        area: 'Kent',
        years: 11,
        reps: 0,
      },
    ],
    [
      'wrong types',
      { choice: 1, choices: 'a', notes: [1], paras: null, areas: 'kent', area: 1, years: 1.5, reps: 'x' },
    ],
  ])('validate %s as the decorators they stand for do, in the same order', (_, body) => {
    expect(problems(WithKinds, body)).toEqual(problems(Written, body));
  });

  it('reports problems at all (the comparison is not vacuous)', () => {
    expect(problems(WithKinds, {}).length).toBeGreaterThan(5);
  });
});
