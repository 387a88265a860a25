/**
 * Legal dates are calendar days in England and Wales, written as ISO dates
 * (YYYY-MM-DD). All arithmetic is done on UTC midnight so that clock changes
 * (BST) never move a date.
 */
export type IsoDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** The legal day of an ISO date or date-time (date-times are read in UTC). */
export function toDate(s: string): IsoDate {
  if (isIsoDate(s)) return s;
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new Error(`Not a date: ${s}`);
  return new Date(t).toISOString().slice(0, 10);
}

function toUtc(d: IsoDate): number {
  const m = DATE_RE.exec(d);
  if (!m) throw new Error(`Not an ISO date: ${d}`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3]);
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromUtc(toUtc(d) + n * 86_400_000);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const isOnOrBefore = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) <= 0;
export const isAfter = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) > 0;

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** Financial year label ("2013-14") of a date: 1 April to 31 March. */
export function financialYearOf(d: IsoDate): string {
  const y = +d.slice(0, 4);
  const start = d.slice(5) >= '04-01' ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** First and last day of a financial year label such as "2013-14". */
export function financialYearBounds(fy: string): { start: IsoDate; end: IsoDate } {
  const m = /^(\d{4})-(\d{2})$/.exec(fy);
  if (!m) throw new Error(`Not a financial year: ${fy}`);
  const start = +m[1];
  if ((start + 1) % 100 !== +m[2]) throw new Error(`Not a financial year: ${fy}`);
  return { start: `${start}-04-01`, end: `${start + 1}-03-31` };
}

export function isFinancialYear(s: unknown): s is string {
  try {
    financialYearBounds(s as string);
    return true;
  } catch {
    return false;
  }
}

/** Last day of the month containing d. */
export function endOfMonth(d: IsoDate): IsoDate {
  const y = +d.slice(0, 4);
  const m = +d.slice(5, 7);
  return fromUtc(Date.UTC(y, m, 0));
}
