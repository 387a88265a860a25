import { deadlinesAsAt, foldStream } from '../core/fold';
import { on, recorded, spec } from '../testing/spec';
import type { IssuePlan } from './police-and-crime-plan.commands';
import { planOutstandingDuties, policeAndCrimePlan as decider } from './police-and-crime-plan.decider';
import type { PoliceAndCrimePlanEvent } from './police-and-crime-plan.events';
import { doneLate } from '../testing/late';

type E = PoliceAndCrimePlanEvent;
const drafted = on('2013-01-07', {
  type: 'DraftPlanPrepared',
  data: {
    forceArea: 'kent',
    title: 'Kent Police and Crime Plan 2013-17',
    electionPollDate: '2012-11-15',
    firstPlanDueBy: '2013-03-31',
    draftedOn: '2013-01-07',
  },
} as E);
const consulted = on('2013-01-10', {
  type: 'ChiefConstableConsulted',
  data: { stage: 'draft', consultedOn: '2013-01-10' },
} as E);
const sent = on('2013-01-21', { type: 'DraftPlanSentToPanel', data: { sentOn: '2013-01-21' } } as E);
// S3: the Kent panel "discussed and welcomed" the plan on 5 February 2013.
const reported = on('2013-02-05', {
  type: 'PlanReportMade',
  data: { recommendations: ['Discussed and welcomed'], madeOn: '2013-02-05' },
} as E);
const responded = on('2013-02-12', {
  type: 'PlanResponsePublished',
  data: { url: null, publishedOn: '2013-02-12' },
} as E);
const issued = on('2013-03-15', {
  type: 'PoliceAndCrimePlanIssued',
  data: { periodFrom: '2013-04-01', periodTo: '2017-03-31', changedFromDraft: false, issuedOn: '2013-03-15' },
} as E);
const issue = (over: Partial<IssuePlan['data']> = {}): IssuePlan => ({
  type: 'IssuePlan',
  data: {
    issuedBy: 'commissioner',
    changedFromDraft: false,
    periodFrom: '2013-04-01',
    periodTo: '2017-03-31',
    ...over,
  },
});
const ready = [drafted, consulted, sent, reported, responded];

const kentElection = {
  election: {
    caseId: 'kent-2012',
    pollDate: '2012-11-15',
    kind: 'ordinary' as const,
    electedPerson: 'Ann Barnes',
    holder: 'Ann Barnes',
    status: 'in_office' as const,
    acting: null,
  },
  plans: [],
};

describe("the first plan's deadline comes from the election on record (PRSRA 2011 s.5(1))", () => {
  const draft = (electionPollDate?: string) => ({
    type: 'DraftPlan' as const,
    data: { forceArea: 'kent', title: 'Kent Police and Crime Plan', ...(electionPollDate ? { electionPollDate } : {}) },
  });
  it('given the 15 November 2012 election on record, when the first plan is drafted without a poll date and issued on 20 April 2013, then it is flagged late (due 31 March 2013)', () => {
    const [d] = spec(decider).given().when(draft(), { effectiveOn: '2013-01-07', facts: kentElection }).thenFlags();
    expect(d.data).toMatchObject({ electionPollDate: '2012-11-15', firstPlanDueBy: '2013-03-31' });
    const history = [on('2013-01-07', d), ...[consulted, sent].slice(0)];
    spec(decider)
      .given(
        ...history,
        on('2013-02-20', { type: 'PlanReportMade', data: { recommendations: [], madeOn: '2013-02-20' } } as E),
        on('2013-03-01', { type: 'PlanResponsePublished', data: { url: null, publishedOn: '2013-03-01' } } as E),
      )
      .when(issue({ periodFrom: '2013-04-20' }), { effectiveOn: '2013-04-20', facts: kentElection })
      .thenFlags('PLAN_FIRST_PLAN_LATE');
  });
  it('given the office record shows the PCC suspended and an acting commissioner in post, when the plan is issued as by the commissioner, then it is refused (s.62(4)); with no office on record it is recorded with a ⚠️ finding', () => {
    const suspended = { election: { ...kentElection.election, status: 'suspended' as const, acting: 'C. Executive' } };
    const err = spec(decider)
      .given(...ready)
      .when(issue(), { effectiveOn: '2013-03-28', facts: suspended })
      .thenThrows('PLAN_ACTING_COMMISSIONER_CANNOT_ISSUE');
    expect(err.message).toMatch(/C\. Executive acting as commissioner/);
    spec(decider)
      .given(...ready)
      .when(issue(), { effectiveOn: '2013-03-28', facts: { election: null } })
      .thenFlags('PLAN_ISSUER_UNVERIFIED');
    spec(decider)
      .given(...ready)
      .when(issue(), { effectiveOn: '2013-03-28', facts: kentElection })
      .thenFlags();
  });
  it('refuses a poll date that differs from the record, and sets no first-plan deadline once a plan has been issued since the election', () => {
    spec(decider)
      .given()
      .when(draft('2012-11-22'), { effectiveOn: '2013-01-07', facts: kentElection })
      .thenThrows('PLAN_ELECTION_NOT_AS_RECORDED');
    const [d] = spec(decider)
      .given()
      .when(draft(), {
        effectiveOn: '2014-01-07',
        facts: { ...kentElection, plans: [{ caseId: 'kent-plan-2013', issuedOn: '2013-03-28' }] },
      })
      .thenFlags();
    expect(d.data).toMatchObject({ electionPollDate: null, firstPlanDueBy: null });
  });
  it("given no election on record, then the caller's poll date is used with a ⚠️ finding saying it was not verified", () => {
    const [d] = spec(decider)
      .given()
      .when(draft('2012-11-15'), { effectiveOn: '2013-01-07', facts: { election: null, plans: [] } })
      .thenFlags('PLAN_ELECTION_UNVERIFIED');
    expect(d.data).toMatchObject({ firstPlanDueBy: '2013-03-31' });
    expect(d.findings?.[0].message).toMatch(/not verified/);
  });
});

describe('PoliceAndCrimePlan (PRSRA 2011 s.5)', () => {
  it('drafts the first plan, due by the end of the election financial year (31 March 2013 for Kent)', () => {
    spec(decider)
      .given()
      .when(
        {
          type: 'DraftPlan',
          data: { forceArea: 'kent', title: 'Kent Police and Crime Plan 2013-17', electionPollDate: '2012-11-15' },
        },
        { effectiveOn: '2013-01-07', facts: kentElection },
      )
      .then([drafted.event]);
  });

  it('sends the draft to the panel only after consulting the chief constable', () => {
    spec(decider)
      .given(drafted)
      .when({ type: 'SendDraftToPanel', data: {} })
      .thenThrows('PLAN_CHIEF_CONSTABLE_NOT_CONSULTED');
    spec(decider)
      .given(drafted)
      .when({ type: 'ConsultChiefConstable', data: {} }, { effectiveOn: '2013-01-10' })
      .then([consulted.event]);
    spec(decider)
      .given(drafted, consulted)
      .when({ type: 'SendDraftToPanel', data: {} }, { effectiveOn: '2013-01-21' })
      .then([sent.event]);
  });

  it('records the panel report (no veto) and the response', () => {
    spec(decider)
      .given(drafted, consulted)
      .when({ type: 'MakePlanReport', data: { recommendations: [] } })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    spec(decider)
      .given(drafted, consulted, sent)
      .when(
        { type: 'MakePlanReport', data: { recommendations: ['Discussed and welcomed'] } },
        { effectiveOn: '2013-02-05' },
      )
      .then([reported.event]);
    spec(decider)
      .given(drafted, consulted, sent, reported)
      .when({ type: 'PublishPlanResponse', data: {} }, { effectiveOn: '2013-02-12' })
      .then([responded.event]);
  });

  it('issues after the response, within the election year', () => {
    spec(decider)
      .given(...ready)
      .when(issue(), { effectiveOn: '2013-03-15' })
      .then([issued.event]);
    spec(decider)
      .given(...ready)
      .when(issue(), { effectiveOn: '2013-04-02' })
      .thenFlags('PLAN_FIRST_PLAN_LATE');
  });

  it('treats a first plan issued on 31 March of the election financial year as on time (s.5(1))', () => {
    doneLate(decider, ready, issue(), { lastDay: '2013-03-31', lateOn: '2013-04-01' }).thenFlags(
      'PLAN_FIRST_PLAN_LATE',
    );
  });

  it('does not issue before the draft has gone to the panel', () => {
    spec(decider).given(drafted, consulted).when(issue()).thenThrows('PLAN_NOT_SENT_TO_PANEL');
  });

  it('does not issue before the response, unless a reasonable time has passed without a report', () => {
    spec(decider).given(drafted, consulted, sent, reported).when(issue()).thenThrows('PLAN_ISSUED_BEFORE_RESPONSE');
    spec(decider).given(drafted, consulted, sent).when(issue()).thenThrows('PLAN_ISSUED_BEFORE_RESPONSE');
    spec(decider)
      .given(drafted, consulted, sent)
      .when(issue({ reasonableTimeElapsed: true }), { effectiveOn: '2013-03-01' })
      .thenFlags();
  });

  it('re-consults the chief constable on changes from the draft', () => {
    const changed = spec(decider)
      .given(...ready)
      .when(issue({ changedFromDraft: true }))
      .thenThrows('PLAN_CHANGES_NOT_RECONSULTED');
    // The duty to consult again on changes is s.5(8), not s.5(6).
    expect(changed.citation).toBe('PRSRA 2011 s.5(8)');
    const [e] = spec(decider)
      .given(...ready)
      .when({ type: 'ConsultChiefConstable', data: {} })
      .events();
    expect(e.type === 'ChiefConstableConsulted' && e.data.stage).toBe('changes');
    spec(decider)
      .given(
        ...ready,
        on('2013-02-20', {
          type: 'ChiefConstableConsulted',
          data: { stage: 'changes', consultedOn: '2013-02-20' },
        } as E),
      )
      .when(issue({ changedFromDraft: true }), { effectiveOn: '2013-03-15' })
      .thenFlags();
  });

  it('an acting commissioner cannot issue or vary the plan (s.62(4))', () => {
    spec(decider)
      .given(...ready)
      .when(issue({ issuedBy: 'acting_commissioner' }))
      .thenThrows('PLAN_ACTING_COMMISSIONER_CANNOT_ISSUE');
    const varying = [
      ...ready,
      issued,
      on('2014-01-06', {
        type: 'PlanVariationDrafted',
        data: { variationNo: 1, description: 'Refresh', draftedOn: '2014-01-06' },
      } as E),
    ];
    spec(decider)
      .given(...varying)
      .when({ type: 'IssuePlanVariation', data: { issuedBy: 'acting_commissioner', changedFromDraft: false } })
      .thenThrows('PLAN_ACTING_COMMISSIONER_CANNOT_ISSUE');
  });

  it('varies the plan through the same consultation', () => {
    const drafted1 = on('2014-01-06', {
      type: 'PlanVariationDrafted',
      data: { variationNo: 1, description: 'Refresh', draftedOn: '2014-01-06' },
    } as E);
    spec(decider)
      .given(...ready, issued)
      .when({ type: 'DraftPlanVariation', data: { description: 'Refresh' } }, { effectiveOn: '2014-01-06' })
      .then([drafted1.event]);
    spec(decider)
      .given(...ready, issued, drafted1)
      .when({
        type: 'IssuePlanVariation',
        data: { issuedBy: 'commissioner', changedFromDraft: false, reasonableTimeElapsed: true },
      })
      .thenThrows('PLAN_NOT_SENT_TO_PANEL');
    const round = [
      drafted1,
      on('2014-01-08', { type: 'ChiefConstableConsulted', data: { stage: 'draft', consultedOn: '2014-01-08' } } as E),
      on('2014-01-10', { type: 'DraftPlanSentToPanel', data: { sentOn: '2014-01-10' } } as E),
    ];
    spec(decider)
      .given(...ready, issued, ...round)
      .when(
        {
          type: 'IssuePlanVariation',
          data: { issuedBy: 'commissioner', changedFromDraft: false, reasonableTimeElapsed: true },
        },
        { effectiveOn: '2014-02-20' },
      )
      .then([
        { type: 'PlanVariationIssued', data: { variationNo: 1, changedFromDraft: false, issuedOn: '2014-02-20' } },
      ]);
  });

  it('publishes and sends copies only after issue, and shows what is still owed', () => {
    spec(decider)
      .given(...ready)
      .when({ type: 'PublishPlan', data: { url: 'https://example.org/plan' } })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    const sendCopy = {
      type: 'SendPlanCopy',
      data: { recipient: 'Chief Constable of Kent Police', recipientKind: 'chief_constable' },
    } as const;
    spec(decider)
      .given(...ready)
      .when(sendCopy)
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    const copy = on('2013-03-16', recorded(sendCopy, 'PlanCopySent', { sentOn: '2013-03-16' }) as E);
    spec(decider)
      .given(...ready, issued)
      .when(sendCopy, { effectiveOn: '2013-03-16' })
      .then([copy.event]);
    expect(planOutstandingDuties(foldStream(decider, [...ready, issued]))).toEqual([
      'publish',
      'copy_to_chief_constable',
    ]);
    expect(planOutstandingDuties(foldStream(decider, [...ready, issued, copy]))).toEqual(['publish']);
  });

  it('reports the first-plan deadline as at a date', () => {
    expect(deadlinesAsAt(decider, foldStream(decider, ready), '2013-04-01')[0].status).toBe('no_record');
    expect(deadlinesAsAt(decider, foldStream(decider, [...ready, issued]), '2013-04-01')[0].status).toBe('met');
    spec(decider).given().when({ type: 'ConsultChiefConstable', data: {} }).thenThrows('CASE_NOT_FOUND');
    spec(decider)
      .given(drafted)
      .when({ type: 'DraftPlan', data: { forceArea: 'kent', title: 'x' } })
      .thenThrows('CASE_ALREADY_EXISTS');
  });
});
