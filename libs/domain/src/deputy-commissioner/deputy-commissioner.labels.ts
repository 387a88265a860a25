import type { ProcessLabels } from '../core/labels';
import type { DeputyCommissionerState } from './deputy-commissioner.decider';

export const deputyCommissionerLabels: ProcessLabels = {
  aggregateType: 'DeputyCommissioner',
  name: 'Deputy Police and Crime Commissioner',
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    appointed: 'In post',
    ended: 'Appointment ended',
  } satisfies Record<DeputyCommissionerState['status'], string>,
  events: {
    DeputyCommissionerAppointed: 'Deputy commissioner appointed',
    FunctionsDelegatedToDeputy: 'Functions delegated to the deputy commissioner',
    DeputyAppointmentEnded: 'Deputy commissioner appointment ended',
  },
  fields: {
    seniorAppointmentCaseId: 'Appointment case',
    termEndsOn: 'Term ends on',
    pccTermEndsOn: "Commissioner's term ends on",
    functions: 'Functions',
    delegatedOn: 'Delegated on',
  },
};
