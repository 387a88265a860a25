import { pick } from '../core/pick';
import { assertNever, decideOnCase, Decider, DecisionContext, requireNewCase, unopened } from '../core/decider';
import { addDays, compareDates, IsoDate, isOnOrBefore } from '../core/calendar';
import { type DeadlineSpec, deadlineOf } from '../core/deadlines';
import type { ElectionOnRecord } from '../core/record-facts';
import { flagLate, PROCESS_ORDER, requireRule } from '../core/rules';
import { requireStatus } from '../core/step-order';
import { addMonths, nextOrdinaryPollAfter } from './commissioner-office.calendar';
import type { CommissionerOfficeCommand, RecordElection } from './commissioner-office.commands';
import { ActingTrigger, COMMISSIONER_OFFICE_EVENT_TYPES, CommissionerOfficeEvent } from './commissioner-office.events';
import {
  OFFICE_ACTING_NOT_STAFF,
  OFFICE_ACTING_TRIGGER_ABSENT,
  OFFICE_ALREADY_HELD,
  OFFICE_HOLDER_NOT_ELECTED,
  OFFICE_S63_NOT_ELAPSED,
  OFFICE_SUSPENSION_QUALIFYING_CHARGE,
  OFFICE_TERM_START,
  OFFICE_VACANCY_ELECTION_LATE,
} from './commissioner-office.rules';
import { nonBlank } from '../core/text';
import { type CommissionerOfficeState, evolveCommissionerOffice, type Open } from './commissioner-office.state';

export { type CommissionerOfficeState, remunerationSuspended } from './commissioner-office.state';

/** s.51: a vacancy election within 35 days. */
const VACANCY_ELECTION_DAYS = 35;

/** s.63: the day an incapacity-triggered acting appointment makes the office vacant, if still incapacitated. */
function s63VacancyDate(s: CommissionerOfficeState): IsoDate | null {
  return s.status !== 'none' && s.acting?.trigger === 'incapacitated' ? addMonths(s.acting.appointedOn, 6) : null;
}

function triggerHolds(s: Open, trigger: ActingTrigger): boolean {
  switch (trigger) {
    case 'no_commissioner':
      return s.status === 'elected' || s.status === 'vacant';
    case 'suspended':
      return s.status === 'suspended';
    case 'incapacitated':
      return s.status === 'in_office';
    default:
      return assertNever(trigger, 'trigger');
  }
}

function decideRecordElection(
  command: RecordElection,
  state: CommissionerOfficeState,
  ctx: DecisionContext,
): CommissionerOfficeEvent[] {
  const on = ctx.effectiveOn;
  requireNewCase(state, 'An election has already been recorded for this police area and term.');
  const d = command.data;
  const vacancyOn = d.vacancyOn ?? null;
  const findings =
    d.kind === 'vacancy' && vacancyOn
      ? flagLate(
          OFFICE_VACANCY_ELECTION_LATE,
          isOnOrBefore(on, addDays(vacancyOn, VACANCY_ELECTION_DAYS)),
          `Poll on ${on}; the vacancy arose on ${vacancyOn}, so the election was due by ${addDays(vacancyOn, VACANCY_ELECTION_DAYS)}.`,
        )
      : [];
  return [
    {
      type: 'ElectionHeld',
      data: {
        policeArea: d.forceArea,
        pollDate: d.pollDate ?? on,
        ...pick(d, 'electedPerson', 'kind'),
        vacancyOn,
        nextOrdinaryPoll: d.nextOrdinaryPoll ?? nextOrdinaryPollAfter(on),
        declaredOn: d.kind === 'vacancy' ? (d.declaredOn ?? d.pollDate ?? on) : null,
      },
      findings,
    },
  ];
}

export const commissionerOffice: Decider<CommissionerOfficeState, CommissionerOfficeCommand, CommissionerOfficeEvent> =
  {
    aggregateType: 'CommissionerOffice',
    streamPrefix: 'commissioner-office',
    eventTypes: COMMISSIONER_OFFICE_EVENT_TYPES,
    /*
     * Commissioner office (PRSRA 2011 ss.30, 50-63). The election result is the returning
     * officer's (admin). Taking office and appointing a deputy are the PCC's acts. Suspension
     * (s.30) and the acting commissioner (s.62) are the panel's powers; the end of a suspension
     * or of an acting appointment is recorded by the panel that made it. A vacancy arises by
     * operation of law (death, disqualification, s.63) or by resignation to the chief executive;
     * it ends the PCC's tenure, so neither the PCC's office nor the panel may record it alone:
     * admin only.
     */
    commands: {
      RecordElection: {
        label: 'The result of a commissioner election is recorded',
        body: 'national',
        legalBasis: 'PRSRA 2011 ss.50-51',
        creates: true,
      },
      TakeOffice: {
        label: 'The elected commissioner takes office',
        body: 'pcc',
        legalBasis: 'PRSRA 2011 s.50; s.70 (declaration of acceptance)',
      },
      SuspendCommissioner: {
        label: 'The panel suspends the commissioner',
        body: 'panel',
        legalBasis: 'PRSRA 2011 s.30',
      },
      EndSuspension: {
        label: "The panel ends the commissioner's suspension",
        body: 'panel',
        legalBasis: 'PRSRA 2011 s.30(2)',
      },
      AppointActingCommissioner: {
        label: 'The panel appoints an acting commissioner',
        body: 'panel',
        legalBasis: 'PRSRA 2011 s.62',
      },
      EndActingAppointment: {
        label: "The panel ends the acting commissioner's appointment",
        body: 'panel',
        legalBasis: 'PRSRA 2011 s.62(6)-(7)',
      },
      VacateOffice: {
        label: "The commissioner's office becomes vacant",
        body: 'national',
        legalBasis: 'PRSRA 2011 ss.59-61, 63',
      },
      AppointDeputy: {
        label: 'The commissioner appoints a deputy',
        body: 'pcc',
        legalBasis: 'PRSRA 2011 s.18, Sch 1 para 8',
      },
    },

    initialState: unopened,

    evolve: evolveCommissionerOffice,

    decide: decideOnCase<CommissionerOfficeState, CommissionerOfficeCommand, CommissionerOfficeEvent, 'RecordElection'>(
      'RecordElection',
      decideRecordElection,
      'No election has been recorded for this police area and term.',
      {
        TakeOffice: (command, s, ctx) => {
          const on = ctx.effectiveOn;
          requireRule(
            OFFICE_ALREADY_HELD,
            s.holder === null && s.status === 'elected',
            s.holder
              ? `${s.holder} already holds the office.`
              : 'The office for this term has been vacated; a new term follows a new election.',
          );
          requireRule(
            OFFICE_HOLDER_NOT_ELECTED,
            command.data.person === s.electedPerson,
            `${command.data.person} was not elected at the poll on ${s.pollDate} (${s.electedPerson} was).`,
          );
          requireRule(
            OFFICE_TERM_START,
            on === s.termStart,
            s.kind === 'vacancy'
              ? `A PCC returned at a vacancy election holds office from the day of the declaration, ${s.termStart} (s.51(8)(a)), not ${on}.`
              : `The term starts on ${s.termStart}, the seventh day after the poll on ${s.pollDate}, not ${on}.`,
          );
          const events: CommissionerOfficeEvent[] = [
            {
              type: 'CommissionerTookOffice',
              data: { person: command.data.person, termStart: s.termStart, termEndExpected: s.termEnd },
            },
          ];
          if (s.acting)
            events.push({ type: 'ActingAppointmentEnded', data: { reason: 'commissioner_elected', endedOn: on } });
          return events;
        },
        SuspendCommissioner: (command, s, ctx) => {
          const on = ctx.effectiveOn;
          requireRule(
            PROCESS_ORDER,
            s.status === 'in_office',
            s.status === 'suspended'
              ? 'The commissioner is already suspended.'
              : 'No commissioner holds office to be suspended.',
          );
          const d = command.data;
          const qualifying =
            nonBlank(d.chargeRef) &&
            d.chargedIn !== 'elsewhere' &&
            (d.lifeSentence || (d.offenceMaxTermYears !== null && d.offenceMaxTermYears > 2));
          requireRule(
            OFFICE_SUSPENSION_QUALIFYING_CHARGE,
            qualifying,
            'Suspension needs a recorded charge, in the UK, Channel Islands or Isle of Man, for an offence whose adult maximum exceeds two years or is life.',
          );
          return [
            {
              type: 'CommissionerSuspended',
              data: {
                ...pick(d, 'chargeRef', 'offence'),
                offenceMaxTermYears: d.lifeSentence ? null : d.offenceMaxTermYears,
                lifeSentence: d.lifeSentence,
                chargedIn: d.chargedIn as 'uk' | 'channel_islands' | 'isle_of_man',
                panelResolutionRef: d.panelResolutionRef,
                suspendedOn: on,
              },
            },
          ];
        },
        EndSuspension: (command, s, ctx) => {
          const on = ctx.effectiveOn;
          requireStatus(s, ['suspended'], 'The commissioner is not suspended.');
          const events: CommissionerOfficeEvent[] = [
            { type: 'SuspensionEnded', data: { reason: command.data.reason, endedOn: on } },
          ];
          // s.62(7): an acting appointment because of suspension ends with it.
          if (s.acting?.trigger === 'suspended')
            events.push({ type: 'ActingAppointmentEnded', data: { reason: 'suspension_ended', endedOn: on } });
          return events;
        },
        AppointActingCommissioner: (command, s, ctx) => {
          const on = ctx.effectiveOn;
          const d = command.data;
          requireRule(PROCESS_ORDER, s.acting === null, `${s.acting?.person} is already acting commissioner.`);
          requireRule(
            OFFICE_ACTING_NOT_STAFF,
            d.isCommissionerStaff && !d.isPoliceCivilianStaff,
            `${d.person} must be a member of the PCC's own staff, not police civilian staff.`,
          );
          requireRule(
            OFFICE_ACTING_TRIGGER_ABSENT,
            triggerHolds(s, d.trigger),
            `The ground "${d.trigger.replace(/_/g, ' ')}" does not hold: the office is ${s.status.replace(/_/g, ' ')}.`,
          );
          return [
            {
              type: 'ActingCommissionerAppointed',
              data: { ...pick(d, 'person', 'staffRole', 'trigger', 'panelResolutionRef'), appointedOn: on },
            },
          ];
        },
        EndActingAppointment: (command, s, ctx) => {
          const on = ctx.effectiveOn;
          requireRule(PROCESS_ORDER, s.acting !== null, 'There is no acting commissioner.');
          requireRule(
            OFFICE_ACTING_TRIGGER_ABSENT,
            command.data.reason !== 'incapacity_ended' || s.acting?.trigger === 'incapacitated',
            'The acting appointment was not made because of incapacity.',
          );
          return [{ type: 'ActingAppointmentEnded', data: { reason: command.data.reason, endedOn: on } }];
        },
        VacateOffice: (command, s, ctx) => {
          const on = ctx.effectiveOn;
          requireStatus(s, ['in_office', 'suspended'], 'No commissioner holds office.');
          if (command.data.reason === 'incapacity_six_months') {
            const due = s63VacancyDate(s);
            requireRule(
              OFFICE_S63_NOT_ELAPSED,
              due !== null && compareDates(due, on) <= 0,
              due ? `The six months run until ${due}.` : 'No acting commissioner was appointed because of incapacity.',
            );
          }
          return [{ type: 'OfficeVacated', data: { reason: command.data.reason, vacatedOn: on } }];
        },
        AppointDeputy: (command, s, ctx) => {
          const on = ctx.effectiveOn;
          requireStatus(s, ['in_office'], 'A deputy is appointed by a commissioner in office.');
          return [
            {
              type: 'DeputyAppointed',
              data: {
                person: command.data.person,
                seniorAppointmentCaseId: command.data.seniorAppointmentCaseId ?? null,
                appointedOn: on,
              },
            },
          ];
        },
      },
    ),

    deadlines(state): DeadlineSpec[] {
      const due = s63VacancyDate(state);
      if (state.status === 'none' || !due || !state.acting) return [];
      return [
        deadlineOf(OFFICE_S63_NOT_ELAPSED, {
          key: 'office.s63-incapacity',
          label: 'Six months of incapacity: the office falls vacant if the PCC is still incapacitated',
          dueOn: due,
          startsOn: state.acting.appointedOn,
          completedOn: null,
          owner: 'panel',
        }),
      ];
    },
  };

/** The latest election on record on or before a date, among a force area's office records. */
export function electionOnRecord(
  offices: ReadonlyArray<{ caseId: string; state: CommissionerOfficeState }>,
  date: IsoDate,
): ElectionOnRecord | null {
  let best: ElectionOnRecord | null = null;
  for (const { caseId, state } of offices) {
    if (state.status === 'none' || compareDates(state.pollDate, date) > 0) continue;
    if (best && compareDates(best.pollDate, state.pollDate) >= 0) continue;
    best = {
      caseId,
      pollDate: state.pollDate,
      kind: state.kind,
      electedPerson: state.electedPerson,
      holder: state.holder,
      status: state.status,
      acting: state.acting?.person ?? null,
    };
  }
  return best;
}
