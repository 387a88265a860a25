import fc from 'fast-check';
import { addDays, daysBetween } from '../core/calendar';
import { deadlinesAsAt, foldStream } from '../core/fold';
import { kentElection2012 } from '../testing/commissioner-office';
import { on, spec } from '../testing/spec';
import {
  addMonths,
  firstThursdayOfMay,
  nextOrdinaryPollAfter,
  ordinaryPollOfCycle,
  termOf,
} from './commissioner-office.calendar';
import type { AppointActingCommissioner, SuspendCommissioner } from './commissioner-office.commands';
import { commissionerOffice as decider, remunerationSuspended } from './commissioner-office.decider';
import type { ActingTrigger, CommissionerOfficeEvent } from './commissioner-office.events';

const elected = on('2012-11-15', kentElection2012);
const tookOffice = on('2012-11-22', {
  type: 'CommissionerTookOffice',
  data: { person: 'Ann Barnes', termStart: '2012-11-22', termEndExpected: '2016-05-11' },
} as CommissionerOfficeEvent);
// Synthetic from here on: the seeds record no suspension or acting commissioner.
const suspend = (over: Partial<SuspendCommissioner['data']> = {}): SuspendCommissioner => ({
  type: 'SuspendCommissioner',
  data: {
    chargeRef: 'SYN-1',
    offence: 'Synthetic offence',
    offenceMaxTermYears: 5,
    lifeSentence: false,
    chargedIn: 'uk',
    panelResolutionRef: 'PCP-2014-01',
    ...over,
  },
});
/** The acting appointment `acting()` records, made on `day` for `trigger` (s.62). */
const actingAppointed = (trigger: ActingTrigger, day: string) =>
  on(day, {
    type: 'ActingCommissionerAppointed',
    data: {
      person: 'C. Executive',
      staffRole: 'Chief Executive',
      trigger,
      panelResolutionRef: 'PCP-2014-02',
      appointedOn: day,
    },
  } as CommissionerOfficeEvent);
const suspended = on('2014-01-10', {
  type: 'CommissionerSuspended',
  data: { ...suspend().data, suspendedOn: '2014-01-10' },
} as CommissionerOfficeEvent);
const acting = (over: Partial<AppointActingCommissioner['data']> = {}): AppointActingCommissioner => ({
  type: 'AppointActingCommissioner',
  data: {
    person: 'C. Executive',
    staffRole: 'Chief Executive',
    isCommissionerStaff: true,
    isPoliceCivilianStaff: false,
    trigger: 'suspended',
    panelResolutionRef: 'PCP-2014-02',
    ...over,
  },
});

describe('CommissionerOffice (PRSRA 2011 ss.30, 50-51, 62-63)', () => {
  it('records the Kent election of 15 November 2012 with the next ordinary poll computed (5 May 2016 ⚠️)', () => {
    spec(decider)
      .given()
      .when(
        { type: 'RecordElection', data: { forceArea: 'kent', electedPerson: 'Ann Barnes', kind: 'ordinary' } },
        { effectiveOn: '2012-11-15' },
      )
      .then([elected.event]);
  });

  it('keeps a poll date stated by an imported source, which a correction can later fix', () => {
    const [held] = spec(decider)
      .given()
      .when(
        {
          type: 'RecordElection',
          data: { forceArea: 'kent', electedPerson: 'Ann Barnes', kind: 'ordinary', pollDate: '2013-11-15' },
        },
        { effectiveOn: '2012-11-15' },
      )
      .events();
    expect((held.data as { pollDate: string }).pollDate).toBe('2013-11-15');
    // Until corrected, the wrong year puts the term start a year out, so taking office is refused.
    spec(decider)
      .given(on('2012-11-15', held))
      .when({ type: 'TakeOffice', data: { person: 'Ann Barnes' } }, { effectiveOn: '2012-11-22' })
      .thenThrows('OFFICE_TERM_START_NOT_POLL_PLUS_7');
  });

  describe('a PCC returned at a vacancy election holds office from the day declared elected (PRSRA 2011 s.51(8)(a))', () => {
    const byElection = {
      type: 'RecordElection' as const,
      data: {
        forceArea: 'northshire',
        electedPerson: 'New PCC',
        kind: 'vacancy' as const,
        vacancyOn: '2014-06-01',
        declaredOn: '2014-07-04',
      },
    };
    it('given a vacancy election polled on 3 July 2014 and declared on 4 July, when the PCC takes office on 4 July, then it is recorded', () => {
      const [held] = spec(decider).given().when(byElection, { effectiveOn: '2014-07-03' }).events();
      expect(held.data).toMatchObject({
        kind: 'vacancy',
        pollDate: '2014-07-03',
        declaredOn: '2014-07-04',
        nextOrdinaryPoll: '2016-05-05',
      });
      const [took] = spec(decider)
        .given(on('2014-07-03', held))
        .when({ type: 'TakeOffice', data: { person: 'New PCC' } }, { effectiveOn: '2014-07-04' })
        .events();
      expect(took.data).toEqual({ person: 'New PCC', termStart: '2014-07-04', termEndExpected: '2016-05-11' });
    });
    it('given the same by-election, when the PCC is recorded as taking office on poll + 7 days, then it is refused', () => {
      const [held] = spec(decider).given().when(byElection, { effectiveOn: '2014-07-03' }).events();
      const err = spec(decider)
        .given(on('2014-07-03', held))
        .when({ type: 'TakeOffice', data: { person: 'New PCC' } }, { effectiveOn: '2014-07-10' })
        .thenThrows('OFFICE_TERM_START_NOT_POLL_PLUS_7');
      expect(err.message).toMatch(/s\.51\(8\)\(a\)/);
      expect(err.citation).toBe('PRSRA 2011 s.50 (explanatory notes to ss.50-51); s.51(8)(a)');
    });
    it('given a by-election with no declaration day given, then the poll day is taken as the declaration day', () => {
      const [held] = spec(decider)
        .given()
        .when({ ...byElection, data: { ...byElection.data, declaredOn: undefined } }, { effectiveOn: '2014-07-03' })
        .events();
      spec(decider)
        .given(on('2014-07-03', held))
        .when({ type: 'TakeOffice', data: { person: 'New PCC' } }, { effectiveOn: '2014-07-03' })
        .thenFlags();
    });
  });

  it('takes office on poll + 7 days after an ordinary election, with the term ending 6 days after the next ordinary poll', () => {
    spec(decider)
      .given(elected)
      .when({ type: 'TakeOffice', data: { person: 'Ann Barnes' } }, { effectiveOn: '2012-11-22' })
      .then([tookOffice.event]);
    spec(decider)
      .given(elected)
      .when({ type: 'TakeOffice', data: { person: 'Ann Barnes' } }, { effectiveOn: '2012-11-23' })
      .thenThrows('OFFICE_TERM_START_NOT_POLL_PLUS_7');
    spec(decider)
      .given(elected)
      .when({ type: 'TakeOffice', data: { person: 'Someone Else' } }, { effectiveOn: '2012-11-22' })
      .thenThrows('OFFICE_HOLDER_NOT_ELECTED');
  });

  it('has one office holder at a time', () => {
    spec(decider)
      .given(elected, tookOffice)
      .when({ type: 'TakeOffice', data: { person: 'Ann Barnes' } }, { effectiveOn: '2012-11-22' })
      .thenThrows('OFFICE_ALREADY_HELD');
  });

  it('flags a vacancy election held more than 35 days after the vacancy (s.51)', () => {
    const by = {
      type: 'RecordElection' as const,
      data: { forceArea: 'x', electedPerson: 'New PCC', kind: 'vacancy' as const, vacancyOn: '2014-06-01' },
    };
    spec(decider).given().when(by, { effectiveOn: '2014-07-06' }).thenFlags();
    spec(decider).given().when(by, { effectiveOn: '2014-07-07' }).thenFlags('OFFICE_VACANCY_ELECTION_LATE');
  });

  it('suspends only on a qualifying charge (s.30)', () => {
    spec(decider).given(elected, tookOffice).when(suspend(), { effectiveOn: '2014-01-10' }).then([suspended.event]);
    spec(decider)
      .given(elected, tookOffice)
      .when(suspend({ offenceMaxTermYears: 2 }))
      .thenThrows('OFFICE_SUSPENSION_NEEDS_QUALIFYING_CHARGE');
    spec(decider)
      .given(elected, tookOffice)
      .when(suspend({ chargeRef: ' ' }))
      .thenThrows('OFFICE_SUSPENSION_NEEDS_QUALIFYING_CHARGE');
    spec(decider)
      .given(elected, tookOffice)
      .when(suspend({ chargedIn: 'elsewhere' }))
      .thenThrows('OFFICE_SUSPENSION_NEEDS_QUALIFYING_CHARGE');
    spec(decider)
      .given(elected, tookOffice)
      .when(suspend({ offenceMaxTermYears: null, lifeSentence: true }))
      .thenFlags();
    expect(remunerationSuspended(foldStream(decider, [elected, tookOffice, suspended]))).toBe(true);
  });

  it("appoints an acting commissioner from the PCC's staff only while the trigger lasts", () => {
    spec(decider)
      .given(elected, tookOffice, suspended)
      .when(acting({ isPoliceCivilianStaff: true, isCommissionerStaff: false }))
      .thenThrows('OFFICE_ACTING_NOT_COMMISSIONER_STAFF');
    spec(decider)
      .given(elected, tookOffice)
      .when(acting({ trigger: 'suspended' }))
      .thenThrows('OFFICE_ACTING_TRIGGER_ABSENT');
    spec(decider)
      .given(elected, tookOffice, suspended)
      .when(acting(), { effectiveOn: '2014-01-12' })
      .then([actingAppointed('suspended', '2014-01-12').event]);
  });

  it('ends the acting appointment when the suspension ends (s.62(7))', () => {
    const act = actingAppointed('suspended', '2014-01-12');
    spec(decider)
      .given(elected, tookOffice, suspended, act)
      .when({ type: 'EndSuspension', data: { reason: 'charge_dropped' } }, { effectiveOn: '2014-03-01' })
      .then([
        { type: 'SuspensionEnded', data: { reason: 'charge_dropped', endedOn: '2014-03-01' } },
        { type: 'ActingAppointmentEnded', data: { reason: 'suspension_ended', endedOn: '2014-03-01' } },
      ]);
    spec(decider)
      .given(elected, tookOffice, suspended, act)
      .when({ type: 'EndActingAppointment', data: { reason: 'incapacity_ended' } })
      .thenThrows('OFFICE_ACTING_TRIGGER_ABSENT');
  });

  it('vacates for incapacity only six months after the acting appointment (s.63)', () => {
    const act = actingAppointed('incapacitated', '2014-02-28');
    spec(decider)
      .given(elected, tookOffice, act)
      .when({ type: 'VacateOffice', data: { reason: 'incapacity_six_months' } }, { effectiveOn: '2014-08-27' })
      .thenThrows('OFFICE_S63_SIX_MONTHS_NOT_ELAPSED');
    spec(decider)
      .given(elected, tookOffice, act)
      .when({ type: 'VacateOffice', data: { reason: 'incapacity_six_months' } }, { effectiveOn: '2014-08-28' })
      .then([{ type: 'OfficeVacated', data: { reason: 'incapacity_six_months', vacatedOn: '2014-08-28' } }]);
    spec(decider)
      .given(elected, tookOffice)
      .when({ type: 'VacateOffice', data: { reason: 'incapacity_six_months' } }, { effectiveOn: '2015-01-01' })
      .thenThrows('OFFICE_S63_SIX_MONTHS_NOT_ELAPSED');
    const state = foldStream(decider, [elected, tookOffice, act]);
    expect(deadlinesAsAt(decider, state, '2014-08-01')).toMatchObject([
      { key: 'office.s63-incapacity', dueOn: '2014-08-28', status: 'outstanding' },
    ]);
  });

  it('records a deputy appointed by the commissioner in office', () => {
    spec(decider)
      .given(elected, tookOffice)
      .when(
        { type: 'AppointDeputy', data: { person: 'D. Deputy', seniorAppointmentCaseId: 'kent-dpcc-2013' } },
        { effectiveOn: '2013-01-22' },
      )
      .thenFlags();
    spec(decider)
      .given(elected)
      .when({ type: 'AppointDeputy', data: { person: 'D. Deputy' } })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    spec(decider)
      .given()
      .when({ type: 'AppointDeputy', data: { person: 'D. Deputy' } })
      .thenThrows('CASE_NOT_FOUND');
    spec(decider)
      .given(elected)
      .when({ type: 'RecordElection', data: { forceArea: 'kent', electedPerson: 'x', kind: 'ordinary' } })
      .thenThrows('CASE_ALREADY_EXISTS');
  });

  describe('calendar properties', () => {
    const day = fc.integer({ min: 0, max: 365 * 40 }).map((n) => addDays('2012-01-01', n));
    it('the next ordinary poll is a Thursday in the first week of May, in 2016 + 4k (2020 postponed to 2021), after the date, and the first such', () => {
      fc.assert(
        fc.property(day, (d) => {
          const p = nextOrdinaryPollAfter(d);
          const cycle = p === '2021-05-06' ? 2020 : +p.slice(0, 4);
          expect(new Date(`${p}T00:00:00Z`).getUTCDay()).toBe(4);
          expect(p.slice(5, 7)).toBe('05');
          expect(+p.slice(8, 10)).toBeLessThanOrEqual(7);
          expect((cycle - 2016) % 4).toBe(0);
          expect(p > d).toBe(true);
          expect(cycle === 2016 || ordinaryPollOfCycle(cycle - 4) <= d).toBe(true);
        }),
      );
      expect(nextOrdinaryPollAfter('2012-11-15')).toBe('2016-05-05');
    });
    it('given the 2016 term, when the next ordinary poll is computed, then it is 6 May 2021, the postponed 2020 poll (Coronavirus Act 2020 s.60), and after it 2 May 2024', () => {
      expect(nextOrdinaryPollAfter('2016-05-05')).toBe('2021-05-06');
      expect(nextOrdinaryPollAfter('2021-05-06')).toBe('2024-05-02');
      expect(firstThursdayOfMay(2020)).toBe('2020-05-07');
    });
    it('a term starts 7 days after the poll and ends 6 days after the next ordinary poll', () => {
      fc.assert(
        fc.property(day, (d) => {
          const t = termOf(d);
          expect(daysBetween(d, t.termStart)).toBe(7);
          expect(daysBetween(nextOrdinaryPollAfter(d), t.termEnd)).toBe(6);
        }),
      );
      expect(termOf('2012-11-15')).toEqual({ termStart: '2012-11-22', termEnd: '2016-05-11' });
    });
    it('six months is the same day six months on, or the month end', () => {
      expect(addMonths('2014-08-31', 6)).toBe('2015-02-28');
      expect(addMonths('2014-02-28', 6)).toBe('2014-08-28');
    });
  });
});
