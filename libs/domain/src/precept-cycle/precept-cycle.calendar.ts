import { financialYearBounds, IsoDate } from '../core/calendar';

/**
 * The precept scrutiny timetable (SI 2012/2271 regs 3-7). Every date falls in the
 * "relevant financial year", which is the year BEFORE the year the precept is for
 * (reg 1): the 2013-14 precept is scrutinised in February and March 2013.
 */
export interface PreceptTimetable {
  financialYear: string;
  relevantFinancialYear: string;
  /** reg 3: proposed precept notified to the panel. */
  notifyBy: IsoDate;
  /** reg 4(1): panel's report (and any veto). */
  reportBy: IsoDate;
  /** reg 5(1)-(2): after a veto, response and revised precept. */
  revisedBy: IsoDate;
  /** reg 6(1): second report on the revised precept. */
  secondReportBy: IsoDate;
  /** reg 7: response to the second report. */
  secondResponseBy: IsoDate;
  /** LGFA 1992 s.40 (⚠️ not checked): issue before 1 March. */
  issueBefore: IsoDate;
}

export function preceptTimetable(financialYear: string): PreceptTimetable {
  const { start } = financialYearBounds(financialYear);
  const y = +start.slice(0, 4);
  const relevantFinancialYear = `${y - 1}-${String(y % 100).padStart(2, '0')}`;
  return {
    financialYear,
    relevantFinancialYear,
    notifyBy: `${y}-02-01`,
    reportBy: `${y}-02-08`,
    revisedBy: `${y}-02-15`,
    secondReportBy: `${y}-02-22`,
    secondResponseBy: `${y}-03-01`,
    issueBefore: `${y}-03-01`,
  };
}
