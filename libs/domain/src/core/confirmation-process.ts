import { IsoDate, isOnOrBefore } from './calendar';
import { existingCase } from './decider';
import { confirmationWindowEnd, DateRange, validateRanges } from './confirmation-window';
import { type BlockingRule, flagLate, PROCESS_ORDER, requireRule, type Rule, type RuleFinding } from './rules';
import { nonBlank } from './text';

/*
 * The confirmation process, the same law for the chief constable (PRSRA 2011 Sch 8
 * paras 3-4, 6; SI 2012/2271 reg 10) and for the chief executive, CFO and deputy PCC
 * (Sch 1 paras 9-11): the PCC notifies the panel, which holds one public hearing and
 * reports within the three-week window. Each process keeps its own rule codes and
 * messages (API clients match on them), passed in here.
 */

/** The particulars a notification must give: name, criteria, why they are met, terms. */
export function particularsGiven(d: { candidate: string; criteria: string; reasons: string; terms: string }): boolean {
  return [d.candidate, d.criteria, d.reasons, d.terms].every(nonBlank);
}

interface Receipt {
  receivedByPanelOn: IsoDate;
  postElectionPeriods?: DateRange[] | null;
}

/** The panel cannot receive a notification before it is sent; excluded periods must be real ranges. */
export function receiptValid(d: Receipt, on: IsoDate): boolean {
  return validateRanges(d.postElectionPeriods ?? []).length === 0 && isOnOrBefore(on, d.receivedByPanelOn);
}

/** The notification's dates and the window they open, in the order both processes record them. */
export function notificationWindow(
  d: Receipt,
  on: IsoDate,
): { notifiedOn: IsoDate; receivedByPanelOn: IsoDate; postElectionPeriods: DateRange[]; reportDueBy: IsoDate } {
  const periods = d.postElectionPeriods ?? [];
  return {
    notifiedOn: on,
    receivedByPanelOn: d.receivedByPanelOn,
    postElectionPeriods: periods,
    reportDueBy: confirmationWindowEnd(d.receivedByPanelOn, periods),
  };
}

/** A notified case that has not reached one of its end states (appointed, abandoned, ...). */
export function openAppointmentCase<S extends { status: string }>(
  state: S,
  ended: readonly string[],
  endedMessage: (s: Exclude<S, { status: 'none' }>) => string,
): Exclude<S, { status: 'none' }> {
  const s = existingCase(state, 'No proposed appointment has been notified under this reference.');
  requireRule(PROCESS_ORDER, !ended.includes(s.status), endedMessage(s));
  return s;
}

/** What the steps need of the candidate now before the panel. */
export interface CandidateBeforePanel {
  readonly candidate: string;
  readonly reportDueBy: IsoDate;
  readonly hearingOn: IsoDate | null;
  readonly report: object | null;
}

/** The rules of the panel's report, in each process's own codes. */
export interface ReportRules {
  /** The report follows the hearing. */
  readonly reportAfterHearing: BlockingRule;
  /** The report is due within the window; lateness is recorded, never barred. */
  readonly reportLate: Rule;
}

/** The hearing's facts, in the order both processes record them after the candidate. */
export function confirmationHearingHeld<A>(
  /** The hearing is a panel meeting held in public. */
  inPublicRule: BlockingRule,
  c: CandidateBeforePanel,
  hearing: { inPublic: boolean; appearance: A; meetingRef?: string | null },
  on: IsoDate,
  alreadyHeld: string,
): { inPublic: true; appearance: A; meetingRef: string | null; heldOn: IsoDate } {
  requireRule(PROCESS_ORDER, c.hearingOn === null && c.report === null, alreadyHeld);
  requireRule(inPublicRule, hearing.inPublic === true, 'The confirmation hearing must be held in public.');
  return { inPublic: true, appearance: hearing.appearance, meetingRef: hearing.meetingRef ?? null, heldOn: on };
}

/** Checks the panel may report now and returns the report's findings (late after the window). */
export function confirmationReportFindings(
  rules: ReportRules,
  c: CandidateBeforePanel,
  on: IsoDate,
  alreadyReported: string,
): RuleFinding[] {
  requireRule(PROCESS_ORDER, c.report === null, alreadyReported);
  requireRule(
    rules.reportAfterHearing,
    c.hearingOn !== null,
    `The panel must hold a public confirmation hearing for ${c.candidate} before reporting.`,
  );
  return flagLate(
    rules.reportLate,
    isOnOrBefore(on, c.reportDueBy),
    `Reported on ${on}; the three weeks ended on ${c.reportDueBy}.`,
  );
}
