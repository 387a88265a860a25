import { compareDates, IsoDate } from './calendar';
import type { Confidence, Rule } from './rules';

/**
 * A statutory deadline as at a date, saying only what the record shows.
 *   not_yet_due  the duty has not arisen yet (asAt is before it starts)
 *   outstanding  the duty has arisen, is not done, and the due date has not passed
 *   met          done on or before the due date
 *   late         done after the due date
 *   no_record    the due date has passed and nothing is on record: the act may have
 *                happened and not been recorded (the sources have gaps)
 *   missed       the due date has passed with nothing on record, and the record
 *                declares itself complete for that body on that date (see coverage)
 */
export type DeadlineStatus = 'not_yet_due' | 'outstanding' | 'met' | 'late' | 'no_record' | 'missed';

export const DEADLINE_STATUSES: readonly DeadlineStatus[] = [
  'not_yet_due',
  'outstanding',
  'met',
  'late',
  'no_record',
  'missed',
];

export interface Deadline {
  /** Stable key within the case, e.g. "precept.report". */
  key: string;
  label: string;
  dueOn: IsoDate;
  citation: string;
  confidence: Confidence;
  /** Day the duty arises (the trigger), or null when it runs from the start of the case. */
  startsOn: IsoDate | null;
  /** Day the duty was discharged, as recorded, or null. */
  completedOn: IsoDate | null;
  status: DeadlineStatus;
  /** Who must act: "pcc", "panel", "csp", ... */
  owner: string;
}

export type DeadlineSpec = Omit<Deadline, 'status'>;

/**
 * A deadline whose citation and confidence are those of the rule it enforces, so the
 * deadline and the late finding of the same duty always cite the same law.
 */
export function deadlineOf(
  rule: Pick<Rule, 'citation' | 'confidence'>,
  spec: Omit<DeadlineSpec, 'citation' | 'confidence'>,
): DeadlineSpec {
  const { key, label, dueOn, startsOn, completedOn, owner } = spec;
  return { key, label, dueOn, citation: rule.citation, confidence: rule.confidence, startsOn, completedOn, owner };
}

/**
 * Does the record claim to be complete for the body that owes this deadline on its due
 * date? Only then can an absence of record be read as a missed duty.
 */
export type RecordComplete = (spec: DeadlineSpec) => boolean;

const NEVER_COMPLETE: RecordComplete = () => false;

export function deadlineStatus(
  spec: Pick<Deadline, 'dueOn' | 'startsOn' | 'completedOn'>,
  asAt: IsoDate,
  complete = false,
): DeadlineStatus {
  const { dueOn, startsOn, completedOn } = spec;
  if (completedOn && compareDates(completedOn, asAt) <= 0)
    return compareDates(completedOn, dueOn) <= 0 ? 'met' : 'late';
  if (startsOn && compareDates(asAt, startsOn) < 0) return 'not_yet_due';
  if (compareDates(asAt, dueOn) <= 0) return 'outstanding';
  return complete ? 'missed' : 'no_record';
}

export function withStatus(
  specs: DeadlineSpec[],
  asAt: IsoDate,
  complete: RecordComplete = NEVER_COMPLETE,
): Deadline[] {
  return specs.map((s) => ({ ...s, status: deadlineStatus(s, asAt, complete(s)) }));
}
