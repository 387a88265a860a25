import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
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

/** One field of each kind the request bodies gained. */
class WithKinds {
  @NullableChoice({ example: 'a', enum: KINDS })
  choice!: string | null;

  @ChoiceList(1, 2, { example: ['a'], enum: KINDS })
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

const problems = (body: object) =>
  Object.fromEntries(
    validateSync(plainToInstance(WithKinds, body)).map((e) => [e.property, Object.values(e.constraints ?? {})]),
  );

const AREA = 'must match /^[a-z][a-z0-9-]{1,60}$/ regular expression';
const PARAS = (f: string) => [
  `${f} must be an array`,
  `${f} must contain no more than 7 elements`,
  `each value in ${f} must be an integer number`,
  `each value in ${f} must not be less than 1`,
  `each value in ${f} must not be greater than 7`,
];

// Each kind's problems, in the order the decorators it stands for, written one above the other
// with the lowest applied first, would report them.
describe('request field kinds', () => {
  it.each([
    [
      'a valid body',
      { choice: 'a', choices: ['b'], notes: ['x'], paras: [1], areas: ['kent'], area: 'kent', years: 3 },
    ],
    ['nulls where allowed', { choice: null, choices: ['a'], paras: [], areas: ['kent'], area: 'kent', years: null }],
  ])('accept %s', (_, body) => {
    expect(problems(body)).toEqual({});
  });

  it('refuse an empty body, naming every required field', () => {
    expect(problems({})).toEqual({
      choice: ['choice must be one of the following values: a, b, c'],
      choices: [
        'each value in choices must be one of the following values: a, b, c',
        'choices must contain no more than 2 elements',
        'choices must contain at least 1 elements',
        'choices must be an array',
      ],
      paras: PARAS('paras'),
      areas: [
        'areas must be an array',
        'areas must contain at least 1 elements',
        'areas must contain no more than 10 elements',
        `each value in areas ${AREA}`,
      ],
      area: [`area ${AREA}`],
      years: ['years must not be greater than 10', 'years must not be less than 0', 'years must be an integer number'],
    });
  });

  it('refuse values out of range', () => {
    const body = {
      choice: 'z',
      choices: ['a', 'b', 'z'],
      notes: ['', 'toolong'],
      paras: [8],
      maybeParas: 'x',
      areas: [],
      area: 'Kent',
      years: 11,
      reps: 0,
    };
    expect(problems(body)).toEqual({
      choice: ['choice must be one of the following values: a, b, c'],
      choices: [
        'each value in choices must be one of the following values: a, b, c',
        'choices must contain no more than 2 elements',
      ],
      notes: ['each value in notes must be longer than or equal to 1 and shorter than or equal to 5 characters'],
      paras: ['each value in paras must not be greater than 7'],
      maybeParas: PARAS('maybeParas'),
      areas: ['areas must contain at least 1 elements'],
      area: [`area ${AREA}`],
      years: ['years must not be greater than 10'],
      reps: ['reps must not be less than 1'],
    });
  });

  it('refuse values of the wrong type', () => {
    const body = { choice: 1, choices: 'a', notes: [1], paras: null, areas: 'kent', area: 1, years: 1.5, reps: 'x' };
    expect(problems(body)).toEqual({
      choice: ['choice must be one of the following values: a, b, c'],
      choices: [
        'choices must contain no more than 2 elements',
        'choices must contain at least 1 elements',
        'choices must be an array',
      ],
      notes: [
        'each value in notes must be longer than or equal to 1 and shorter than or equal to 5 characters',
        'each value in notes must be a string',
      ],
      paras: PARAS('paras'),
      areas: [
        'areas must be an array',
        'areas must contain at least 1 elements',
        'areas must contain no more than 10 elements',
      ],
      area: [`area ${AREA}`],
      years: ['years must be an integer number'],
      reps: ['reps must not be greater than 5', 'reps must not be less than 1', 'reps must be an integer number'],
    });
  });
});
