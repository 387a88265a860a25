/** RFC 9457 problem details. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const PROBLEM_BASE = 'https://governance-ledger.example/problems/';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  [extension: string]: unknown;
}

export function problem(
  status: number,
  slug: string,
  title: string,
  detail: string,
  extensions: Record<string, unknown> = {},
): Problem {
  return { type: PROBLEM_BASE + slug, title, status, detail, ...extensions };
}

/** A 400 carrying one entry per bad field. */
export class ValidationFailed extends Error {
  constructor(readonly errors: Array<{ field: string; problems: string[] }>) {
    super(`${errors.length} field(s) are invalid: ${errors.map((e) => e.field).join(', ')}`);
  }
}
