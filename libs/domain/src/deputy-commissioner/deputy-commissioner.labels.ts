import type { ProcessLabels } from '../core/labels';

export const deputyCommissionerLabels: ProcessLabels = {
  aggregateType: 'DeputyCommissioner',
  name: 'Deputy Police and Crime Commissioner',
  events: {
    DeputyCommissionerAppointed: 'Deputy commissioner appointed',
    FunctionsDelegatedToDeputy: 'Functions delegated to the deputy commissioner',
    DeputyAppointmentEnded: 'Deputy commissioner appointment ended',
  },
  fields: { seniorAppointmentCaseId: 'Appointment case', termEndsOn: 'Term ends on', pccTermEndsOn: "Commissioner's term ends on", functions: 'Functions', delegatedOn: 'Delegated on' },
};
