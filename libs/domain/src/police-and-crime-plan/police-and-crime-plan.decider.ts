import { decideOnCase, Decider, DecisionContext, requireNewCase, unopened } from '../core/decider';
import { IsoDate, isOnOrBefore } from '../core/calendar';
import { type DeadlineSpec, deadlineOf } from '../core/deadlines';
import { flagLate, PROCESS_ORDER, checkRule, requireRule, RuleFinding } from '../core/rules';
import type { PoliceAndCrimePlanCommand } from './police-and-crime-plan.commands';
import { PLAN_EVENT_TYPES, PoliceAndCrimePlanEvent } from './police-and-crime-plan.events';
import {
  PLAN_ACTING_CANNOT_ISSUE,
  PLAN_CC_NOT_CONSULTED,
  PLAN_CHANGES_NOT_RECONSULTED,
  PLAN_ELECTION_NOT_AS_RECORDED,
  PLAN_ELECTION_UNVERIFIED,
  PLAN_FIRST_PLAN_LATE,
  PLAN_ISSUED_BEFORE_RESPONSE,
  PLAN_ISSUER_UNVERIFIED,
  PLAN_NOT_SENT_TO_PANEL,
} from './police-and-crime-plan.rules';
import { evolvePoliceAndCrimePlan } from './police-and-crime-plan.evolve';
import { PoliceAndCrimePlanState, Round, firstPlanDueBy } from './police-and-crime-plan.state';
export type { PoliceAndCrimePlanState } from './police-and-crime-plan.state';
import { pick } from '../core/pick';
import { requireNextStep } from '../core/step-order';

type Open = Exclude<PoliceAndCrimePlanState, { status: 'none' }>;

/** Duties after issue with no fixed date (s.5(10)): what a panel officer would chase. */
export function planOutstandingDuties(state: PoliceAndCrimePlanState): ('publish' | 'copy_to_chief_constable')[] {
  if (state.status === 'none' || state.issuedOn === null) return [];
  const out: ('publish' | 'copy_to_chief_constable')[] = [];
  if (state.publishedOn === null) out.push('publish');
  if (!state.copiesSent.some((c) => c.recipientKind === 'chief_constable')) out.push('copy_to_chief_constable');
  return out;
}

function inRound(s: Open): Round {
  requireRule(
    PROCESS_ORDER,
    s.round !== null,
    'There is no draft plan or variation in preparation; draft a variation first.',
  );
  return s.round!;
}

/**
 * Who issues, from the office's record on the date where it has one: an acting
 * commissioner in post while no commissioner exercises the office (none in office, or
 * suspended) cannot issue or vary the plan (s.62(4)), whatever the caller says.
 */
function issuerFindings(
  d: { issuedBy: 'commissioner' | 'acting_commissioner' },
  ctx: DecisionContext,
  forceArea: string,
): RuleFinding[] {
  requireRule(
    PLAN_ACTING_CANNOT_ISSUE,
    d.issuedBy === 'commissioner',
    'An acting commissioner cannot issue or vary the police and crime plan (s.62(4)).',
  );
  const office = ctx.facts?.election;
  if (office === undefined) return [];
  if (office === null)
    return checkRule(
      PLAN_ISSUER_UNVERIFIED,
      false,
      `No office record for ${forceArea} is on record: that the plan was issued by the commissioner, not an acting commissioner, is the caller's word, not verified.`,
    );
  requireRule(
    PLAN_ACTING_CANNOT_ISSUE,
    office.status === 'in_office',
    office.acting
      ? `On ${ctx.effectiveOn} the record shows ${office.acting} acting as commissioner (the office is ${office.status.replace(/_/g, ' ')}): an acting commissioner cannot issue or vary the plan (s.62(4)).`
      : `On ${ctx.effectiveOn} no commissioner exercises the office (${office.status.replace(/_/g, ' ')}), so the plan cannot be issued.`,
  );
  return [];
}

/** The s.5(6) checks shared by issuing a plan and issuing a variation. */
function checkIssue(
  r: Round,
  d: { issuedBy: 'commissioner' | 'acting_commissioner'; changedFromDraft: boolean; reasonableTimeElapsed?: boolean },
): void {
  requireRule(PLAN_NOT_SENT_TO_PANEL, r.sentToPanelOn !== null, 'The draft has not been sent to the panel.');
  requireRule(
    PLAN_ISSUED_BEFORE_RESPONSE,
    r.panelReportOn !== null ? r.responseOn !== null : d.reasonableTimeElapsed === true,
    r.panelReportOn !== null
      ? "The PCC must respond to the panel's report and publish the response before issuing."
      : 'The panel has not reported; record that the reasonable time allowed to it has passed.',
  );
  requireRule(
    PLAN_CHANGES_NOT_RECONSULTED,
    !d.changedFromDraft || r.changesConsultedOn !== null,
    'The plan changed from the draft: consult the chief constable on the changes first.',
  );
}

export const policeAndCrimePlan: Decider<PoliceAndCrimePlanState, PoliceAndCrimePlanCommand, PoliceAndCrimePlanEvent> =
  {
    aggregateType: 'PoliceAndCrimePlan',
    streamPrefix: 'police-and-crime-plan',
    eventTypes: PLAN_EVENT_TYPES,
    /*
     * Police and crime plan (PRSRA 2011 s.5, s.28(3)): the PCC's, except the panel's report.
     */
    commands: {
      DraftPlan: {
        label: 'The commissioner drafts the police and crime plan',
        body: 'pcc',
        needs: ['election', 'plans'],
        legalBasis: 'PRSRA 2011 s.5(1)-(3), (6)',
        creates: true,
      },
      ConsultChiefConstable: {
        label: 'The commissioner consults the chief constable on the draft plan',
        body: 'pcc',
        legalBasis: 'PRSRA 2011 s.5(6)',
      },
      SendDraftToPanel: {
        label: 'The commissioner sends the draft plan to the panel',
        body: 'pcc',
        legalBasis: 'PRSRA 2011 s.5(6)(c)',
      },
      MakePlanReport: { label: 'The panel reports on the draft plan', body: 'panel', legalBasis: 'PRSRA 2011 s.28(3)' },
      PublishPlanResponse: {
        label: "The commissioner publishes a response to the panel's report on the plan",
        body: 'pcc',
        legalBasis: 'PRSRA 2011 s.5(6)(e)-(f)',
      },
      IssuePlan: {
        label: 'The commissioner issues the police and crime plan',
        body: 'pcc',
        legalBasis: 'PRSRA 2011 s.5(1)-(3)',
        needs: ['election'],
      },
      PublishPlan: {
        label: 'The commissioner publishes the police and crime plan',
        body: 'pcc',
        legalBasis: 'PRSRA 2011 s.5(10)(b), (12)',
      },
      SendPlanCopy: {
        label: 'The commissioner sends a copy of the plan to the bodies entitled to it',
        body: 'pcc',
        legalBasis: 'PRSRA 2011 s.5(10)(a)',
      },
      DraftPlanVariation: {
        label: 'The commissioner drafts a variation of the plan',
        body: 'pcc',
        legalBasis: 'PRSRA 2011 s.5(4), (6)',
      },
      IssuePlanVariation: {
        label: 'The commissioner issues a variation of the plan',
        body: 'pcc',
        legalBasis: 'PRSRA 2011 s.5(4)',
        needs: ['election'],
      },
    },

    initialState: unopened,

    evolve: evolvePoliceAndCrimePlan,

    decide: decideOnCase<PoliceAndCrimePlanState, PoliceAndCrimePlanCommand, PoliceAndCrimePlanEvent, 'DraftPlan'>(
      'DraftPlan',
      (command, state, ctx) => {
        const on = ctx.effectiveOn;
        requireNewCase(state, 'A plan has already been drafted under this reference.');
        const d = command.data;
        const claimed = d.electionPollDate ?? null;
        const election = ctx.facts?.election ?? null;
        let poll: IsoDate | null;
        let findings: RuleFinding[] = [];
        if (election) {
          // s.5(1): the first plan after an ordinary election is due by the end of that
          // election's financial year; the election comes from the record, not the caller.
          requireRule(
            PLAN_ELECTION_NOT_AS_RECORDED,
            claimed === null || claimed === election.pollDate,
            `The election on record for ${d.forceArea} was polled on ${election.pollDate}, not ${claimed}.`,
          );
          const planSinceElection = (ctx.facts?.plans ?? []).some(
            (p) => p.issuedOn !== null && p.issuedOn >= election.pollDate,
          );
          poll = election.kind === 'ordinary' && !planSinceElection ? election.pollDate : null;
        } else {
          poll = claimed;
          findings = checkRule(
            PLAN_ELECTION_UNVERIFIED,
            false,
            claimed
              ? `No election for ${d.forceArea} is on record; the first-plan deadline uses the poll date given (${claimed}), not verified.`
              : `No election for ${d.forceArea} is on record, so whether this is the first plan of a term, and its deadline (s.5(1)), could not be judged.`,
          );
        }
        return [
          {
            type: 'DraftPlanPrepared',
            data: {
              ...pick(d, 'forceArea', 'title'),
              electionPollDate: poll,
              firstPlanDueBy: poll ? firstPlanDueBy(poll) : null,
              draftedOn: on,
            },
            findings,
          },
        ];
      },
      'No draft plan has been prepared under this reference.',
      {
        ConsultChiefConstable: (command, s, ctx) => {
          const on = ctx.effectiveOn;
          const r = inRound(s);
          // Before the panel sees the draft this is the s.5(6)(b) consultation; after, it is on the changes.
          const stage = r.sentToPanelOn === null ? 'draft' : 'changes';
          return [{ type: 'ChiefConstableConsulted', data: { stage, consultedOn: on } }];
        },
        SendDraftToPanel: (command, s, ctx) => {
          const on = ctx.effectiveOn;
          const r = inRound(s);
          requireRule(PROCESS_ORDER, r.sentToPanelOn === null, 'The draft has already been sent to the panel.');
          requireRule(
            PLAN_CC_NOT_CONSULTED,
            r.ccConsultedOn !== null,
            'Consult the chief constable on the draft before sending it to the panel.',
          );
          return [{ type: 'DraftPlanSentToPanel', data: { sentOn: on } }];
        },
        MakePlanReport: (command, s, ctx) => {
          const on = ctx.effectiveOn;
          const r = inRound(s);
          requireNextStep(
            r.sentToPanelOn,
            r.panelReportOn,
            'The panel has not received the draft.',
            'The panel has already reported on this draft.',
          );
          return [{ type: 'PlanReportMade', data: { recommendations: command.data.recommendations, madeOn: on } }];
        },
        PublishPlanResponse: (command, s, ctx) => {
          const on = ctx.effectiveOn;
          const r = inRound(s);
          requireNextStep(
            r.panelReportOn,
            r.responseOn,
            'There is no panel report to respond to.',
            'The response has already been published.',
          );
          return [{ type: 'PlanResponsePublished', data: { url: command.data.url ?? null, publishedOn: on } }];
        },
        IssuePlan: (command, s, ctx) => {
          const on = ctx.effectiveOn;
          requireRule(PROCESS_ORDER, s.status === 'drafting', 'This plan has already been issued; vary it instead.');
          const issuer = issuerFindings(command.data, ctx, s.forceArea);
          checkIssue(inRound(s), command.data);
          const findings: RuleFinding[] = [
            ...issuer,
            ...(s.firstPlanDueBy
              ? flagLate(
                  PLAN_FIRST_PLAN_LATE,
                  isOnOrBefore(on, s.firstPlanDueBy),
                  `Issued on ${on}; the first plan was due by ${s.firstPlanDueBy}.`,
                )
              : []),
          ];
          return [
            {
              type: 'PoliceAndCrimePlanIssued',
              data: { ...pick(command.data, 'periodFrom', 'periodTo', 'changedFromDraft'), issuedOn: on },
              findings,
            },
          ];
        },
        PublishPlan: (command, s, ctx) => {
          const on = ctx.effectiveOn;
          requireRule(
            PROCESS_ORDER,
            s.status !== 'drafting' && s.issuedOn !== null,
            'The plan has not been issued; an intention to publish is not recorded as publication.',
          );
          return [{ type: 'PoliceAndCrimePlanPublished', data: { url: command.data.url ?? null, publishedOn: on } }];
        },
        SendPlanCopy: (command, s, ctx) => {
          const on = ctx.effectiveOn;
          requireRule(
            PROCESS_ORDER,
            s.status !== 'drafting' && s.issuedOn !== null,
            'Copies are sent once the plan is issued.',
          );
          return [
            {
              type: 'PlanCopySent',
              data: { ...pick(command.data, 'recipient', 'recipientKind'), sentOn: on },
            },
          ];
        },
        DraftPlanVariation: (command, s, ctx) => {
          const on = ctx.effectiveOn;
          requireRule(
            PROCESS_ORDER,
            s.status === 'issued',
            s.status === 'drafting' ? 'The plan has not been issued yet.' : 'A variation is already in preparation.',
          );
          return [
            {
              type: 'PlanVariationDrafted',
              data: { variationNo: s.variationsIssued + 1, description: command.data.description, draftedOn: on },
            },
          ];
        },
        IssuePlanVariation: (command, s, ctx) => {
          const on = ctx.effectiveOn;
          requireRule(PROCESS_ORDER, s.status === 'varying', 'No variation is in preparation.');
          const r = inRound(s);
          const findings = issuerFindings(command.data, ctx, s.forceArea);
          checkIssue(r, command.data);
          return [
            {
              type: 'PlanVariationIssued',
              data: { variationNo: r.variationNo, changedFromDraft: command.data.changedFromDraft, issuedOn: on },
              findings,
            },
          ];
        },
      },
    ),

    deadlines(state): DeadlineSpec[] {
      if (state.status === 'none' || !state.firstPlanDueBy) return [];
      return [
        deadlineOf(PLAN_FIRST_PLAN_LATE, {
          key: 'plan.first-plan',
          label: 'First police and crime plan issued within the election financial year',
          dueOn: state.firstPlanDueBy,
          startsOn: null,
          completedOn: state.issuedOn,
          owner: 'pcc',
        }),
      ];
    },
  };
