import type { ScriptStep } from './demo.script';
import { panelPreceptAndAppointmentActs } from './synthetic-appointments.script';
import { meetingComplaintAndGrantActs } from './synthetic-oversight.script';
import { partnershipActs } from './synthetic-partnerships.script';

export { SYNTHETIC_CASES } from './synthetic.cast';

/**
 * Synthetic demonstration data (DOMAIN.md §6: the seeds show no report requirement,
 * summons, merger, veto, complaint or confirmation hearing). Every step carries provenance
 * 'synthetic'; the places are fictional ("Northshire", "Southshire") so that nothing here
 * can be mistaken for a real record.
 */
export function syntheticDemoScript(): ScriptStep[] {
  // Concatenated in the order the acts were written, which is the order of the stored log.
  return [...partnershipActs(), ...panelPreceptAndAppointmentActs(), ...meetingComplaintAndGrantActs()];
}
