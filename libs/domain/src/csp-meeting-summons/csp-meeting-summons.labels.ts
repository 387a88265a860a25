import type { ProcessLabels } from '../core/labels';

export const cspMeetingSummonsLabels: ProcessLabels = {
  aggregateType: 'CspMeetingSummons',
  name: 'Summons of a partnership meeting by the commissioner',
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
