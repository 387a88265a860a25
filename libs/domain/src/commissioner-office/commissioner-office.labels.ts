import type { ProcessLabels } from '../core/labels';
import type { CommissionerOfficeCommand } from './commissioner-office.commands';
import type { CommissionerOfficeState } from './commissioner-office.decider';

export const commissionerOfficeLabels: ProcessLabels = {
  aggregateType: 'CommissionerOffice',
  name: 'Office of the Police and Crime Commissioner',
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    elected: 'Elected, not yet in office',
    in_office: 'In office',
    suspended: 'Suspended',
    vacant: 'Vacant',
  } satisfies Record<CommissionerOfficeState['status'], string>,
  /** What each act of the process does, in words a panel officer would use. */
  acts: {
    RecordElection: 'The result of a commissioner election is recorded',
    TakeOffice: 'The elected commissioner takes office',
    SuspendCommissioner: 'The panel suspends the commissioner',
    EndSuspension: "The panel ends the commissioner's suspension",
    AppointActingCommissioner: 'The panel appoints an acting commissioner',
    EndActingAppointment: "The panel ends the acting commissioner's appointment",
    VacateOffice: "The commissioner's office becomes vacant",
    AppointDeputy: 'The commissioner appoints a deputy',
  } satisfies Record<CommissionerOfficeCommand['type'], string>,
  events: {
    ElectionHeld: 'Election of a commissioner held',
    CommissionerTookOffice: 'Commissioner took office',
    CommissionerSuspended: 'Commissioner suspended',
    SuspensionEnded: 'Suspension of the commissioner ended',
    ActingCommissionerAppointed: 'Acting commissioner appointed by the panel',
    ActingAppointmentEnded: 'Acting commissioner appointment ended',
    OfficeVacated: 'Office of commissioner became vacant',
    DeputyAppointed: 'Deputy commissioner appointed',
  },
  fields: {
    pollDate: 'Date of the poll',
    declaredOn: 'Result declared on',
    electedPerson: 'Person elected',
    kind: 'Kind of election',
    vacancyOn: 'Vacancy arose on',
    nextOrdinaryPoll: 'Next ordinary election',
    termStart: 'Term began',
    termEndExpected: 'Term expected to end',
    chargeRef: 'Charge',
    offence: 'Offence',
    offenceMaxTermYears: 'Maximum sentence (years)',
    lifeSentence: 'Carries a life sentence',
    chargedIn: 'Charged in',
    panelResolutionRef: 'Panel resolution',
    suspendedOn: 'Suspended on',
    staffRole: 'Post on the commissioner’s staff',
    trigger: 'Why an acting commissioner was needed',
    vacatedOn: 'Vacated on',
    seniorAppointmentCaseId: 'Appointment case',
  },
  values: {
    ordinary: 'Ordinary election',
    by_election: 'By-election',
    incapacity: 'Incapacity',
    suspension: 'Suspension',
    vacancy: 'Vacancy',
    death: 'Death',
    resignation: 'Resignation',
    disqualification: 'Disqualification',
  },
};
