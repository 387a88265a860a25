import type { ProcessLabels } from '../core/labels';
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
  values: { ordinary: 'Ordinary election', by_election: 'By-election', incapacity: 'Incapacity', suspension: 'Suspension', vacancy: 'Vacancy', death: 'Death', resignation: 'Resignation', disqualification: 'Disqualification' },
};
