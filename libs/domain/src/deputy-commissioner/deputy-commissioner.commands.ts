import type { IsoDate } from '../core/calendar';
import type { Command } from '../core/decider';
import type {
  DeputyAppointmentEnded,
  Disqualification,
  ExcludedPerson,
  PccFunction,
} from './deputy-commissioner.events';

export type AppointDeputyCommissioner = Command<
  'AppointDeputyCommissioner',
  {
    forceArea: string;
    person: string;
    seniorAppointmentCaseId?: string | null;
    termEndsOn: IsoDate;
    dateOfBirth?: IsoDate | null;
    /** What the PCC's office declares of the person; the ledger holds no record to check it against. */
    excludedAs: ExcludedPerson[];
    disqualifications: Disqualification[];
  }
>;
export type DelegateToDeputy = Command<'DelegateToDeputy', { functions: PccFunction[]; description?: string | null }>;
export type EndDeputyAppointment = Command<
  'EndDeputyAppointment',
  { reason: DeputyAppointmentEnded['data']['reason'] }
>;

export type DeputyCommissionerCommand = AppointDeputyCommissioner | DelegateToDeputy | EndDeputyAppointment;
