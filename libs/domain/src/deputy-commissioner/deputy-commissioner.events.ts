import type { IsoDate } from '../core/calendar';
import type { DomainEvent } from '../core/decider';

/** PRSRA 2011 s.18(6)(a)-(h): persons who may not be appointed deputy PCC (s.18(3)(a)). */
export const EXCLUDED_PERSONS = [
  'constable',
  'pcc',
  'mopac',
  'deputy_mayor_policing',
  'mayor_of_london',
  'common_council',
  'police_force_body',
  'staff_of_excluded',
] as const;
export type ExcludedPerson = (typeof EXCLUDED_PERSONS)[number];

/** PRSRA 2011 Sch 1 para 8(2)(b)-(g) (age, para 8(2)(a), is checked from the date of birth). */
export const DISQUALIFICATIONS = [
  'relevant_disqualification',
  'mp',
  'mep',
  'welsh_assembly',
  'scottish_parliament',
  'ni_assembly',
] as const;
export type Disqualification = (typeof DISQUALIFICATIONS)[number];

/** PRSRA 2011 s.18(7)(a)-(f), and any other function of the PCC. */
export const PCC_FUNCTIONS = [
  'issue_plan',
  'determine_objectives',
  'attend_panel',
  'prepare_annual_report',
  'chief_constable_appointment_suspension_removal',
  'calculate_budget_requirement',
  'other',
] as const;
export type PccFunction = (typeof PCC_FUNCTIONS)[number];

export type DeputyCommissionerAppointed = DomainEvent<
  'DeputyCommissionerAppointed',
  {
    forceArea: string;
    person: string;
    seniorAppointmentCaseId: string | null;
    termEndsOn: IsoDate;
    pccTermEndsOn: IsoDate;
    appointedOn: IsoDate;
  }
>;
export type FunctionsDelegatedToDeputy = DomainEvent<
  'FunctionsDelegatedToDeputy',
  { functions: PccFunction[]; description: string | null; delegatedOn: IsoDate }
>;
export type DeputyAppointmentEnded = DomainEvent<
  'DeputyAppointmentEnded',
  { reason: 'term_ended' | 'resigned' | 'removed' | 'pcc_left_office'; endedOn: IsoDate }
>;

export type DeputyCommissionerEvent = DeputyCommissionerAppointed | FunctionsDelegatedToDeputy | DeputyAppointmentEnded;

export const DEPUTY_COMMISSIONER_EVENT_TYPES = {
  DeputyCommissionerAppointed: 1,
  FunctionsDelegatedToDeputy: 1,
  DeputyAppointmentEnded: 1,
} as const;
