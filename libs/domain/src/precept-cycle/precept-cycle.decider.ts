import { assertNever, DecisionContext, Decider } from '../core/decider';
import { IsoDate, isAfter, isFinancialYear, isOnOrBefore } from '../core/calendar';
import type { DeadlineSpec } from '../core/deadlines';
import { CASE_ALREADY_EXISTS, CASE_NOT_FOUND, flagLate, PROCESS_ORDER, checkRule, requireRule, RuleFinding } from '../core/rules';
import { meetsVetoThreshold, vetoThreshold } from '../core/threshold';
import type { MemberAtTime } from '../police-and-crime-panel/police-and-crime-panel.events';
import { membersOnRecord } from '../police-and-crime-panel/roster-check';
import { preceptTimetable, PreceptTimetable } from './precept-cycle.calendar';
import type { PreceptCycleCommand, VetoProposedPrecept } from './precept-cycle.commands';
import { PRECEPT_EVENT_TYPES, PreceptCycleEvent, PreceptVariant, ScrutinyEnd, VetoReason } from './precept-cycle.events';
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
  PRECEPT_SECOND_VETO,
  PRECEPT_VETO_LATE,
  PRECEPT_VETO_ROSTER_INVALID,
  PRECEPT_VETO_THRESHOLD,
} from './precept-cycle.rules';

interface PanelReport {
  madeOn: IsoDate;
  recommendations: string[];
  recommendedAmount: number | null;
}

interface CycleFacts {
  forceArea: string;
  financialYear: string;
  timetable: PreceptTimetable;
  proposedAmount: number;
  notifiedOn: IsoDate;
  report: PanelReport | null;
  veto: { reason: VetoReason; votesFor: number; membersAtTime: MemberAtTime[]; effective: boolean; vetoedOn: IsoDate } | null;
  firstResponseOn: IsoDate | null;
  revised: { amount: number; notifiedOn: IsoDate } | null;
  secondReport: (PanelReport & { accepts: boolean }) | null;
  secondResponseOn: IsoDate | null;
  issued: { amount: number; variant: PreceptVariant; issuedOn: IsoDate } | null;
}

/**
 * DOMAIN.md §4.4. The stage says where the cycle is; the facts say what happened.
 *   proposed → reported → (responded) → issued                      no veto
 *   proposed → vetoed → revised → second_reported → (responded) → issued
 */
export type PreceptCycleState =
  | { status: 'none' }
  | ({ status: 'proposed' | 'reported' | 'vetoed' | 'revised' | 'second_reported' | 'issued' } & CycleFacts);

type Open = Exclude<PreceptCycleState, { status: 'none' }>;

const isEffectiveVeto = (s: Open): boolean => s.veto !== null && s.veto.effective;
const isAmount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/**
 * Whether scrutiny has ended on `on`, and how (Sch 5 para 1(2); regs 4(2), 6(3), 8).
 * Null while scrutiny is still running.
 */
function scrutinyEndedBy(s: Open, on: IsoDate): ScrutinyEnd | null {
  const t = s.timetable;
  if (isEffectiveVeto(s)) {
    // A second report made after 22 February does not reopen scrutiny (reg 6(3)).
    if (s.secondReport && isOnOrBefore(s.secondReport.madeOn, t.secondReportBy)) return s.secondResponseOn ? 'second_response' : null;
    if (s.revised && isAfter(on, t.secondReportBy)) return 'no_second_report_by_22_february';
    return null;
  }
  // reg 4(2) covers only a veto reported late.
  if (s.veto) return 'veto_reported_late';
  // A report without a veto, on time or late: scrutiny ends with the response (Sch 5 paras 1(2)(a), 5).
  if (s.report) return s.firstResponseOn ? 'first_response' : null;
  return isAfter(on, t.reportBy) ? 'no_report_by_8_february' : null;
}

/** The amount rule for issue, or an explanation of why `amount` is not allowed. */
type AmountCheck = { ok: true; variant: PreceptVariant } | { ok: false; message: string };
const allow = (variant: PreceptVariant): AmountCheck => ({ ok: true, variant });
const refuse = (message: string): AmountCheck => ({ ok: false, message });

function variantFor(s: Open, ended: ScrutinyEnd, amount: number): AmountCheck {
  switch (ended) {
    case 'no_report_by_8_february':
      return amount === s.proposedAmount ? allow('proposed') : refuse(`The panel made no report, so the PCC may issue only the proposed precept (£${s.proposedAmount}).`);
    case 'veto_reported_late':
      return amount === s.proposedAmount ? allow('proposed') : refuse(`The veto was reported after 8 February, so the PCC may issue only the proposed precept (£${s.proposedAmount}) (reg 4(2)).`);
    case 'first_response': {
      if (amount === s.proposedAmount) return allow('proposed');
      if (s.report?.recommendedAmount === amount) return allow('first_report_recommendation');
      const rec = s.report?.recommendedAmount;
      return refuse(`Without a veto the PCC may issue the proposed precept (£${s.proposedAmount})${rec != null ? ` or the panel's recommended £${rec}` : ''}, not £${amount}.`);
    }
    case 'no_second_report_by_22_february': {
      // reg 8(1) applies "in a case other than one to which regulation 4(2) or 6(3) applies".
      const revised = s.revised!.amount;
      return amount === revised ? allow('revised') : refuse(`The panel made no second report by ${s.timetable.secondReportBy}, so the PCC may issue only the revised precept (£${revised}) (reg 6(3)), not £${amount}.`);
    }
    case 'second_response': {
      const revised = s.revised!.amount;
      if (amount === revised) return allow('revised');
      if (s.secondReport?.recommendedAmount === amount) return allow('second_report_recommendation');
      const further = s.veto!.reason === 'too_high' ? amount < revised : amount > revised;
      if (further) return allow('further_in_veto_direction');
      return refuse(`The precept was vetoed as ${s.veto!.reason === 'too_high' ? 'too high' : 'too low'}: the PCC may issue the revised £${revised} or a ${s.veto!.reason === 'too_high' ? 'lower' : 'higher'} amount, unless the second report recommends otherwise (reg 8), not £${amount}.`);
    }
    default:
      return assertNever(ended, 'scrutiny end');
  }
}

function open(state: PreceptCycleState): Open {
  requireRule(CASE_NOT_FOUND, state.status !== 'none', 'No proposed precept has been notified for this police area and year.');
  const s = state as Open;
  requireRule(PROCESS_ORDER, s.status !== 'issued', `The precept for ${s.financialYear} has already been issued.`);
  return s;
}

function checkVotes(members: MemberAtTime[], votesFor: number): void {
  requireRule(
    PRECEPT_VETO_ROSTER_INVALID,
    Number.isInteger(votesFor) && votesFor >= 0 && votesFor <= members.length,
    `The panel had ${members.length} members on the date of the veto; record between 0 and ${members.length} votes for (got ${votesFor}).`,
  );
}

function decideVetoProposedPrecept(command: VetoProposedPrecept, state: PreceptCycleState, ctx: DecisionContext): PreceptCycleEvent[] {
  const on = ctx.effectiveOn;
  const s = open(state);
  // At most one veto per cycle; the revised precept cannot be vetoed (reg 6).
  requireRule(PRECEPT_SECOND_VETO, s.veto === null, `The panel already vetoed the ${s.financialYear} precept on ${s.veto?.vetoedOn}; there is no second veto.`);
  // Sch 5 para 4(5): the veto is stated in the report on the proposed precept.
  requireRule(PROCESS_ORDER, s.report === null, 'A veto must be stated in the panel\'s report; the report has already been made without one.');
  const d = command.data;
  // n is the panel's recorded membership on the date of the vote (para 4(4)), never the caller's list.
  const membersAtTime = membersOnRecord(ctx.facts?.panel, s.forceArea, on, d.membersAtTime, d.panelId);
  checkVotes(membersAtTime, d.votesFor);
  const n = membersAtTime.length;
  requireRule(PRECEPT_VETO_THRESHOLD, meetsVetoThreshold(d.votesFor, n), `${d.votesFor} of ${n} members voted to veto; at least ${vetoThreshold(n)} are needed.`);
  const onTime = isOnOrBefore(on, s.timetable.reportBy);
  const late = `Reported on ${on}; the deadline was ${s.timetable.reportBy}.`;
  return [
    { type: 'PreceptReportMade', data: { recommendations: d.recommendations, recommendedAmount: d.recommendedAmount ?? null, containsVeto: true, madeOn: on }, findings: flagLate(PRECEPT_REPORT_LATE, onTime, late) },
    {
      type: 'PreceptVetoed',
      data: { reason: d.reason, votesFor: d.votesFor, membersAtTime, requiredVotes: vetoThreshold(n), effective: onTime, vetoedOn: on },
      findings: flagLate(PRECEPT_VETO_LATE, onTime, `${late} The veto has no effect; the PCC may issue the proposed precept (reg 4(2)).`),
    },
  ];
}

export const preceptCycle: Decider<PreceptCycleState, PreceptCycleCommand, PreceptCycleEvent> = {
  aggregateType: 'PreceptCycle',
  streamPrefix: 'precept-cycle',
  eventTypes: PRECEPT_EVENT_TYPES,
  /*
   * Precept cycle (PRSRA 2011 Sch 5; SI 2012/2271 Part 2): the PCC proposes, responds,
   * revises and issues; the panel reports and vetoes.
   */
  commands: {
    NotifyProposedPrecept: { body: 'pcc', legalBasis: 'PRSRA 2011 Sch 5 para 2; SI 2012/2271 reg 3', creates: true },
    ReportOnProposedPrecept: { body: 'panel', legalBasis: 'PRSRA 2011 Sch 5 para 3; SI 2012/2271 reg 4' },
    VetoProposedPrecept: { body: 'panel', legalBasis: 'PRSRA 2011 Sch 5 para 4', needs: ['panel'] },
    PublishPreceptResponse: { body: 'pcc', legalBasis: 'PRSRA 2011 Sch 5 paras 5-6; SI 2012/2271 regs 5, 7' },
    NotifyRevisedPrecept: { body: 'pcc', legalBasis: 'PRSRA 2011 Sch 5 para 6; SI 2012/2271 reg 5' },
    MakeSecondPreceptReport: { body: 'panel', legalBasis: 'SI 2012/2271 reg 6' },
    IssuePrecept: { body: 'pcc', legalBasis: 'PRSRA 2011 s.26, Sch 5 para 1; SI 2012/2271 reg 8' },
  },

  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
    if (event.type === 'ProposedPreceptNotified') {
      const d = event.data;
      return {
        status: 'proposed',
        forceArea: d.forceArea,
        financialYear: d.financialYear,
        timetable: preceptTimetable(d.financialYear),
        proposedAmount: d.amount,
        notifiedOn: d.notifiedOn,
        report: null,
        veto: null,
        firstResponseOn: null,
        revised: null,
        secondReport: null,
        secondResponseOn: null,
        issued: null,
      };
    }
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'PreceptReportMade':
        return { ...state, status: 'reported', report: { madeOn: event.data.madeOn, recommendations: event.data.recommendations, recommendedAmount: event.data.recommendedAmount } };
      case 'PreceptVetoed': {
        const d = event.data;
        return { ...state, status: d.effective ? 'vetoed' : state.status, veto: { reason: d.reason, votesFor: d.votesFor, membersAtTime: d.membersAtTime, effective: d.effective, vetoedOn: d.vetoedOn } };
      }
      case 'PreceptResponsePublished':
        return event.data.stage === 'first' ? { ...state, firstResponseOn: event.data.publishedOn } : { ...state, secondResponseOn: event.data.publishedOn };
      case 'RevisedPreceptNotified':
        return { ...state, status: 'revised', revised: { amount: event.data.amount, notifiedOn: event.data.notifiedOn } };
      case 'SecondPreceptReportMade': {
        const d = event.data;
        return { ...state, status: 'second_reported', secondReport: { madeOn: d.madeOn, accepts: d.accepts, recommendations: d.recommendations, recommendedAmount: d.recommendedAmount } };
      }
      case 'PreceptIssued':
        return { ...state, status: 'issued', issued: { amount: event.data.amount, variant: event.data.variant, issuedOn: event.data.issuedOn } };
      default:
        return assertNever(event, 'event');
    }
  },

  decide(command, state, ctx) {
    const on = ctx.effectiveOn;
    switch (command.type) {
      case 'NotifyProposedPrecept': {
        const d = command.data;
        requireRule(CASE_ALREADY_EXISTS, state.status === 'none', 'A proposed precept has already been notified for this police area and year.');
        requireRule(PRECEPT_NOTIFICATION_INVALID, isFinancialYear(d.financialYear) && isAmount(d.amount), `Give the financial year the precept is for (e.g. 2013-14) and an amount of at least zero (got ${d.financialYear}, ${d.amount}).`);
        const t = preceptTimetable(d.financialYear);
        const findings = flagLate(PRECEPT_NOTIFIED_LATE, isOnOrBefore(on, t.notifyBy), `Notified on ${on}; the deadline for the ${d.financialYear} precept was ${t.notifyBy}.`);
        return [{ type: 'ProposedPreceptNotified', data: { forceArea: d.forceArea, financialYear: d.financialYear, amount: d.amount, notifiedOn: on }, findings }];
      }
      case 'ReportOnProposedPrecept': {
        const s = open(state);
        requireRule(PROCESS_ORDER, s.report === null, 'The panel has already reported on the proposed precept.');
        const d = command.data;
        const findings = flagLate(PRECEPT_REPORT_LATE, isOnOrBefore(on, s.timetable.reportBy), `Reported on ${on}; the deadline was ${s.timetable.reportBy}. Without a veto the report still counts: scrutiny ends when the PCC responds to it (Sch 5 paras 1(2)(a), 5).`);
        return [{ type: 'PreceptReportMade', data: { recommendations: d.recommendations, recommendedAmount: d.recommendedAmount ?? null, containsVeto: false, madeOn: on }, findings }];
      }
      case 'VetoProposedPrecept':
        return decideVetoProposedPrecept(command, state, ctx);
      case 'PublishPreceptResponse': {
        const s = open(state);
        const url = command.data.url ?? null;
        if (command.data.stage === 'first') {
          requireRule(PROCESS_ORDER, s.report !== null && s.firstResponseOn === null, s.report === null ? 'There is no panel report to respond to yet.' : 'The PCC has already responded to the panel\'s report.');
          const findings: RuleFinding[] = isEffectiveVeto(s) ? flagLate(PRECEPT_FIRST_RESPONSE_LATE, isOnOrBefore(on, s.timetable.revisedBy), `Responded on ${on}; after a veto the deadline was ${s.timetable.revisedBy}.`) : [];
          return [{ type: 'PreceptResponsePublished', data: { stage: 'first', publishedOn: on, url }, findings }];
        }
        requireRule(PROCESS_ORDER, s.secondReport !== null && s.secondResponseOn === null, s.secondReport === null ? 'There is no second report to respond to.' : 'The PCC has already responded to the second report.');
        const findings = flagLate(PRECEPT_SECOND_RESPONSE_LATE, isOnOrBefore(on, s.timetable.secondResponseBy), `Responded on ${on}; the deadline was ${s.timetable.secondResponseBy}.`);
        return [{ type: 'PreceptResponsePublished', data: { stage: 'second', publishedOn: on, url }, findings }];
      }
      case 'NotifyRevisedPrecept': {
        const s = open(state);
        requireRule(PROCESS_ORDER, isEffectiveVeto(s), 'A revised precept is notified only after the panel has vetoed the proposed precept.');
        requireRule(PROCESS_ORDER, s.revised === null, 'A revised precept has already been notified.');
        const amount = command.data.amount;
        const reason = s.veto!.reason;
        requireRule(
          PRECEPT_REVISED_DIRECTION,
          isAmount(amount) && (reason === 'too_high' ? amount < s.proposedAmount : amount > s.proposedAmount),
          `The proposed £${s.proposedAmount} was vetoed as ${reason === 'too_high' ? 'too high: the revised precept must be lower' : 'too low: the revised precept must be higher'}, not £${amount}.`,
        );
        const findings = flagLate(PRECEPT_REVISED_LATE, isOnOrBefore(on, s.timetable.revisedBy), `Notified on ${on}; the deadline was ${s.timetable.revisedBy}.`);
        return [{ type: 'RevisedPreceptNotified', data: { amount, notifiedOn: on }, findings }];
      }
      case 'MakeSecondPreceptReport': {
        const s = open(state);
        requireRule(PROCESS_ORDER, s.revised !== null, 'The second report reviews the revised precept, which has not been notified.');
        requireRule(PROCESS_ORDER, s.secondReport === null, 'The panel has already made its second report.');
        const d = command.data;
        const findings = flagLate(
          PRECEPT_SECOND_REPORT_LATE,
          isOnOrBefore(on, s.timetable.secondReportBy),
          `Reported on ${on}; the deadline was ${s.timetable.secondReportBy}. Scrutiny ended then (reg 6(3)): this report does not reopen it, and the PCC may issue the revised precept.`,
        );
        return [{ type: 'SecondPreceptReportMade', data: { accepts: d.accepts, recommendations: d.recommendations, recommendedAmount: d.recommendedAmount ?? null, madeOn: on }, findings }];
      }
      case 'IssuePrecept': {
        const s = open(state);
        const ended = scrutinyEndedBy(s, on);
        requireRule(PRECEPT_ISSUED_DURING_SCRUTINY, ended !== null, scrutinyStillRunning(s));
        const amount = command.data.amount;
        const check = isAmount(amount) ? variantFor(s, ended!, amount) : refuse(`£${amount} is not an amount.`);
        requireRule(PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED, check.ok, check.ok ? '' : check.message);
        if (!check.ok) return [];
        const findings = [
          ...(ended === 'no_report_by_8_february' ? checkRule(PRECEPT_NO_REPORT_DEEMED_END, false, `The panel made no report on the proposed precept. The statute names no end of scrutiny without a report (Sch 5 para 1(2)); the ledger treats ${s.timetable.reportBy} as its end (not confirmed).`) : []),
          ...flagLate(PRECEPT_ISSUED_AFTER_1_MARCH, !isOnOrBefore(s.timetable.issueBefore, on), `Issued on ${on}; LGFA 1992 s.40 is understood to require issue before ${s.timetable.issueBefore} (not yet confirmed).`),
        ];
        return [{ type: 'PreceptIssued', data: { amount, variant: check.variant, scrutinyEndedBy: ended!, issuedOn: on }, findings }];
      }
      default:
        return assertNever(command, 'command');
    }
  },

  deadlines(state): DeadlineSpec[] {
    if (state.status === 'none') return [];
    const t = state.timetable;
    const spec = (key: string, label: string, dueOn: IsoDate, rule: { citation: string; confidence: DeadlineSpec['confidence'] }, startsOn: IsoDate | null, completedOn: IsoDate | null, owner: string): DeadlineSpec => ({
      key,
      label,
      dueOn,
      citation: rule.citation,
      confidence: rule.confidence,
      startsOn,
      completedOn,
      owner,
    });
    const out: DeadlineSpec[] = [
      spec('precept.notify', 'PCC notifies the panel of the proposed precept', t.notifyBy, PRECEPT_NOTIFIED_LATE, null, state.notifiedOn, 'pcc'),
      spec('precept.report', 'Panel reports on the proposed precept (any veto in this report)', t.reportBy, PRECEPT_REPORT_LATE, state.notifiedOn, state.report?.madeOn ?? null, 'panel'),
    ];
    if (state.veto?.effective) {
      const v = state.veto.vetoedOn;
      out.push(
        spec('precept.veto-response', 'PCC responds to the veto report', t.revisedBy, PRECEPT_FIRST_RESPONSE_LATE, v, state.firstResponseOn, 'pcc'),
        spec('precept.revised', 'PCC notifies the revised precept', t.revisedBy, PRECEPT_REVISED_LATE, v, state.revised?.notifiedOn ?? null, 'pcc'),
        spec('precept.second-report', 'Panel reports on the revised precept', t.secondReportBy, PRECEPT_SECOND_REPORT_LATE, state.revised?.notifiedOn ?? v, state.secondReport?.madeOn ?? null, 'panel'),
      );
      if (state.secondReport) {
        out.push(spec('precept.second-response', 'PCC responds to the second report', t.secondResponseBy, PRECEPT_SECOND_RESPONSE_LATE, state.secondReport.madeOn, state.secondResponseOn, 'pcc'));
      }
    }
    return out;
  },
};

function scrutinyStillRunning(s: Open): string {
  if (isEffectiveVeto(s)) {
    if (!s.revised) return 'The proposed precept was vetoed and must not be issued; the PCC must first notify a revised precept (reg 5).';
    if (s.secondReport) return 'Scrutiny ends when the PCC responds to the second report (reg 7); that response has not been recorded.';
    return `The panel has until ${s.timetable.secondReportBy} to report on the revised precept (reg 6).`;
  }
  if (s.report) return 'Scrutiny ends when the PCC responds to the panel\'s report (Sch 5 paras 1(2)(a), 5), even a report made after 8 February; that response has not been recorded.';
  return `The panel has until ${s.timetable.reportBy} to report on the proposed precept (reg 4).`;
}
