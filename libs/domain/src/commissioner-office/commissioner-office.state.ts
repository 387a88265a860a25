import { evolveOnCase } from '../core/evolve-on-case';
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
export const evolveCommissionerOffice = evolveOnCase<CommissionerOfficeState, CommissionerOfficeEvent, 'ElectionHeld'>(
  {
    ElectionHeld: ({ data: d }) => {
      const t = termOf(d.pollDate, d.nextOrdinaryPoll, d.kind === 'vacancy' ? (d.declaredOn ?? d.pollDate) : null);
      const election = { forceArea: d.policeArea, ...pick(d, 'pollDate', 'kind', 'electedPerson') };
      return { status: 'elected', ...election, ...t, holder: null, acting: null, deputy: null, vacatedOn: null };
    },
  },
  {
    CommissionerTookOffice: ({ data }, s) => ({ ...s, status: 'in_office', holder: data.person }),
    CommissionerSuspended: (_, s) => ({ ...s, status: 'suspended' }),
    SuspensionEnded: (_, s) => ({ ...s, status: 'in_office' }),
    ActingCommissionerAppointed: ({ data }, s) => ({
      ...s,
      acting: pick(data, 'person', 'trigger', 'appointedOn'),
    }),
    ActingAppointmentEnded: (_, s) => ({ ...s, acting: null }),
    // An acting commissioner in post carries on: no PCC now holds office (s.62(1)(a)).
    OfficeVacated: ({ data }, s) => ({
      ...s,
      status: 'vacant',
      holder: null,
      vacatedOn: data.vacatedOn,
      acting: s.acting && { ...s.acting, trigger: 'no_commissioner' },
    }),
    DeputyAppointed: ({ data }, s) => ({ ...s, deputy: data.person }),
  },
);
