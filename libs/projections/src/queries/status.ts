/**
 * What a status or an event type means for the registers, named once. Deciders keep their
 * own status words; the read side reads meaning from them only through these functions.
 */

/** Statuses that close a complaint (DOMAIN.md §4.12); anything else counts as open. */
const CLOSED_COMPLAINT_STATUSES: ReadonlySet<string> = new Set([
  'none',
  'not_recorded',
  'disapplied',
  'resolved',
  'withdrawn',
  'closed',
  'concluded',
]);

/** Whether a case is a complaint still open. */
export function isOpenComplaint(aggregateType: string, status: string): boolean {
  return aggregateType === 'Complaint' && !CLOSED_COMPLAINT_STATUSES.has(status);
}

/**
 * A veto, in SQL over an events table: generic over processes, any event type ending in
 * "Vetoed" (PreceptVetoed, AppointmentVetoed, ...).
 */
export function isVetoSql(typeColumn: string): string {
  return `${typeColumn} LIKE '%Vetoed'`;
}

/**
 * A deadline's status on a day, in SQL over the deadlines table: done on time or late;
 * not yet started; outstanding; past due with nothing on record, which is "missed" only
 * where the body's record is declared complete (`covered`) and otherwise "no record".
 * Parameters: the status date three times, then the coverage condition's.
 */
export function deadlineStatusSql(covered: string): string {
  return `CASE WHEN completed_on IS NOT NULL AND completed_on <= ? THEN (CASE WHEN completed_on <= due_on THEN 'met' ELSE 'late' END)
      WHEN starts_on IS NOT NULL AND ? < starts_on THEN 'not_yet_due' WHEN ? <= due_on THEN 'outstanding' WHEN ${covered} THEN 'missed' ELSE 'no_record' END`;
}
