import { addDays, compareDates, IsoDate, isIsoDate } from './calendar';

/** An inclusive run of days, e.g. a post-election period. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

/**
 * Three-week confirmation windows (PRSRA 2011 Sch 8 para 4(9)-(10) for the chief
 * constable; Sch 1 para 10 for the chief executive, CFO and deputy PCC; SI 2012/2271
 * reg 10 for a reserve candidate). The period is "three weeks beginning with the day
 * on which the panel receives notification", so the receipt day is day 1 and, with
 * nothing excluded, the last day is receipt + 20. Days inside a post-election period
 * (the poll day to the day the elected PCC accepts office) are ignored: they are not
 * counted, so the window is pushed back by every excluded day it would have covered.
 */
const CONFIRMATION_WINDOW_DAYS = 21;

export function isInRanges(d: IsoDate, ranges: readonly DateRange[]): boolean {
  return ranges.some((r) => compareDates(r.from, d) <= 0 && compareDates(d, r.to) <= 0);
}

export function validateRanges(ranges: readonly DateRange[]): string[] {
  const problems: string[] = [];
  for (const r of ranges) {
    if (!isIsoDate(r.from) || !isIsoDate(r.to)) problems.push(`${JSON.stringify(r)} is not a pair of ISO dates`);
    else if (compareDates(r.from, r.to) > 0) problems.push(`${r.from}–${r.to} ends before it begins`);
  }
  return problems;
}

/** Last day of the window: the 21st day, counting from receipt, that is not excluded. */
export function confirmationWindowEnd(
  receivedOn: IsoDate,
  excluded: readonly DateRange[] = [],
  days = CONFIRMATION_WINDOW_DAYS,
): IsoDate {
  if (validateRanges(excluded).length > 0)
    throw new Error(`Invalid excluded periods: ${validateRanges(excluded).join('; ')}`);
  let d = receivedOn;
  let counted = 0;
  for (;;) {
    if (!isInRanges(d, excluded)) {
      counted += 1;
      if (counted === days) return d;
    }
    d = addDays(d, 1);
  }
}

/** True if `d` falls on or after receipt and on or before the window's last day. */
export function isWithinConfirmationWindow(
  d: IsoDate,
  receivedOn: IsoDate,
  excluded: readonly DateRange[] = [],
): boolean {
  return compareDates(receivedOn, d) <= 0 && compareDates(d, confirmationWindowEnd(receivedOn, excluded)) <= 0;
}
