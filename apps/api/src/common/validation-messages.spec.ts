import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { validationProblems } from './validation-messages';

class Member {
  @IsString()
  @Length(1, 10)
  name!: string;
}

class Body {
  @IsString()
  @Matches(/^\d{4}-\d{2}$/)
  financialYear!: string;

  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  amount!: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  votes?: number;

  @IsOptional()
  @IsBoolean()
  accepts?: boolean;

  @IsOptional()
  @IsIn(['a', 'b'])
  kind?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @IsString({ each: true })
  @Length(1, 5, { each: true })
  notes?: string[];

  @IsOptional()
  @IsDefined()
  @ValidateNested({ each: true })
  @Type(() => Member)
  members?: Member[];
}

const problems = (plain: object) =>
  validationProblems(
    validateSync(plainToInstance(Body, plain), {
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
    }),
  );

describe('validationProblems', () => {
  it('says a missing or null field "is required", once', () => {
    expect(problems({ amount: 1 })).toEqual([{ field: 'financialYear', problems: ['financialYear is required'] }]);
    expect(problems({ financialYear: null, amount: 1 })).toEqual([
      { field: 'financialYear', problems: ['financialYear is required'] },
    ]);
  });

  it('gives a value of the wrong kind one problem, not one per check', () => {
    expect(problems({ financialYear: 2013, amount: 'lots', votes: 'eight', accepts: 'yes', notes: 'x' })).toEqual([
      { field: 'financialYear', problems: ['financialYear must be a string'] },
      { field: 'amount', problems: ['amount must be a number'] },
      { field: 'votes', problems: ['votes must be a whole number'] },
      { field: 'accepts', problems: ['accepts must be true or false'] },
      { field: 'notes', problems: ['notes must be an array'] },
    ]);
  });

  it('reports each real problem of a value of the right kind', () => {
    expect(problems({ financialYear: '2013', amount: 101, kind: 'c', notes: ['ok', 'far too long', 'x'] })).toEqual([
      { field: 'financialYear', problems: [expect.stringMatching(/financialYear must match/)] },
      { field: 'amount', problems: ['amount must not be greater than 100'] },
      { field: 'kind', problems: [expect.stringMatching(/kind must be one of the following values: a, b/)] },
      {
        field: 'notes',
        problems: expect.arrayContaining([
          expect.stringMatching(/notes must contain no more than 2 elements/),
          expect.stringMatching(/each value in notes must be (shorter|longer)/),
        ]),
      },
    ]);
  });

  it('names elements of the wrong kind by the check on each element', () => {
    expect(problems({ financialYear: '2013-14', amount: 1, notes: [1] })).toEqual([
      { field: 'notes', problems: ['each value in notes must be a string'] },
    ]);
  });

  it('names nested fields by their path', () => {
    expect(problems({ financialYear: '2013-14', amount: 1, members: [{ name: 'ok' }, { name: 7 }, {}] })).toEqual([
      { field: 'members[1].name', problems: ['members[1].name must be a string'] },
      { field: 'members[2].name', problems: ['members[2].name is required'] },
    ]);
    expect(problems({ financialYear: '2013-14', amount: 1, members: 'x' })).toEqual([
      { field: 'members', problems: ['members must be an array of objects'] },
    ]);
  });

  it('keeps an unknown property as its own problem', () => {
    expect(problems({ financialYear: '2013-14', amount: 1, other: 1 })).toEqual([
      { field: 'other', problems: ['property other should not exist'] },
    ]);
  });
});
