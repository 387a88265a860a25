import type { Command } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type {
  ActingEndReason,
  ActingTrigger,
  ElectionKind,
  SuspensionEndReason,
  VacancyReason,
} from './commissioner-office.events';

/** The poll date is the act's effectiveOn. */
export type RecordElection = Command<
  'RecordElection',
  {
    forceArea: string;
    electedPerson: string;
    kind: ElectionKind;
    vacancyOn?: IsoDate | null;
    nextOrdinaryPoll?: IsoDate | null;
    /**
     * The poll date as the source states it, when importing history. Defaults to the date of
     * the act. A source that gets it wrong (S3's "2013") is recorded as it is, at the act's
     * legal date, and corrected with RecordCorrected on `pollDate` (DOMAIN.md §1.1).
     */
    pollDate?: IsoDate | null;
    /**
     * Vacancy elections only: the day the returning officer declared the result, from which
     * the PCC holds office (s.51(8)(a)). Defaults to the poll date (a count on the night).
     */
    declaredOn?: IsoDate | null;
  }
>;
export type TakeOffice = Command<'TakeOffice', { person: string }>;
export type SuspendCommissioner = Command<
  'SuspendCommissioner',
  {
    chargeRef: string;
    offence: string;
    offenceMaxTermYears: number | null;
    lifeSentence: boolean;
    chargedIn: 'uk' | 'channel_islands' | 'isle_of_man' | 'elsewhere';
    panelResolutionRef: string;
  }
>;
export type EndSuspension = Command<'EndSuspension', { reason: SuspensionEndReason }>;
export type AppointActingCommissioner = Command<
  'AppointActingCommissioner',
  {
    person: string;
    staffRole: string;
    /** A member of the PCC's own staff (s.62(2)). */
    isCommissionerStaff: boolean;
    /** Police civilian staff could not act during the transition (SI 2012/2892 art 5(5)). */
    isPoliceCivilianStaff: boolean;
    trigger: ActingTrigger;
    panelResolutionRef: string;
  }
>;
export type EndActingAppointment = Command<
  'EndActingAppointment',
  { reason: Exclude<ActingEndReason, 'suspension_ended'> }
>;
export type VacateOffice = Command<'VacateOffice', { reason: VacancyReason }>;
export type AppointDeputy = Command<'AppointDeputy', { person: string; seniorAppointmentCaseId?: string | null }>;

export type CommissionerOfficeCommand =
  | RecordElection
  | TakeOffice
  | SuspendCommissioner
  | EndSuspension
  | AppointActingCommissioner
  | EndActingAppointment
  | VacateOffice
  | AppointDeputy;
