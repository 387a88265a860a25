import type { ProcessLabels } from '../core/labels';
import type { CspMeetingSummonsState } from './csp-meeting-summons.decider';

export const cspMeetingSummonsLabels: ProcessLabels = {
  aggregateType: 'CspMeetingSummons',
  name: 'Summons of a partnership meeting by the commissioner',
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    issued: 'Summons issued',
    held: 'Meeting held',
  } satisfies Record<CspMeetingSummonsState['status'], string>,
  events: {
    MeetingSummonsIssued: 'Commissioner summoned a meeting of the partnerships',
    SummonedMeetingHeld: 'Summoned meeting held',
  },
  fields: {
    authoritiesRequired: 'Authorities required to attend',
    repsPerAuthority: 'Representatives for each authority',
    strategies: 'Strategies to discuss',
    consultedRAs: 'Responsible authorities consulted',
    proportionalityReason: 'Why the summons is proportionate',
    attendedBy: 'Attended by',
    absent: 'Absent',
  },
};
