import { addDays } from '../core/calendar';
import { type DeadlineSpec, deadlineOf } from '../core/deadlines';
import { COMPLAINT_RECORDING_LATE, COMPLAINT_REFERRAL_LATE } from './complaint.rules';
import type { ComplaintState } from './complaint.state';

/** Every statutory deadline of the complaint (SI 2012/62), without status. */
export function complaintDeadlines(state: ComplaintState): DeadlineSpec[] {
  if (state.status === 'none') return [];
  const specs: DeadlineSpec[] = [];
  if (state.criminalAllegation && state.criminalClearOn !== null && state.criminalClearOn === state.receivedOn) {
    specs.push(
      deadlineOf(COMPLAINT_RECORDING_LATE, {
        key: 'complaint.recording',
        label: 'Record the complaint (it alleges a crime on its face)',
        dueOn: addDays(state.receivedOn, 1),
        startsOn: state.receivedOn,
        completedOn: state.recordedOn,
        owner: 'panel',
      }),
    );
  }
  const dueOn =
    state.referralDueOn ??
    (state.criminalAllegation && state.criminalClearOn ? addDays(state.criminalClearOn, 1) : null);
  if (dueOn) {
    specs.push(
      deadlineOf(COMPLAINT_REFERRAL_LATE, {
        key: 'complaint.referral',
        label: 'Refer the complaint to the IPCC by the end of the next day',
        dueOn,
        startsOn: addDays(dueOn, -1),
        completedOn: state.referredOn,
        owner: 'panel',
      }),
    );
  }
  return specs;
}
