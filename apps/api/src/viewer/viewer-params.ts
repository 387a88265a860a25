import type { AuthedRequest } from '../common/auth';
import { PROCESSES } from './filters';

/** Reading a viewer page's query: every bad value becomes a page that says what to fix. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A request the viewer refuses, shown as a page (never as JSON). */
export class BadView extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
  ) {
    super(message);
  }
}

export function isRealDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The query as plain strings (first value of repeated keys), at most 30 keys. */
export function queryOf(req: AuthedRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.query ?? {}).slice(0, 30)) {
    const s = Array.isArray(v) ? v[0] : v;
    if (typeof s === 'string' && s !== '' && s.length <= 500) out[k] = s;
  }
  return out;
}

export function dateParam(q: Record<string, string>, name: string, label: string): string | undefined {
  const v = q[name];
  if (v === undefined) return undefined;
  if (!isRealDate(v)) throw new BadView(400, 'Check the date', `${label} must be a real date, for example 2013-02-01.`);
  return v;
}

export function textParam(q: Record<string, string>, name: string, max = 200): string | undefined {
  const v = q[name];
  if (v === undefined) return undefined;
  if (v.length > max || [...v].some((ch) => ch.charCodeAt(0) < 0x20))
    throw new BadView(400, 'Check the filter', `The ${name} filter is too long or has control characters.`);
  return v;
}

export function processParam(q: Record<string, string>): string | undefined {
  const v = q.process;
  if (v === undefined) return undefined;
  if (!PROCESSES.includes(v) && !/^[A-Za-z]{1,60}$/.test(v))
    throw new BadView(400, 'Check the filter', 'Choose a process from the list.');
  return v;
}

/** Page size: 1-100, default 50. */
export function limitParam(q: Record<string, string>): number {
  const v = q.limit;
  if (v === undefined) return 50;
  if (!/^[1-9][0-9]{0,2}$/.test(v) || Number(v) > 100)
    throw new BadView(400, 'Check the page size', 'The page size must be a whole number from 1 to 100.');
  return Number(v);
}

export function boolParam(q: Record<string, string>, name: string): boolean | undefined {
  const v = q[name];
  if (v === undefined) return undefined;
  if (v !== 'true' && v !== 'false')
    throw new BadView(400, 'Check the filter', `The ${name} filter must be true or false.`);
  return v === 'true';
}
