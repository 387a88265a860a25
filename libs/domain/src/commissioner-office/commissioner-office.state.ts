import { assertNever } from '../core/decider';
import { pick } from '../core/pick';
import type { IsoDate } from '../core/calendar';
import { termOf } from './commissioner-office.calendar';
import type { ActingTrigger, CommissionerOfficeEvent, ElectionKind } from './commissioner-office.events';

/**
 * One police area for one term (DOMAIN.md §5.2). elected → in_office ⇄ suspended → vacant.
 * While suspended the PCC is treated as not holding office for salary, pension and
 * allowances (s.30(3)): `remunerationSuspended` is derived from the status.
 */
export type CommissionerOfficeState =
  | { status: 'none' }
  | {
      status: 'elected' | 'in_office' | 'suspended' | 'vacant';
      forceArea: string;
      pollDate: IsoDate;
      kind: ElectionKind;
      electedPerson: string;
      termStart: IsoDate;
      termEnd: IsoDate;
      holder: string | null;
      acting: { person: string; trigger: ActingTrigger; appointedOn: IsoDate } | null;
      deputy: string | null;
      vacatedOn: IsoDate | null;
    };

export type Open = Exclude<CommissionerOfficeState, { status: 'none' }>;

export const remunerationSuspended = (s: CommissionerOfficeState): boolean => s.status === 'suspended';

/** How each recorded act changes the office. */
export function evolveCommissionerOffice(
  state: CommissionerOfficeState,
  event: CommissionerOfficeEvent,
): CommissionerOfficeState {
  if (event.type === 'ElectionHeld') {
    const d = event.data;
    const t = termOf(d.pollDate, d.nextOrdinaryPoll, d.kind === 'vacancy' ? (d.declaredOn ?? d.pollDate) : null);
    const election = { forceArea: d.policeArea, ...pick(d, 'pollDate', 'kind', 'electedPerson') };
    return { status: 'elected', ...election, ...t, holder: null, acting: null, deputy: null, vacatedOn: null };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'CommissionerTookOffice':
      return { ...state, status: 'in_office', holder: event.data.person };
    case 'CommissionerSuspended':
      return { ...state, status: 'suspended' };
    case 'SuspensionEnded':
      return { ...state, status: 'in_office' };
    case 'ActingCommissionerAppointed':
      return {
        ...state,
        acting: { person: event.data.person, trigger: event.data.trigger, appointedOn: event.data.appointedOn },
      };
    case 'ActingAppointmentEnded':
      return { ...state, acting: null };
    case 'OfficeVacated':
      // An acting commissioner in post carries on: no PCC now holds office (s.62(1)(a)).
      return {
        ...state,
        status: 'vacant',
        holder: null,
        vacatedOn: event.data.vacatedOn,
        acting: state.acting && { ...state.acting, trigger: 'no_commissioner' },
      };
    case 'DeputyAppointed':
      return { ...state, deputy: event.data.person };
    default:
      return assertNever(event, 'event');
  }
}
