import { decideByAct, Decider, requireNewCase, unopened } from '../core/decider';
import { evolveOnCase } from '../core/evolve-on-case';
import { isFinancialYear, isOnOrBefore } from '../core/calendar';
import { flagLate, PROCESS_ORDER, checkRule, requireRule, RuleFinding } from '../core/rules';
import { preceptTimetable } from './precept-cycle.calendar';
import type { PreceptCycleCommand } from './precept-cycle.commands';
import { PRECEPT_EVENT_TYPES, PreceptCycleEvent } from './precept-cycle.events';
import {
  PRECEPT_FIRST_RESPONSE_LATE,
  PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED,
  PRECEPT_ISSUED_AFTER_1_MARCH,
  PRECEPT_ISSUED_DURING_SCRUTINY,
  PRECEPT_NO_REPORT_DEEMED_END,
  PRECEPT_NOTIFICATION_INVALID,
  PRECEPT_NOTIFIED_LATE,
  PRECEPT_REPORT_LATE,
  PRECEPT_REVISED_DIRECTION,
  PRECEPT_REVISED_LATE,
  PRECEPT_SECOND_REPORT_LATE,
  PRECEPT_SECOND_RESPONSE_LATE,
} from './precept-cycle.rules';
import { preceptDeadlines } from './precept-cycle.deadlines';
import { scrutinyEndedBy, refuse, variantFor, scrutinyStillRunning } from './precept-cycle.scrutiny';
import { decidePreceptVeto, preceptReport } from './precept-cycle.veto';
import { pick } from '../core/pick';
import { requireNextStep } from '../core/step-order';
import { PreceptCycleState, isEffectiveVeto, openCycle } from './precept-cycle.state';
export type { PreceptCycleState } from './precept-cycle.state';

const isAmount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

export const preceptCycle: Decider<PreceptCycleState, PreceptCycleCommand, PreceptCycleEvent> = {
  aggregateType: 'PreceptCycle',
  streamPrefix: 'precept-cycle',
  eventTypes: PRECEPT_EVENT_TYPES,
  /*
   * Precept cycle (PRSRA 2011 Sch 5; SI 2012/2271 Part 2): the PCC proposes, responds,
   * revises and issues; the panel reports and vetoes.
   */
  commands: {
    NotifyProposedPrecept: {
      label: 'The commissioner notifies the panel of the proposed precept',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 Sch 5 para 2; SI 2012/2271 reg 3',
      creates: true,
    },
    ReportOnProposedPrecept: {
      label: 'The panel reports on the proposed precept',
      body: 'panel',
      legalBasis: 'PRSRA 2011 Sch 5 para 3; SI 2012/2271 reg 4',
    },
    VetoProposedPrecept: {
      label: 'The panel vetoes the proposed precept',
      body: 'panel',
      legalBasis: 'PRSRA 2011 Sch 5 para 4',
      needs: ['panel'],
    },
    PublishPreceptResponse: {
      label: "The commissioner publishes a response to the panel's report on the precept",
      body: 'pcc',
      legalBasis: 'PRSRA 2011 Sch 5 paras 5-6; SI 2012/2271 regs 5, 7',
    },
    NotifyRevisedPrecept: {
      label: 'The commissioner notifies the panel of the revised precept',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 Sch 5 para 6; SI 2012/2271 reg 5',
    },
    MakeSecondPreceptReport: {
      label: 'The panel reports on the revised precept',
      body: 'panel',
      legalBasis: 'SI 2012/2271 reg 6',
    },
    IssuePrecept: {
      label: 'The commissioner issues the precept',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 s.26, Sch 5 para 1; SI 2012/2271 reg 8',
    },
  },

  initialState: unopened,

  evolve: evolveOnCase<PreceptCycleState, PreceptCycleEvent, 'ProposedPreceptNotified'>(
    {
      ProposedPreceptNotified: ({ data }) => ({
        status: 'proposed',
        ...pick(data, 'forceArea', 'financialYear'),
        timetable: preceptTimetable(data.financialYear),
        proposedAmount: data.amount,
        notifiedOn: data.notifiedOn,
        report: null,
        veto: null,
        firstResponseOn: null,
        revised: null,
        secondReport: null,
        secondResponseOn: null,
        issued: null,
      }),
    },
    {
      PreceptReportMade: ({ data }, state) => ({
        ...state,
        status: 'reported',
        report: pick(data, 'madeOn', 'recommendations', 'recommendedAmount'),
      }),
      PreceptVetoed: ({ data }, state) => ({
        ...state,
        status: data.effective ? 'vetoed' : state.status,
        veto: pick(data, 'reason', 'votesFor', 'membersAtTime', 'effective', 'vetoedOn'),
      }),
      PreceptResponsePublished: ({ data }, state) =>
        data.stage === 'first'
          ? { ...state, firstResponseOn: data.publishedOn }
          : { ...state, secondResponseOn: data.publishedOn },
      RevisedPreceptNotified: ({ data }, state) => ({
        ...state,
        status: 'revised',
        revised: pick(data, 'amount', 'notifiedOn'),
      }),
      SecondPreceptReportMade: ({ data }, state) => ({
        ...state,
        status: 'second_reported',
        secondReport: pick(data, 'madeOn', 'accepts', 'recommendations', 'recommendedAmount'),
      }),
      PreceptIssued: ({ data }, state) => ({
        ...state,
        status: 'issued',
        issued: pick(data, 'amount', 'variant', 'issuedOn'),
      }),
    },
  ),

  decide: decideByAct<PreceptCycleState, PreceptCycleCommand, PreceptCycleEvent>({
    NotifyProposedPrecept: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      const d = command.data;
      requireNewCase(state, 'A proposed precept has already been notified for this police area and year.');
      requireRule(
        PRECEPT_NOTIFICATION_INVALID,
        isFinancialYear(d.financialYear) && isAmount(d.amount),
        `Give the financial year the precept is for (e.g. 2013-14) and an amount of at least zero (got ${d.financialYear}, ${d.amount}).`,
      );
      const t = preceptTimetable(d.financialYear);
      const findings = flagLate(
        PRECEPT_NOTIFIED_LATE,
        isOnOrBefore(on, t.notifyBy),
        `Notified on ${on}; the deadline for the ${d.financialYear} precept was ${t.notifyBy}.`,
      );
      return [
        {
          type: 'ProposedPreceptNotified',
          data: { ...pick(d, 'forceArea', 'financialYear', 'amount'), notifiedOn: on },
          findings,
        },
      ];
    },
    ReportOnProposedPrecept: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      const s = openCycle(state);
      requireRule(PROCESS_ORDER, s.report === null, 'The panel has already reported on the proposed precept.');
      const findings = flagLate(
        PRECEPT_REPORT_LATE,
        isOnOrBefore(on, s.timetable.reportBy),
        `Reported on ${on}; the deadline was ${s.timetable.reportBy}. Without a veto the report still counts: scrutiny ends when the PCC responds to it (Sch 5 paras 1(2)(a), 5).`,
      );
      return [preceptReport(command.data, false, on, findings)];
    },
    VetoProposedPrecept: (command, state, ctx) => {
      return decidePreceptVeto(command.data, state, ctx);
    },
    PublishPreceptResponse: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      const s = openCycle(state);
      const url = command.data.url ?? null;
      if (command.data.stage === 'first') {
        requireNextStep(
          s.report,
          s.firstResponseOn,
          'There is no panel report to respond to yet.',
          "The PCC has already responded to the panel's report.",
        );
        const findings: RuleFinding[] = isEffectiveVeto(s)
          ? flagLate(
              PRECEPT_FIRST_RESPONSE_LATE,
              isOnOrBefore(on, s.timetable.revisedBy),
              `Responded on ${on}; after a veto the deadline was ${s.timetable.revisedBy}.`,
            )
          : [];
        return [{ type: 'PreceptResponsePublished', data: { stage: 'first', publishedOn: on, url }, findings }];
      }
      requireNextStep(
        s.secondReport,
        s.secondResponseOn,
        'There is no second report to respond to.',
        'The PCC has already responded to the second report.',
      );
      const findings = flagLate(
        PRECEPT_SECOND_RESPONSE_LATE,
        isOnOrBefore(on, s.timetable.secondResponseBy),
        `Responded on ${on}; the deadline was ${s.timetable.secondResponseBy}.`,
      );
      return [{ type: 'PreceptResponsePublished', data: { stage: 'second', publishedOn: on, url }, findings }];
    },
    NotifyRevisedPrecept: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      const s = openCycle(state);
      requireRule(
        PROCESS_ORDER,
        isEffectiveVeto(s),
        'A revised precept is notified only after the panel has vetoed the proposed precept.',
      );
      requireRule(PROCESS_ORDER, s.revised === null, 'A revised precept has already been notified.');
      const amount = command.data.amount;
      const reason = s.veto!.reason;
      requireRule(
        PRECEPT_REVISED_DIRECTION,
        isAmount(amount) && (reason === 'too_high' ? amount < s.proposedAmount : amount > s.proposedAmount),
        `The proposed £${s.proposedAmount} was vetoed as ${reason === 'too_high' ? 'too high: the revised precept must be lower' : 'too low: the revised precept must be higher'}, not £${amount}.`,
      );
      const findings = flagLate(
        PRECEPT_REVISED_LATE,
        isOnOrBefore(on, s.timetable.revisedBy),
        `Notified on ${on}; the deadline was ${s.timetable.revisedBy}.`,
      );
      return [{ type: 'RevisedPreceptNotified', data: { amount, notifiedOn: on }, findings }];
    },
    MakeSecondPreceptReport: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      const s = openCycle(state);
      requireRule(
        PROCESS_ORDER,
        s.revised !== null,
        'The second report reviews the revised precept, which has not been notified.',
      );
      requireRule(PROCESS_ORDER, s.secondReport === null, 'The panel has already made its second report.');
      const d = command.data;
      const findings = flagLate(
        PRECEPT_SECOND_REPORT_LATE,
        isOnOrBefore(on, s.timetable.secondReportBy),
        `Reported on ${on}; the deadline was ${s.timetable.secondReportBy}. Scrutiny ended then (reg 6(3)): this report does not reopen it, and the PCC may issue the revised precept.`,
      );
      return [
        {
          type: 'SecondPreceptReportMade',
          data: {
            ...pick(d, 'accepts', 'recommendations'),
            recommendedAmount: d.recommendedAmount ?? null,
            madeOn: on,
          },
          findings,
        },
      ];
    },
    IssuePrecept: (command, state, ctx) => {
      const on = ctx.effectiveOn;
      const s = openCycle(state);
      const ended = scrutinyEndedBy(s, on);
      requireRule(PRECEPT_ISSUED_DURING_SCRUTINY, ended !== null, scrutinyStillRunning(s));
      const amount = command.data.amount;
      const check = isAmount(amount) ? variantFor(s, ended!, amount) : refuse(`£${amount} is not an amount.`);
      requireRule(PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED, check.ok, check.ok ? '' : check.message);
      if (!check.ok) return [];
      const findings = [
        ...(ended === 'no_report_by_8_february'
          ? checkRule(
              PRECEPT_NO_REPORT_DEEMED_END,
              false,
              `The panel made no report on the proposed precept. The statute names no end of scrutiny without a report (Sch 5 para 1(2)); the ledger treats ${s.timetable.reportBy} as its end (not confirmed).`,
            )
          : []),
        ...flagLate(
          PRECEPT_ISSUED_AFTER_1_MARCH,
          !isOnOrBefore(s.timetable.issueBefore, on),
          `Issued on ${on}; LGFA 1992 s.40 is understood to require issue before ${s.timetable.issueBefore} (not yet confirmed).`,
        ),
      ];
      return [
        {
          type: 'PreceptIssued',
          data: { amount, variant: check.variant, scrutinyEndedBy: ended!, issuedOn: on },
          findings,
        },
      ];
    },
  }),

  deadlines: preceptDeadlines,
};
