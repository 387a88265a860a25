import type { ValidationError } from 'class-validator';

export interface FieldProblems {
  field: string;
  problems: string[];
}

/**
 * Checks of a value's kind. When one of these fails, the value's other checks (pattern,
 * bounds, length) failed only because it is the wrong kind of thing: reporting them too
 * would give a caller several contradictory reasons for one mistake.
 */
const KIND: Record<string, string> = {
  isString: 'must be a string',
  isNumber: 'must be a number',
  isInt: 'must be a whole number',
  isBoolean: 'must be true or false',
  isArray: 'must be an array',
  isObject: 'must be an object',
  nestedValidation: 'must be an object',
};

/** The dotted path of a property, with array indexes in brackets: `members[2].name`. */
function pathOf(prefix: string, property: string): string {
  if (!prefix) return property;
  return /^\d+$/.test(property) ? `${prefix}[${property}]` : `${prefix}.${property}`;
}

function problemsOf(e: ValidationError, field: string): string[] {
  const constraints = e.constraints ?? {};
  const names = Object.keys(constraints);
  // A property that is absent, or null where a value is needed, is one problem whatever its checks.
  if ((e.value === undefined || e.value === null) && !names.includes('whitelistValidation'))
    return [`${field} is required`];
  // `each: true` checks run on the elements, so an array of the wrong kind of element is its own problem.
  const kind = names.find((n) => n in KIND && !constraints[n].startsWith('each value'));
  if (kind) return [`${field} ${KIND[kind]}`];
  if (names.includes('nestedValidation')) return [`${field} must be an array of objects`];
  const eachKind = names.find((n) => n in KIND);
  if (eachKind) return [constraints[eachKind]];
  return Object.values(constraints);
}

/**
 * class-validator's errors as one entry per bad field, each problem said once: a missing
 * field "is required", a value of the wrong kind says which kind it must be.
 */
export function validationProblems(errors: ValidationError[], prefix = ''): FieldProblems[] {
  return errors.flatMap((e) => {
    const field = pathOf(prefix, e.property);
    const own = e.constraints ? [{ field, problems: problemsOf(e, field) }] : [];
    return [...own, ...validationProblems(e.children ?? [], field)];
  });
}
