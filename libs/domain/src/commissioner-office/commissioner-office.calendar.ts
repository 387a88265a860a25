import { addDays, IsoDate, isAfter } from '../core/calendar';

/**
 * PRSRA 2011 s.50: ordinary elections on the first Thursday in May in 2016 and every
 * fourth year after (the first term, from November 2012, is shorter). The 2016 date
 * (5 May) is computed here, not checked (DOMAIN.md §4.15 ⚠️).
 */
export function firstThursdayOfMay(year: number): IsoDate {
  const may1 = new Date(Date.UTC(year, 4, 1));
  const offset = (4 - may1.getUTCDay() + 7) % 7;
  return addDays(`${year}-05-01`, offset);
}

export function nextOrdinaryPollAfter(d: IsoDate): IsoDate {
  for (let y = Math.max(2016, +d.slice(0, 4)); ; y += 1) {
    if ((y - 2016) % 4 === 0 && isAfter(firstThursdayOfMay(y), d)) return firstThursdayOfMay(y);
  }
}

/** A term runs from the 7th day after the poll to the 6th day after the next ordinary poll ([L12]). */
export function termOf(pollDate: IsoDate, nextOrdinaryPoll: IsoDate = nextOrdinaryPollAfter(pollDate)): { termStart: IsoDate; termEnd: IsoDate } {
  return { termStart: addDays(pollDate, 7), termEnd: addDays(nextOrdinaryPoll, 6) };
}

/** Same day n months later, or the month's last day if it has no such day (s.63 "six months"). */
export function addMonths(d: IsoDate, n: number): IsoDate {
  const y = +d.slice(0, 4);
  const m = +d.slice(5, 7) - 1 + n;
  const day = +d.slice(8, 10);
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day, last))).toISOString().slice(0, 10);
}
