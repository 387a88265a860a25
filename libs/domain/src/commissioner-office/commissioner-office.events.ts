import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';

export type ElectionKind = 'ordinary' | 'vacancy';
export type ActingTrigger = 'no_commissioner' | 'suspended' | 'incapacitated';
export type SuspensionEndReason = 'charge_dropped' | 'acquitted' | 'convicted_not_disqualified' | 'terminated_by_panel';
export type ActingEndReason =
  | 'commissioner_elected'
  | 'terminated_by_panel'
  | 'terminated_by_acting_commissioner'
  | 'incapacity_ended'
  | 'suspension_ended';
export type VacancyReason = 'resigned' | 'died' | 'disqualified' | 'incapacity_six_months' | 'other';

export type ElectionHeld = DomainEvent<
  'ElectionHeld',
  {
    policeArea: string;
    pollDate: IsoDate;
    electedPerson: string;
    kind: ElectionKind;
    vacancyOn: IsoDate | null;
    nextOrdinaryPoll: IsoDate;
    /** The day the result was declared: a PCC returned at a vacancy election holds office from it (s.51(8)(a)). Null for an ordinary election. */
    declaredOn: IsoDate | null;
  }
>;
export type CommissionerTookOffice = DomainEvent<
  'CommissionerTookOffice',
  { person: string; termStart: IsoDate; termEndExpected: IsoDate }
>;
export type CommissionerSuspended = DomainEvent<
  'CommissionerSuspended',
  {
    chargeRef: string;
    offence: string;
    /** Maximum term for an adult, in years; null when the maximum is life. */
    offenceMaxTermYears: number | null;
    lifeSentence: boolean;
    chargedIn: 'uk' | 'channel_islands' | 'isle_of_man';
    panelResolutionRef: string;
    suspendedOn: IsoDate;
  }
>;
export type SuspensionEnded = DomainEvent<'SuspensionEnded', { reason: SuspensionEndReason; endedOn: IsoDate }>;
export type ActingCommissionerAppointed = DomainEvent<
  'ActingCommissionerAppointed',
  { person: string; staffRole: string; trigger: ActingTrigger; panelResolutionRef: string; appointedOn: IsoDate }
>;
export type ActingAppointmentEnded = DomainEvent<
  'ActingAppointmentEnded',
  { reason: ActingEndReason; endedOn: IsoDate }
>;
export type OfficeVacated = DomainEvent<'OfficeVacated', { reason: VacancyReason; vacatedOn: IsoDate }>;
export type DeputyAppointed = DomainEvent<
  'DeputyAppointed',
  { person: string; seniorAppointmentCaseId: string | null; appointedOn: IsoDate }
>;

export type CommissionerOfficeEvent =
  | ElectionHeld
  | CommissionerTookOffice
  | CommissionerSuspended
  | SuspensionEnded
  | ActingCommissionerAppointed
  | ActingAppointmentEnded
  | OfficeVacated
  | DeputyAppointed;

export const COMMISSIONER_OFFICE_EVENT_TYPES = {
  ElectionHeld: 2,
  CommissionerTookOffice: 1,
  CommissionerSuspended: 1,
  SuspensionEnded: 1,
  ActingCommissionerAppointed: 1,
  ActingAppointmentEnded: 1,
  OfficeVacated: 1,
  DeputyAppointed: 1,
} as const;
