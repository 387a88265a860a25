import { compareDates, IsoDate } from './calendar';
import type { Confidence } from './rules';

/**
 * A statutory deadline as at a date.
 *   not_yet_due  the duty has not arisen yet (asAt is before it starts)
 *   outstanding  the duty has arisen, is not done, and the due date has not passed
 *   met          done on or before the due date
 *   missed       done after the due date, or still not done after it
 */
export type DeadlineStatus = 'not_yet_due' | 'outstanding' | 'met' | 'missed';

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

export function deadlineStatus(spec: Pick<Deadline, 'dueOn' | 'startsOn' | 'completedOn'>, asAt: IsoDate): DeadlineStatus {
  const { dueOn, startsOn, completedOn } = spec;
  if (completedOn && compareDates(completedOn, asAt) <= 0) return compareDates(completedOn, dueOn) <= 0 ? 'met' : 'missed';
  if (startsOn && compareDates(asAt, startsOn) < 0) return 'not_yet_due';
  return compareDates(asAt, dueOn) <= 0 ? 'outstanding' : 'missed';
}

export function withStatus(specs: DeadlineSpec[], asAt: IsoDate): Deadline[] {
  return specs.map((s) => ({ ...s, status: deadlineStatus(s, asAt) }));
}
