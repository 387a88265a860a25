/** A required text field is given: a string with something other than whitespace in it. */
export const nonBlank = (s: unknown): boolean => typeof s === 'string' && s.trim().length > 0;
