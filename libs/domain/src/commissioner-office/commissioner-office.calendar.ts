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

/**
 * The ordinary poll of a given cycle year. The 2020 poll was postponed to 6 May 2021
 * (Coronavirus Act 2020 s.60), and the next ordinary poll after it was 2 May 2024: the
 * four-year cycle kept its 2016 + 4k years.
 */
export function ordinaryPollOfCycle(year: number): IsoDate {
  return year === 2020 ? '2021-05-06' : firstThursdayOfMay(year);
}

export function nextOrdinaryPollAfter(d: IsoDate): IsoDate {
  for (let y = 2016; ; y += 4) {
    if (isAfter(ordinaryPollOfCycle(y), d)) return ordinaryPollOfCycle(y);
  }
}

/**
 * A term runs from the 7th day after an ordinary poll ([L12]); a PCC returned at a
 * vacancy election holds office from the day of the declaration (s.51(8)(a)). Either
 * way it ends on the 6th day after the next ordinary poll.
 */
export function termOf(
  pollDate: IsoDate,
  nextOrdinaryPoll: IsoDate = nextOrdinaryPollAfter(pollDate),
  vacancyDeclaredOn: IsoDate | null = null,
): { termStart: IsoDate; termEnd: IsoDate } {
  return { termStart: vacancyDeclaredOn ?? addDays(pollDate, 7), termEnd: addDays(nextOrdinaryPoll, 6) };
}

/** Same day n months later, or the month's last day if it has no such day (s.63 "six months"). */
export function addMonths(d: IsoDate, n: number): IsoDate {
  const y = +d.slice(0, 4);
  const m = +d.slice(5, 7) - 1 + n;
  const day = +d.slice(8, 10);
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day, last))).toISOString().slice(0, 10);
}
