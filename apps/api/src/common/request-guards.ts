import type { NextFunction, Request, Response } from 'express';
import { ValidationFailed } from './problem';
import { sendProblem } from './problem.filter';

/**
 * Checks on the raw request that must run before Nest: class-transformer recurses once
 * per level of a body (a few thousand levels exhaust the stack), a NUL byte is refused by
 * PostgreSQL text columns, and `__proto__`/`constructor` are dropped silently by the
 * transformer where every other unknown field is a 400.
 */

/** Deeper than any command body needs (the deepest, provenance.sourceDocument.exemptParas[0], is 4). */
const MAX_BODY_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The shape of the correlation ids the API itself issues (request ids, UUIDs). */
const CAUSATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

type Fault = { field: string; problems: string[] };

const child = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** Every fault of a parsed JSON body, walked without recursion; stops at the first depth fault. */
function bodyFaults(body: unknown): Fault[] {
  const faults: Fault[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: body, path: '', depth: 0 }];
  while (stack.length && faults.length < 50) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000'))
        faults.push({ field: path || 'body', problems: ['must not contain a NUL character'] });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_BODY_DEPTH)
      return [{ field: path || 'body', problems: [`is nested deeper than ${MAX_BODY_DEPTH} levels`] }];
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: child(path, i), depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const field = child(path, key);
      if (FORBIDDEN_KEYS.has(key)) faults.push({ field, problems: [`property ${key} should not exist`] });
      else if (key.includes('\u0000'))
        faults.push({ field, problems: ['a field name must not contain a NUL character'] });
      else stack.push({ value: (value as Record<string, unknown>)[key], path: field, depth: depth + 1 });
    }
  }
  return faults;
}

function queryFaults(req: Request): Fault[] {
  const faults: Fault[] = [];
  let path = '';
  try {
    path = decodeURIComponent(req.path);
  } catch {
    // Malformed escapes are the router's 400 to give.
  }
  if (path.includes('\u0000')) faults.push({ field: 'path', problems: ['must not contain a NUL character'] });
  for (const [key, value] of Object.entries(req.query as Record<string, unknown>)) {
    const values = Array.isArray(value) ? value : [value];
    if (key.includes('\u0000') || values.some((v) => typeof v === 'string' && v.includes('\u0000')))
      faults.push({ field: key.split('\u0000').join(''), problems: ['must not contain a NUL character'] });
  }
  const causation = req.headers['x-causation-id'];
  if (causation !== undefined && (typeof causation !== 'string' || !CAUSATION_ID.test(causation))) {
    faults.push({
      field: 'X-Causation-Id',
      problems: ['must be 1 to 128 letters, digits, dots, underscores, colons or hyphens'],
    });
  }
  return faults;
}

/** Express middleware, after the JSON parser and before routing. */
export function rejectUnsafeInput(req: Request, res: Response, next: NextFunction): void {
  const faults = [...queryFaults(req), ...(req.body !== undefined ? bodyFaults(req.body) : [])];
  if (faults.length) return sendProblem(req, res, new ValidationFailed(faults));
  next();
}
