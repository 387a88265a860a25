import { deadlinesAsAt, foldStream } from '../core/fold';
import { on, spec } from '../testing/spec';
import { deputyCommissioner as decider, pccTermEndOn } from './deputy-commissioner.decider';
import type { DeputyCommissionerEvent } from './deputy-commissioner.events';
import { doneLate } from '../testing/late';

type E = DeputyCommissionerEvent;
const appoint = (
  data: Partial<{
    termEndsOn: string;
    dateOfBirth: string | null;
    excludedAs: never[] | ['constable'];
    disqualifications: never[] | ['mp'];
  }> = {},
) => ({
  type: 'AppointDeputyCommissioner' as const,
  data: {
    forceArea: 'kent',
    person: 'D. Deputy',
    seniorAppointmentCaseId: 'kent-dpcc-2014',
    termEndsOn: '2016-05-11',
    dateOfBirth: '1970-01-01',
    excludedAs: [],
    disqualifications: [],
    ...data,
  },
});
const appointed = on('2014-05-19', {
  type: 'DeputyCommissionerAppointed',
  data: {
    forceArea: 'kent',
    person: 'D. Deputy',
    seniorAppointmentCaseId: 'kent-dpcc-2014',
    termEndsOn: '2016-05-11',
    pccTermEndsOn: '2016-05-11',
    appointedOn: '2014-05-19',
  },
} as E);

describe('DeputyCommissioner (PRSRA 2011 s.18; Sch 1 para 8)', () => {
  it("given the PCC's term runs to 11 May 2016, when a deputy is appointed to that day, then the appointment is recorded with an unverified-eligibility finding", () => {
    const [e] = spec(decider)
      .given()
      .when(appoint(), { effectiveOn: '2014-05-19' })
      .thenFlags('DEPUTY_PCC_ELIGIBILITY_UNVERIFIED');
    expect(e.data).toEqual(appointed.event.data);
  });

  it("given the PCC's current term, when the deputy's term would run past it, then it is refused (Sch 1 para 8(3), (5))", () => {
    spec(decider)
      .given()
      .when(appoint({ termEndsOn: '2016-05-12' }), { effectiveOn: '2014-05-19' })
      .thenThrows('DEPUTY_PCC_TERM_BEYOND_PCC');
  });

  it('computes the current term from the law: a day after the poll is still the old term (ends poll + 6)', () => {
    expect(pccTermEndOn('2014-05-19')).toBe('2016-05-11');
    expect(pccTermEndOn('2016-05-08')).toBe('2016-05-11');
    // The 2020 poll was postponed to 6 May 2021 (Coronavirus Act 2020 s.60), so the 2016 term ran on.
    expect(pccTermEndOn('2016-05-12')).toBe('2021-05-12');
  });

  it('given a serving constable, when appointed deputy, then it is refused (s.18(3)(a), (6)(a))', () => {
    spec(decider)
      .given()
      .when(appoint({ excludedAs: ['constable'] }), { effectiveOn: '2014-05-19' })
      .thenThrows('DEPUTY_PCC_EXCLUDED_PERSON');
  });

  it('given an MP or a person under 18 on the day, when appointed deputy, then it is refused (Sch 1 para 8(2))', () => {
    spec(decider)
      .given()
      .when(appoint({ disqualifications: ['mp'] }), { effectiveOn: '2014-05-19' })
      .thenThrows('DEPUTY_PCC_DISQUALIFIED');
    spec(decider)
      .given()
      .when(appoint({ dateOfBirth: '1996-05-20' }), { effectiveOn: '2014-05-19' })
      .thenThrows('DEPUTY_PCC_DISQUALIFIED');
    spec(decider)
      .given()
      .when(appoint({ dateOfBirth: '1996-05-19' }), { effectiveOn: '2014-05-19' })
      .thenFlags('DEPUTY_PCC_ELIGIBILITY_UNVERIFIED');
  });

  it('given a deputy, when the PCC arranges for them to issue the plan or set the budget, then it is refused; other functions may be given (s.18(1)(b), (3)(b), (7))', () => {
    spec(decider)
      .given(appointed)
      .when({ type: 'DelegateToDeputy', data: { functions: ['issue_plan'] } })
      .thenThrows('DEPUTY_PCC_FUNCTION_RESERVED');
    spec(decider)
      .given(appointed)
      .when({ type: 'DelegateToDeputy', data: { functions: ['calculate_budget_requirement', 'other'] } })
      .thenThrows('DEPUTY_PCC_FUNCTION_RESERVED');
    spec(decider)
      .given(appointed)
      .when({ type: 'DelegateToDeputy', data: { functions: ['chief_constable_appointment_suspension_removal'] } })
      .thenThrows('DEPUTY_PCC_FUNCTION_RESERVED');
    spec(decider)
      .given(appointed)
      .when(
        { type: 'DelegateToDeputy', data: { functions: ['prepare_annual_report', 'attend_panel'] } },
        { effectiveOn: '2014-06-01' },
      )
      .then([
        {
          type: 'FunctionsDelegatedToDeputy',
          data: { functions: ['attend_panel', 'prepare_annual_report'], description: null, delegatedOn: '2014-06-01' },
        },
      ]);
  });

  it("given the PCC's term ended on 11 May 2016, when the deputy's end is recorded later, then it is flagged, and the deadline reads late", () => {
    const end = { type: 'EndDeputyAppointment' as const, data: { reason: 'term_ended' as const } };
    doneLate(decider, [appointed], end, { lastDay: '2016-05-11', lateOn: '2016-05-20' }).thenFlags(
      'DEPUTY_PCC_OUTLASTED_TERM',
    );
    const ended = on('2016-05-20', {
      type: 'DeputyAppointmentEnded',
      data: { reason: 'term_ended', endedOn: '2016-05-20' },
    } as E);
    expect(deadlinesAsAt(decider, foldStream(decider, [appointed, ended]), '2016-06-01')[0]).toMatchObject({
      key: 'deputy-pcc.term-end',
      status: 'late',
    });
    expect(deadlinesAsAt(decider, foldStream(decider, [appointed]), '2016-06-01')[0].status).toBe('no_record');
    spec(decider)
      .given(appointed, ended)
      .when({ type: 'DelegateToDeputy', data: { functions: ['other'] } })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
  });
});
