import { IsoDate, isOnOrBefore } from './calendar';
import { type BlockingRule, flagLate, PROCESS_ORDER, requireRule, type Rule, type RuleFinding } from './rules';

/*
 * The panel's confirmation steps, the same law for the chief constable (PRSRA 2011 Sch 8
 * paras 4, 6; SI 2012/2271 reg 10) and for the chief executive, CFO and deputy PCC
 * (Sch 1 paras 10-11): one public hearing, then a report within the three-week window.
 * Each process keeps its own rule codes (API clients match on them), passed in here.
 */

/** What the steps need of the candidate now before the panel. */
export interface CandidateBeforePanel {
  readonly candidate: string;
  readonly reportDueBy: IsoDate;
  readonly hearingOn: IsoDate | null;
  readonly report: object | null;
}

export interface ConfirmationRules {
  /** The hearing is a panel meeting held in public. */
  readonly hearingInPublic: BlockingRule;
  /** The report follows the hearing. */
  readonly reportAfterHearing: BlockingRule;
  /** The report is due within the window; lateness is recorded, never barred. */
  readonly reportLate: Rule;
}

/** The hearing's facts, in the order both processes record them after the candidate. */
export function confirmationHearingHeld<A>(
  rules: ConfirmationRules,
  c: CandidateBeforePanel,
  hearing: { inPublic: boolean; appearance: A; meetingRef?: string | null },
  on: IsoDate,
  alreadyHeld: string,
): { inPublic: true; appearance: A; meetingRef: string | null; heldOn: IsoDate } {
  requireRule(PROCESS_ORDER, c.hearingOn === null && c.report === null, alreadyHeld);
  requireRule(rules.hearingInPublic, hearing.inPublic === true, 'The confirmation hearing must be held in public.');
  return { inPublic: true, appearance: hearing.appearance, meetingRef: hearing.meetingRef ?? null, heldOn: on };
}

/** Checks the panel may report now and returns the report's findings (late after the window). */
export function confirmationReportFindings(
  rules: ConfirmationRules,
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
